import type Decimal from "decimal.js";
import { sum } from "../../core/money/money";
import type { Finding } from "../../core/findings/finding";
import type { Settlement } from "../../core/settle/settlement";
import { amountInWords, type WordsOptions } from "../../core/words/amountInWords";
import { columnLetter } from "../address";
import { blank, num, text, type CellWrite } from "../cells";
import { MONEY_FORMAT } from "../writeEstimate";
import { addRow, merge, setCell, span, style, type Draft } from "../attachment/draft";
import { BODY_SIZE, type BoxOf } from "../attachment/letterhead";
import { rowHeightFor } from "../attachment/rowHeight";
import { wordsFormula } from "../attachment/wordsFormula";
import { SC } from "./columns";
import type { YearTableRows } from "./settlementTables";

/** What the blank form prints where the unit must write a figure the workbook does not hold. */
export const TO_FILL = "……";

/** A section heading across the sheet ("III. KINH PHÍ CHƯA SỬ DỤNG"). */
export function writeHeading(draft: Draft, heading: string, box: BoxOf): number {
  addRow(draft, [], 8);
  const row = addRow(draft, [text(heading)], rowHeightFor([box(heading, 1, SC.note, BODY_SIZE, true)]));
  merge(draft, span(row, 1, SC.note));
  style(draft, span(row, 1, SC.note), { bold: true, wrap: true, vertical: "center" });
  return row;
}

/** "Bằng chữ: …" of an amount cell, as a live formula (it follows the cell), cached with the engine's words. */
export function writeWords(
  draft: Draft,
  amountRef: string,
  amount: Decimal,
  prefix: string,
  box: BoxOf,
  words?: Partial<WordsOptions>,
): { row: number; words: string } {
  const spoken = amountInWords(amount, words);
  const row = addRow(draft, [], rowHeightFor([box(prefix + spoken, 1, SC.note, BODY_SIZE + 1, true)], BODY_SIZE + 1));
  setCell(draft, row, 1, { type: "formula", formula: wordsFormula(amountRef, words, prefix), cachedText: prefix + spoken });
  merge(draft, span(row, 1, SC.note));
  style(draft, span(row, 1, SC.note), { italic: true, wrap: true, vertical: "center", fontSize: BODY_SIZE + 1 });
  return { row, words: spoken };
}

export interface UnspentRows {
  allocationRow: number;
  actualRow: number;
  unspentRow: number;
  /** "Bằng chữ" of the unspent amount, when there is one to say. */
  wordsRow?: number;
  words?: string;
}

/**
 * Section III: the money left. Kinh phí được giao (from Phân bổ), what was spent
 * (the year table's TỔNG CỘNG), and the difference as a formula. When the year is
 * over and money is left, the two ways it can go — returned to the budget, or
 * carried over to next year — are printed as the blank form's dots: the workbook
 * cannot tell them apart (settlementFindings says why), so the unit writes them.
 * Without an allocation, the dots stand for it and for what is left.
 */
export function writeUnspent(
  draft: Draft,
  settlement: Settlement,
  year: YearTableRows,
  box: BoxOf,
  words?: Partial<WordsOptions>,
): UnspentRows {
  const closed = settlement.period.yearClosed;
  writeHeading(draft, closed ? "III. KINH PHÍ CHƯA SỬ DỤNG" : "III. KINH PHÍ CÒN LẠI", box);
  const line = (stt: string, label: string, amount: CellWrite, note = ""): number => {
    const row = addRow(
      draft,
      [text(stt), text(label), amount, blank, blank, blank, text(note)],
      rowHeightFor([box(label, SC.name, SC.name), box(note, SC.note, SC.note)]),
    );
    merge(draft, span(row, SC.actual, SC.rate));
    if (amount.type !== "text") setCell(draft, row, SC.estimate, amount, MONEY_FORMAT);
    return row;
  };
  const c = columnLetter(SC.estimate);
  const allocation = settlement.allocation;
  const allocationRow = line(
    "1",
    "Kinh phí được giao",
    allocation === undefined ? text(TO_FILL) : num(allocation),
    allocation === undefined ? "Sổ tính chưa có" : "",
  );
  const actualRow = line("2", "Kinh phí đã thực hiện", {
    type: "formula",
    formula: `=${columnLetter(SC.actual)}${year.totalRow}`,
    cached: settlement.total.actual.toFixed(),
  });
  const unspent = settlement.unspent;
  const unspentLabel = closed ? "Kinh phí chưa sử dụng (1 - 2)" : "Kinh phí còn lại (1 - 2)";
  const unspentNote = settlement.disposition === "overspent" ? "Vượt kinh phí được giao" : "";
  const unspentRow = line(
    "3",
    unspentLabel,
    unspent === undefined
      ? text(TO_FILL)
      : { type: "formula", formula: `=${c}${allocationRow}-${c}${actualRow}`, cached: unspent.toFixed() },
    unspentNote,
  );
  const rows: UnspentRows = { allocationRow, actualRow, unspentRow };
  const last = [allocationRow, actualRow, unspentRow];
  if (closed && settlement.disposition !== "nothing-left" && settlement.disposition !== "overspent") {
    last.push(line("", "Trong đó: - Nộp trả ngân sách", text(TO_FILL)));
    last.push(line("", "- Chuyển nguồn sang năm sau", text(TO_FILL)));
  }
  const lastRow = last[last.length - 1];
  style(draft, span(allocationRow, 1, SC.note, lastRow), { border: "thin", wrap: true, vertical: "center" });
  style(draft, span(allocationRow, SC.stt, SC.stt, lastRow), { horizontal: "center" });
  style(draft, span(allocationRow, SC.estimate, SC.estimate, lastRow), { horizontal: "right" });
  style(draft, span(unspentRow, 1, SC.note), { bold: true });
  if (unspent !== undefined && unspent.gt(0)) {
    const w = writeWords(draft, `${c}${unspentRow}`, unspent, closed ? "Số chưa sử dụng bằng chữ: " : "Số còn lại bằng chữ: ", box, words);
    rows.wordsRow = w.row;
    rows.words = w.words;
  }
  return rows;
}

/**
 * Section IV: the activities not carried out (nothing spent all year), or not yet
 * (nothing spent in the quarters counted so far), each with its estimate (shown
 * from the year table) and the sum; "Không có." when every activity spent something.
 */
export function writeNotCarriedOut(draft: Draft, settlement: Settlement, year: YearTableRows, box: BoxOf): number[] {
  const closed = settlement.period.yearClosed;
  writeHeading(draft, closed ? "IV. HOẠT ĐỘNG KHÔNG THỰC HIỆN" : "IV. HOẠT ĐỘNG CHƯA THỰC HIỆN", box);
  const list = settlement.notCarriedOut;
  if (!list.length) {
    const row = addRow(draft, [blank, text("Không có.")], rowHeightFor([]));
    merge(draft, span(row, SC.name, SC.note));
    return [];
  }
  const c = columnLetter(SC.estimate);
  const rows = list.map((a) => {
    const note = closed ? "Không có số thực hiện cả năm" : "Chưa có số thực hiện";
    const row = addRow(
      draft,
      [text(a.activity.stt), text(a.activity.name), blank, blank, blank, blank, text(note)],
      rowHeightFor([box(a.activity.name, SC.name, SC.name), box(note, SC.note, SC.note)]),
    );
    const from = year.activityRows.get(a.activity.row);
    setCell(
      draft,
      row,
      SC.estimate,
      from ? { type: "formula", formula: `=${c}${from}`, cached: a.estimate.toFixed() } : num(a.estimate),
      MONEY_FORMAT,
    );
    merge(draft, span(row, SC.actual, SC.rate));
    return row;
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  const total = sum(list.map((a) => a.estimate));
  const totalRow = addRow(draft, [blank, text("Cộng")], rowHeightFor([]));
  setCell(
    draft,
    totalRow,
    SC.estimate,
    { type: "formula", formula: `=SUM(${c}${first}:${c}${last})`, cached: total.toFixed() },
    MONEY_FORMAT,
  );
  merge(draft, span(totalRow, SC.actual, SC.rate));
  style(draft, span(first, 1, SC.note, totalRow), { border: "thin", wrap: true, vertical: "center" });
  style(draft, span(first, SC.stt, SC.stt, totalRow), { horizontal: "center" });
  style(draft, span(totalRow, 1, SC.note), { bold: true });
  style(draft, span(totalRow, SC.name, SC.name), { horizontal: "center" });
  return rows;
}

/** Section V: what the checks of the actuals found (overspending, disbursement, planned but nothing spent), in Vietnamese. */
export function writeCheckResults(draft: Draft, findings: readonly Finding[], box: BoxOf): number[] {
  writeHeading(draft, "V. KẾT QUẢ KIỂM TRA", box);
  if (!findings.length) {
    const row = addRow(draft, [blank, text("Không có vấn đề nào.")], rowHeightFor([]));
    merge(draft, span(row, SC.name, SC.note));
    return [];
  }
  return findings.map((f) => {
    const row = addRow(draft, [text("-"), text(f.message)], rowHeightFor([box(f.message, SC.name, SC.note)]));
    merge(draft, span(row, SC.name, SC.note));
    style(draft, span(row, 1, SC.note), { wrap: true, vertical: "top" });
    style(draft, span(row, SC.stt, SC.stt), { horizontal: "center" });
    if (f.severity === "error") style(draft, span(row, SC.name, SC.note), { fontColor: "#C00000" });
    return row;
  });
}
