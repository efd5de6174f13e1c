import { foldText } from "../text/fold";

/** Giai đoạn: the years a multi-year plan covers ("giai đoạn 2016 - 2020"), both ends included. */
export interface Period {
  from: number;
  to: number;
}

/** The years plans speak of; a number outside is not a year ("1419/QĐ-TTg", "50 %"). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const isYear = (n: number) => Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;

/** The years of a period, in order. */
export function periodYears(period: Period): number[] {
  return Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
}

/** A period of more than one year: a plan phased by year. */
export function isMultiYear(period: Period | undefined): period is Period {
  return period !== undefined && period.to > period.from;
}

/**
 * The years a Năm cell or a phrase names: "2018", "2016-2020", "2016 – 2020",
 * "năm 2017 - 2018", "2017, 2019", "2017 và 2018", "2017; 2019", a number 2018.
 * Undefined when the text is not only years (the caller says which cell).
 */
export function parseYears(text: string | number): number[] | undefined {
  const folded = foldText(String(text))
    .replace(/^(cac )?nam\s*/, "")
    .replace(/\s*(va|,|;|&)\s*/g, ",")
    .replace(/\s*[-–—]\s*|\s+den\s+/g, "-")
    .trim();
  if (!folded) return undefined;
  const years = new Set<number>();
  for (const part of folded.split(",")) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part.trim());
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (!isYear(from) || !isYear(to) || to < from) return undefined;
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** "2016-2020" for consecutive years, "2017, 2019" otherwise: how a Năm cell is written. */
export function formatYears(years: readonly number[]): string {
  if (years.length > 1 && years.every((y, i) => i === 0 || y === years[i - 1] + 1)) return `${years[0]}-${years[years.length - 1]}`;
  return years.join(", ");
}

/**
 * The period a text names: "giai đoạn 2016 - 2020", "giai đoạn 2021-2025", "thời kỳ
 * 2016 – 2020", "2016 - 2020" in a title. Undefined when it names none, or one year.
 */
export function periodInText(text: string | undefined): Period | undefined {
  if (!text) return undefined;
  const folded = foldText(text);
  const m =
    /\b(?:giai doan|thoi ky|thoi ki|nhung nam|cac nam)\s*(?:tu\s*(?:nam\s*)?)?(\d{4})\s*(?:[-–—]|den(?: nam)?)\s*(\d{4})\b/.exec(folded) ??
    /\b(\d{4})\s*[-–—]\s*(\d{4})\b/.exec(folded);
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return isYear(from) && isYear(to) && to > from && to - from < 20 ? { from, to } : undefined;
}

/**
 * The years a timing text names, when it names any: "năm 2017-2018", "tháng 6 năm
 * 2017", "Quý II/2018", "2019 - 2020", "năm 2017 và 2019". Undefined when it names none.
 */
export function yearsInText(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  const folded = foldText(text);
  const years = new Set<number>();
  const range =
    /(?:nam|\/|giai doan)\s*(\d{4})(?:\s*(?:[-–—]|den(?: nam)?)\s*(\d{4}))?|\b(\d{4})\s*[-–—]\s*(\d{4})\b|\b(?:va|,)\s*(\d{4})\b/g;
  for (let m = range.exec(folded); m; m = range.exec(folded)) {
    const from = Number(m[1] ?? m[3] ?? m[5]);
    const to = Number(m[2] ?? m[4] ?? from);
    if (!isYear(from) || !isYear(to) || to < from || to - from >= 20) continue;
    for (let y = from; y <= to; y++) years.add(y);
  }
  return years.size ? [...years].sort((a, b) => a - b) : undefined;
}

/** "2016 - 2020", as a period is printed. */
export function formatPeriod(period: Period): string {
  return `${period.from} - ${period.to}`;
}
