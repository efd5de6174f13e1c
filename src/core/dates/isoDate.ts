import { foldText } from "../text/fold";

/**
 * A calendar day, written yyyy-mm-dd. It is a type of its own: a plain string
 * cannot be passed where a date is expected, only what `parseDate`, `dateOf`,
 * `dateFromSerial` or `today` made. Comparing two IsoDate with < and <= compares
 * the days (the form sorts as the calendar does).
 */
export type IsoDate = string & { readonly __isoDate: unique symbol };

export type DateReading = { ok: true; date: IsoDate } | { ok: false; reason: string; reasonEn: string };

/** Years the product deals with: plans and norms from 1990 to 2100. Outside is a typing error. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** The day, or undefined when there is no such day (30/02, month 13, a year out of range). */
export function dateOf(year: number, month: number, day: number): IsoDate | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** "ngày 19 tháng 3 năm 2020", optionally after the place: "Trà Vinh, ngày 19 tháng 3 năm 2020". */
const WORDS = /^(?:[^,\d]{1,40},\s*)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\.?$/;

/**
 * The one reader of dates, for every date the product is given or reads (a cell,
 * the Thông tin block, the plan's text, a command-line flag, the task pane):
 * yyyy-mm-dd, dd/mm/yyyy and d/m/yyyy (also with - or .), and "ngày … tháng …
 * năm …". The whole text must be the date. An impossible day or anything else is
 * a reason, never a guess.
 */
export function parseDate(text: string): DateReading {
  const t = foldText(text);
  const parts = matchParts(t);
  if (!parts) {
    return {
      ok: false,
      reason: `"${text}" không phải là ngày (viết dd/mm/yyyy, yyyy-mm-dd hoặc "ngày … tháng … năm …")`,
      reasonEn: `"${text}" is not a date (write dd/mm/yyyy, yyyy-mm-dd or "ngày … tháng … năm …")`,
    };
  }
  if (parts.year < FIRST_YEAR || parts.year > LAST_YEAR) {
    return {
      ok: false,
      reason: `năm ${parts.year} nằm ngoài ${FIRST_YEAR}–${LAST_YEAR} (gõ nhầm?)`,
      reasonEn: `the year ${parts.year} is outside ${FIRST_YEAR}–${LAST_YEAR} (a typing error?)`,
    };
  }
  const date = dateOf(parts.year, parts.month, parts.day);
  if (!date) {
    return {
      ok: false,
      reason: `ngày ${parts.day} tháng ${parts.month} năm ${parts.year} không có thật`,
      reasonEn: `day ${parts.day} of month ${parts.month} of ${parts.year} does not exist`,
    };
  }
  return { ok: true, date };
}

function matchParts(t: string): { year: number; month: number; day: number } | undefined {
  let m = ISO.exec(t);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = DMY.exec(t);
  if (m) return { year: +m[4], month: +m[3], day: +m[1] };
  m = WORDS.exec(t);
  if (m) return { year: +m[3], month: +m[2], day: +m[1] };
  return undefined;
}

/** True when the whole text is a date the parser reads (a place before "ngày … tháng … năm …" allowed), valid or not. */
export function isDateText(text: string): boolean {
  return matchParts(foldText(text)) !== undefined;
}

/** A date typed as Excel's day number (43909 = 19/03/2020); undefined outside the product's years. */
export function dateFromSerial(serial: number): IsoDate | undefined {
  if (!Number.isInteger(serial) || serial < 1) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Today, on the machine's clock (UTC). */
export function today(): IsoDate {
  const d = new Date();
  return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!;
}

/** A date the code itself states (a catalog's validity): a typing error there is a bug, so it throws. */
export function isoDate(text: string): IsoDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(`isoDate: ${r.reasonEn}`);
  return r.date;
}

export function firstOfYear(year: number): IsoDate | undefined {
  return dateOf(year, 1, 1);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The day before (a validity that ends where the next begins). */
export function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000);
  return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!;
}

/** 19/03/2020, as officers write a date in a sentence. */
export function formatDmy(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
