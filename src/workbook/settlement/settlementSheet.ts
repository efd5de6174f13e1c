import type { Estimate } from "../../core/estimate/estimate";
import type { Finding } from "../../core/findings/finding";
import { formatDmy, type IsoDate } from "../../core/dates/isoDate";
import { ZERO } from "../../core/money/money";
import type { PlanInfo } from "../../core/plan/plan";
import { countedSpan } from "../../core/settle/settlementFindings";
import type { Settlement } from "../../core/settle/settlement";
import type { WordsOptions } from "../../core/words/amountInWords";
import { columnLetter } from "../address";
import { text } from "../cells";
import type { WriteOp } from "../port";
import { LAST_COL } from "../attachment/columns";
import { placeDateLine } from "../attachment/documentDate";
import { addRow, merge, newDraft, span, style } from "../attachment/draft";
import {
  BODY_SIZE,
  HEADER_SIZE,
  planReferenceLine,
  provinceName,
  writeLetterhead,
  writeSignatures,
  type BoxOf,
} from "../attachment/letterhead";
import { rowHeightFor } from "../attachment/rowHeight";
import { printedSheetWrites } from "../attachment/printedSheet";
import { SC, settlementWidths } from "./columns";
import { writeCheckResults, writeHeading, writeNotCarriedOut, writeUnspent, writeWords, type UnspentRows } from "./settlementBlocks";
import { cellBox, linkActuals, writeQuarterTable, writeYearTable, type QuarterTableRows, type YearTableRows } from "./settlementTables";

export interface SettlementSheetOptions {
  /** How "bằng chữ" reads the amounts (nghìn or ngàn, ...). */
  words?: Partial<WordsOptions>;
  /** Place of the date line; the plan's province by default. */
  place?: string;
  /** The day of the signature line; blank dots by default (the plan's own date is not the settlement's). */
  signDate?: IsoDate;
}

/** Where the parts of the Quyết toán sheet landed (1-based rows), for the caller and the tests. */
export interface SettlementLayout {
  sheet: string;
  writes: WriteOp[];
  year: YearTableRows;
  quarters: QuarterTableRows;
  unspent: UnspentRows;
  /** "Số thực hiện bằng chữ: …" under the year table. */
  wordsRow: number;
  /** The actual total in words, as the words formula gives it now. */
  words: string;
  /** Rows of the activities listed as not carried out. */
  notCarriedOutRows: number[];
  lastRow: number;
  /** Why the settlement is provisional ("TẠM TÍNH"); empty when it is final. */
  provisional: string[];
}

const PROVISIONAL = "TẠM TÍNH — chưa đủ dữ liệu";

/**
 * Why the figures cannot be final: an actual that could not be read, an activity
 * whose estimate lacks data. Printed, marked, rather than refused (as the
 * attachment does), so the officer sees what to correct.
 */
export function settlementProvisional(settlement: Settlement): string[] {
  const reasons: string[] = [];
  for (const a of settlement.activities) {
    const label = `dòng ${a.activity.row} (${a.activity.stt ? `${a.activity.stt}. ` : ""}${a.activity.name})`;
    if (a.unreadable.length)
      reasons.push(`${label}: số thực hiện ô ${a.unreadable.map((c) => `${c.sheet}!${c.address}`).join(", ")} không đọc được`);
    if (!a.complete) reasons.push(`${label}: dự toán chưa đủ dữ liệu`);
  }
  return reasons;
}

/** The period line under the plan's reference: the as-of day when given, else the quarters counted; nothing assumed is printed. */
function periodLine(settlement: Settlement): string | undefined {
  const p = settlement.period;
  if (p.asOfGiven) return `Số liệu thực hiện đến ngày ${formatDmy(p.asOf)} (${countedSpan(p).vn})`;
  if (p.yearAssumed) return undefined;
  return p.counted.length === 4 ? `Số liệu thực hiện cả năm ${p.year}` : `Số liệu thực hiện ${countedSpan(p).vn}`;
}

/**
 * The "Quyết toán" sheet: the year's estimate against its actual spending, laid
 * out as the attachment it settles (same header block, font, page and signatures):
 * I. by activity and spending line for the year; II. by quarter; III. the money
 * left (returned or carried over: blanks for the unit); IV. the activities not
 * carried out; V. what the checks of the actuals found. Every total, difference
 * and rate is a live formula cached with the engine's exact value; the figures
 * are the estimate's and Phân bổ's. Pure: returns the writes.
 */
export function settlementWrites(
  sheet: string,
  info: PlanInfo,
  estimate: Estimate,
  settlement: Settlement,
  checks: readonly Finding[],
  options: SettlementSheetOptions = {},
): SettlementLayout {
  const largest = [settlement.total.estimate, settlement.total.actual, settlement.allocation ?? ZERO].reduce(
    (m, v) => (v.abs().gt(m) ? v.abs() : m),
    ZERO,
  );
  const widths = settlementWidths(largest);
  const widthOf = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const box: BoxOf = (t, from, to, fontSize = BODY_SIZE, bold = false) => ({ text: t, width: widthOf(from, to), fontSize, bold });
  const provisional = settlementProvisional(settlement);
  const closed = settlement.period.yearClosed;

  const draft = newDraft(sheet);
  writeLetterhead(draft, info, box, SC.name);

  // Title block: what the sheet is, the plan it settles, the period; blanks where the plan is silent.
  addRow(draft, [], 8);
  const kind = closed ? "QUYẾT TOÁN KINH PHÍ" : "BÁO CÁO THỰC HIỆN KINH PHÍ";
  const titleText = provisional.length ? `${kind} (${PROVISIONAL})` : kind;
  const title = addRow(draft, [text(titleText)], rowHeightFor([box(titleText, 1, LAST_COL, 14, true)], 14) + 2);
  const planName = info.title?.trim() ?? "";
  const nameRow = addRow(draft, [text(planName)], rowHeightFor([box(planName, 1, LAST_COL, 13, true)], 13));
  const reference = planReferenceLine(info, "Thực hiện");
  const referenceRow = addRow(draft, [text(reference)], rowHeightFor([box(reference, 1, LAST_COL, HEADER_SIZE)], HEADER_SIZE));
  const period = periodLine(settlement);
  const periodRow = period ? addRow(draft, [text(period)], rowHeightFor([box(period, 1, LAST_COL, HEADER_SIZE)], HEADER_SIZE)) : undefined;
  const unitRow = addRow(draft, [text("Đơn vị tính: đồng")], rowHeightFor([], BODY_SIZE) + 2);
  const titleRows = [title, nameRow, referenceRow, ...(periodRow ? [periodRow] : []), unitRow];
  for (const r of titleRows) merge(draft, span(r, 1, LAST_COL));
  style(draft, span(title, 1, LAST_COL, unitRow), { horizontal: "center", vertical: "center", wrap: true });
  style(draft, span(title, 1, LAST_COL, nameRow), { bold: true });
  style(draft, span(title, 1, LAST_COL), { fontSize: 14 });
  style(draft, span(nameRow, 1, LAST_COL), { fontSize: 13 });
  style(draft, span(referenceRow, 1, LAST_COL, periodRow ?? referenceRow), { italic: true, fontSize: HEADER_SIZE });
  style(draft, span(unitRow, 1, LAST_COL), { horizontal: "right", italic: true });
  const notes: WriteOp[] = [];
  if (!settlement.period.asOfGiven) {
    notes.push({
      op: "note",
      sheet,
      address: `A${periodRow ?? referenceRow}`,
      text: `Số thực hiện tính đến quý của ngày ${formatDmy(settlement.period.asOf)}: ngày do add-in giả định (hôm nay) vì chưa cho ngày chốt số liệu; không in lên sheet. (Actuals counted up to the quarter of ${formatDmy(settlement.period.asOf)}, a date the add-in assumed: today.)`,
    });
  }

  // I. The year, by activity and spending line; its actual total in words.
  const cell = cellBox(widths);
  writeHeading(draft, "I. THEO HOẠT ĐỘNG VÀ NỘI DUNG CHI", box);
  const year = writeYearTable(draft, settlement, estimate, cell);
  const prefix = provisional.length ? "Số thực hiện bằng chữ (tạm tính): " : "Số thực hiện bằng chữ: ";
  const words = writeWords(draft, `${columnLetter(SC.actual)}${year.totalRow}`, settlement.total.actual, prefix, box, options.words);
  if (provisional.length) {
    const missing = `${PROVISIONAL}: ${provisional.join("; ")}.`;
    const missingRow = addRow(draft, [text(missing)], rowHeightFor([box(missing, 1, LAST_COL, BODY_SIZE, true)]));
    merge(draft, span(missingRow, 1, LAST_COL));
    style(draft, span(missingRow, 1, LAST_COL), { bold: true, wrap: true, vertical: "center", fontColor: "#C00000" });
  }

  // II. By quarter; the year table's actuals show its figures.
  writeHeading(draft, "II. THEO QUÝ", box);
  const quarters = writeQuarterTable(draft, settlement, cell);
  linkActuals(draft, settlement, year, quarters);

  // III-V. The money left, the activities not carried out, the checks.
  const unspent = writeUnspent(draft, settlement, year, box, options.words);
  const notCarriedOutRows = writeNotCarriedOut(draft, settlement, year, box);
  writeCheckResults(draft, checks, box);

  const place = options.place ?? provinceName(info.province);
  const lastRow = writeSignatures(draft, placeDateLine(place, options.signDate), box);

  const writes = printedSheetWrites(sheet, draft, {
    lastCol: LAST_COL,
    lastRow,
    widths,
    titleRows: [year.headerRow, year.indexRow],
    orientation: "portrait",
    notes,
  });
  return {
    sheet,
    writes,
    year,
    quarters,
    unspent,
    wordsRow: words.row,
    words: words.words,
    notCarriedOutRows,
    lastRow,
    provisional,
  };
}
