import type Decimal from "decimal.js";
import type { Estimate } from "../../core/estimate/estimate";
import { ZERO, sum } from "../../core/money/money";
import { QUARTERS } from "../../core/plan/plan";
import type { ActivitySettlement, Settlement } from "../../core/settle/settlement";
import { ratePercent } from "../../core/settle/settlement";
import { blank, num, text, type CellWrite } from "../cells";
import { MONEY_FORMAT } from "../writeEstimate";
import { addRow, setCell, span, style, type Draft } from "../attachment/draft";
import { BODY_SIZE } from "../attachment/letterhead";
import { attachmentOutline, type OutlineNode } from "../attachment/outline";
import { rowHeightFor, type TextBox } from "../attachment/rowHeight";
import { RATE_FORMAT, SC, SETTLEMENT_HEADERS, SETTLEMENT_INDEX } from "./columns";
import { differenceCell, quarterSumCell, rateCell, referenceCell, subtotalCell } from "./figures";

export const QUARTER_LABELS = ["Quý I", "Quý II", "Quý III", "Quý IV"] as const;

/** A cell's text box for row heights: `col` of the sheet's widths. */
export type CellBox = (t: string, col: number, bold?: boolean) => TextBox;

/** Rows of the year table (1-based), for the caller and the tests. */
export interface YearTableRows {
  headerRow: number;
  indexRow: number;
  firstBodyRow: number;
  totalRow: number;
  /** Row of each activity by its Kế hoạch row; and of each spending line, in order, by the same key. */
  activityRows: Map<number, number>;
  lineRows: Map<number, number[]>;
  groupRows: number[];
}

/** Rows of the quarterly table. */
export interface QuarterTableRows {
  headerRow: number;
  /** Each activity's row (its year figures) by its Kế hoạch row; its Quý I..IV rows follow it. */
  activityRows: Map<number, number>;
  /** "Cộng Quý I".."Cộng Quý IV". */
  quarterTotalRows: number[];
  /** "Cả năm": the whole plan's year, which the year table's TỔNG CỘNG must equal. */
  yearRow: number;
}

/** The headers of a table (with the row numbering the columns when `index`). */
export function writeHeaders(draft: Draft, box: CellBox, index: boolean): { headerRow: number; indexRow: number } {
  const headerRow = addRow(draft, SETTLEMENT_HEADERS.map(text), rowHeightFor(SETTLEMENT_HEADERS.map((h, i) => box(h, i + 1, true))));
  style(draft, span(headerRow, 1, SC.note), { bold: true, horizontal: "center" });
  if (!index) return { headerRow, indexRow: headerRow };
  const indexRow = addRow(draft, SETTLEMENT_INDEX.map(text), rowHeightFor([], 10));
  style(draft, span(indexRow, 1, SC.note), { italic: true, fontSize: 10, horizontal: "center" });
  return { headerRow, indexRow };
}

/** The four figures of a row: the estimate and actual cells given, the difference and rate as formulas. */
function setFigures(draft: Draft, row: number, estimate: CellWrite, actual: CellWrite, totals: { difference: Decimal; rate?: Decimal }) {
  setCell(draft, row, SC.estimate, estimate, MONEY_FORMAT);
  setCell(draft, row, SC.actual, actual, MONEY_FORMAT);
  setCell(draft, row, SC.difference, differenceCell(row, totals.difference), MONEY_FORMAT);
  setCell(draft, row, SC.rate, rateCell(row, totals.rate), RATE_FORMAT);
}

/** What the Ghi chú of an activity says: not carried out, over the estimate, an unreadable actual, a provisional estimate. */
export function activityNote(a: ActivitySettlement, yearClosed: boolean): string {
  const notes: string[] = [];
  if (a.outcome === "none") notes.push(yearClosed ? "Không thực hiện" : "Chưa thực hiện");
  if (a.outcome === "over") notes.push("Vượt dự toán");
  if (a.outcome === "unknown") notes.push(`Chưa đọc được số thực hiện ô ${a.unreadable.map((c) => `${c.sheet}!${c.address}`).join(", ")}`);
  if (!a.complete) notes.push("Dự toán tạm tính: chưa đủ dữ liệu");
  return notes.join("; ");
}

/**
 * Table I, the year: the plan's groups, activities and spending lines in its own
 * numbering (as on the Dự toán attachment), each with estimate, actual, difference
 * and rate. The activities' actuals are left for `linkActuals` (they show the
 * quarterly table's year figure); the lines have no actual (the Thực hiện table
 * has none per line), so their actual, difference and rate are empty.
 */
export function writeYearTable(draft: Draft, settlement: Settlement, estimate: Estimate, box: CellBox): YearTableRows {
  const byRow = new Map(settlement.activities.map((a) => [a.activity.row, a]));
  const { headerRow, indexRow } = writeHeaders(draft, box, true);
  const firstBodyRow = indexRow + 1;
  const rows: YearTableRows = {
    headerRow,
    indexRow,
    firstBodyRow,
    totalRow: 0,
    activityRows: new Map(),
    lineRows: new Map(),
    groupRows: [],
  };
  const boldRows: number[] = [];

  /** Writes a node and returns its estimate and actual. */
  const write = (node: OutlineNode): { estimate: Decimal; actual: Decimal } => {
    if (node.kind === "group") {
      const row = addRow(draft, [text(node.stt), text(node.name)], rowHeightFor([box(node.name, SC.name, true)]));
      const parts = node.children.map(write);
      const estimate = sum(parts.map((p) => p.estimate));
      const actual = sum(parts.map((p) => p.actual));
      const last = draft.rows.length;
      setFigures(draft, row, subtotalCell(SC.estimate, row + 1, last, estimate), subtotalCell(SC.actual, row + 1, last, actual), {
        difference: estimate.minus(actual),
        rate: ratePercent(actual, estimate),
      });
      rows.groupRows.push(row);
      boldRows.push(row);
      return { estimate, actual };
    }
    const a = byRow.get(node.estimate.activity.row)!;
    const note = activityNote(a, settlement.period.yearClosed);
    const row = addRow(
      draft,
      [text(node.stt), text(a.activity.name), blank, blank, blank, blank, text(note)],
      rowHeightFor([box(a.activity.name, SC.name, true), box(note, SC.note)]),
    );
    rows.activityRows.set(a.activity.row, row);
    boldRows.push(row);
    const lineRows: number[] = [];
    for (const { stt, line } of node.lines) {
      const r = addRow(draft, [text(stt), text(line.description)], rowHeightFor([box(line.description, SC.name)]));
      setCell(draft, r, SC.estimate, num(line.amount), MONEY_FORMAT);
      lineRows.push(r);
    }
    rows.lineRows.set(a.activity.row, lineRows);
    // The actual is linked to the quarterly table later (linkActuals); the figures here are the engine's.
    setFigures(draft, row, subtotalCell(SC.estimate, row + 1, row + lineRows.length, a.estimate), num(a.actual), a);
    return { estimate: a.estimate, actual: a.actual };
  };
  for (const node of attachmentOutline(estimate)) write(node);

  const label = "TỔNG CỘNG";
  const totalRow = addRow(draft, [blank, text(label)], rowHeightFor([box(label, SC.name, true)]));
  const last = totalRow - 1;
  setFigures(
    draft,
    totalRow,
    subtotalCell(SC.estimate, firstBodyRow, last, settlement.total.estimate),
    subtotalCell(SC.actual, firstBodyRow, last, settlement.total.actual),
    settlement.total,
  );
  rows.totalRow = totalRow;
  boldRows.push(totalRow);
  tableStyle(draft, headerRow, totalRow, firstBodyRow, boldRows);
  style(draft, span(totalRow, SC.name, SC.name), { horizontal: "center" });
  for (const r of rows.activityRows.values()) style(draft, span(r, SC.note, SC.note), { bold: false, italic: true });
  return rows;
}

/**
 * Table II, by quarter: each activity's year figures, then its Quý I..IV (the
 * estimate's quarterly plan and the spending of the counted quarters), then the
 * plan's quarters ("Cộng Quý I" … as SUMIF over the quarter rows) and its year.
 * A quarter after the as-of day has its estimate and no actual.
 */
export function writeQuarterTable(draft: Draft, settlement: Settlement, box: CellBox): QuarterTableRows {
  const counted = new Set(settlement.period.counted);
  const { headerRow } = writeHeaders(draft, box, false);
  const first = headerRow + 1;
  const activityRows = new Map<number, number>();
  const boldRows: number[] = [];
  const outside = "Ngoài kỳ báo cáo";

  for (const a of settlement.activities) {
    const note = activityNote(a, settlement.period.yearClosed);
    const row = addRow(
      draft,
      [text(a.activity.stt), text(a.activity.name), blank, blank, blank, blank, text(note)],
      rowHeightFor([box(a.activity.name, SC.name, true), box(note, SC.note)]),
    );
    activityRows.set(a.activity.row, row);
    boldRows.push(row);
    QUARTERS.forEach((q, i) => {
      const figures = a.quarters[i];
      const unreadable = counted.has(q) ? a.unreadable.find((c) => c === a.actualRow?.cells[i]) : undefined;
      const note = !counted.has(q) ? outside : unreadable ? `Chưa đọc được ô ${unreadable.sheet}!${unreadable.address}` : "";
      const r = addRow(draft, [blank, text(QUARTER_LABELS[i]), blank, blank, blank, blank, text(note)], rowHeightFor([box(note, SC.note)]));
      setCell(draft, r, SC.estimate, num(figures.estimate), MONEY_FORMAT);
      if (!counted.has(q)) return;
      const actual = figures.actual ?? ZERO;
      setFigures(draft, r, num(figures.estimate), figures.actual === undefined ? blank : num(actual), {
        difference: figures.estimate.minus(actual),
        rate: ratePercent(actual, figures.estimate),
      });
    });
    const estimate = sum(a.quarters.map((q) => q.estimate));
    setFigures(draft, row, subtotalCell(SC.estimate, row + 1, row + 4, estimate), subtotalCell(SC.actual, row + 1, row + 4, a.actual), {
      difference: estimate.minus(a.actual),
      rate: ratePercent(a.actual, estimate),
    });
  }

  const last = draft.rows.length;
  const quarterTotalRows = QUARTERS.map((q, i) => {
    const label = `Cộng ${QUARTER_LABELS[i]}`;
    const figures = settlement.quarters[i];
    const r = addRow(draft, [blank, text(label), blank, blank, blank, blank, text(counted.has(q) ? "" : outside)], rowHeightFor([]));
    setCell(draft, r, SC.estimate, quarterSumCell(SC.estimate, QUARTER_LABELS[i], first, last, figures.estimate), MONEY_FORMAT);
    if (counted.has(q)) {
      const actual = figures.actual ?? ZERO;
      setFigures(
        draft,
        r,
        quarterSumCell(SC.estimate, QUARTER_LABELS[i], first, last, figures.estimate),
        quarterSumCell(SC.actual, QUARTER_LABELS[i], first, last, actual),
        {
          difference: figures.estimate.minus(actual),
          rate: ratePercent(actual, figures.estimate),
        },
      );
    }
    boldRows.push(r);
    return r;
  });
  const yearLabel = "Cả năm";
  const yearRow = addRow(draft, [blank, text(yearLabel)], rowHeightFor([box(yearLabel, SC.name, true)]));
  const yearEstimate = sum(settlement.quarters.map((q) => q.estimate));
  setFigures(
    draft,
    yearRow,
    subtotalCell(SC.estimate, first, last, yearEstimate),
    subtotalCell(SC.actual, first, last, settlement.total.actual),
    { difference: yearEstimate.minus(settlement.total.actual), rate: ratePercent(settlement.total.actual, yearEstimate) },
  );
  boldRows.push(yearRow);
  tableStyle(draft, headerRow, yearRow, first, boldRows);
  for (const r of activityRows.values()) style(draft, span(r, SC.note, SC.note), { bold: false, italic: true });
  for (const r of [...quarterTotalRows, yearRow]) style(draft, span(r, SC.name, SC.name), { horizontal: "center" });
  return { headerRow, activityRows, quarterTotalRows, yearRow };
}

/** The year table's activity actuals show the quarterly table's: one figure, typed once (on Phân bổ), summed once. */
export function linkActuals(draft: Draft, settlement: Settlement, year: YearTableRows, quarters: QuarterTableRows): void {
  for (const a of settlement.activities) {
    const at = year.activityRows.get(a.activity.row);
    const from = quarters.activityRows.get(a.activity.row);
    if (at === undefined || from === undefined) continue;
    setCell(draft, at, SC.actual, referenceCell(SC.actual, from, a.actual), MONEY_FORMAT);
  }
}

/** Borders, wrapping and alignment of a table from its header to its last row. */
function tableStyle(draft: Draft, headerRow: number, lastRow: number, firstBodyRow: number, boldRows: number[]): void {
  style(draft, span(headerRow, 1, SC.note, lastRow), { border: "thin", wrap: true, vertical: "center" });
  if (lastRow >= firstBodyRow) style(draft, span(firstBodyRow, SC.stt, SC.stt, lastRow), { horizontal: "center" });
  for (const r of boldRows) style(draft, span(r, 1, SC.note), { bold: true });
}

/** A text box at the body size in one column. */
export function cellBox(widths: readonly number[]): CellBox {
  return (t, col, bold = false) => ({ text: t, width: widths[col - 1], fontSize: BODY_SIZE, bold });
}
