import type { Estimate } from "../core/estimate/estimate";
import type { ActivityField } from "../core/plan/plan";
import { KIND_LABELS } from "../core/plan/kinds";
import { a1, columnLetter } from "./address";
import { blank, num, text, type CellWrite } from "./cells";
import { SHEETS, WRITTEN_PLAN_COLUMNS } from "./layout";
import type { WriteOp } from "./port";
import type { PlanTable } from "./readPlan";
import { basisWithFit } from "../core/fit/fitEstimate";
import { formatDmy } from "../core/dates/isoDate";
import { formatPeriod } from "../core/plan/years";
import { maxOf, minOf } from "../core/arrays";

export const MONEY_FORMAT = "#,##0";

/** The columns the add-in writes on Kế hoạch: the existing ones, or new ones appended after the table. */
export function writtenColumns(table: PlanTable): Record<"estimate" | "basis", number> {
  let next = table.lastColumn + 1;
  const at = (field: ActivityField) => table.columns[field] ?? next++;
  return { estimate: at("estimate"), basis: at("basis") };
}

/**
 * The estimate written on Kế hoạch: Dự toán and Căn cứ of every activity row, the
 * group subtotals and the grand total on the Tổng cộng row. One block per column.
 */
export function planColumnWrites(estimate: Estimate, table: PlanTable): WriteOp[] {
  const cols = writtenColumns(table);
  const writes: WriteOp[] = [];
  const headers = WRITTEN_PLAN_COLUMNS.filter((c) => table.columns[c.field] === undefined);
  for (const h of headers) {
    const col = cols[h.field as "estimate" | "basis"];
    writes.push({ op: "cells", sheet: table.sheet, row: table.headerRow, col, cells: [[text(h.header)]] });
    writes.push({ op: "style", sheet: table.sheet, range: a1(table.headerRow, col), style: { bold: true, wrap: true } });
  }
  const first = table.firstRow;
  const last = Math.max(table.lastRow, table.totalRow ?? 0);
  if (last < first) return writes;
  const amounts: CellWrite[][] = [];
  const bases: CellWrite[][] = [];
  for (let row = first; row <= last; row++) {
    amounts.push([blank]);
    bases.push([blank]);
  }
  const rowsTouched = new Set<number>();
  for (const a of estimate.activities) {
    amounts[a.activity.row - first] = [num(a.amount)];
    const basis = basisSummary(a.lines.map((l) => basisWithFit(l, estimate)));
    // An activity a finding left incomplete says so where the officer reads its amount.
    bases[a.activity.row - first] = [
      text(a.complete ? basis : `CHƯA ĐỦ DỮ LIỆU, xem cảnh báo (incomplete, see findings)${basis ? "; " + basis : ""}`),
    ];
    rowsTouched.add(a.activity.row);
  }
  for (const g of estimate.groups) {
    amounts[g.group.row - first] = [num(g.amount)];
    rowsTouched.add(g.group.row);
  }
  if (table.totalRow !== undefined) {
    amounts[table.totalRow - first] = [num(estimate.total)];
    rowsTouched.add(table.totalRow);
  }
  // Only the span of rows the estimate speaks about, so rows below the table stay as they are.
  const top = minOf(rowsTouched);
  const bottom = maxOf(rowsTouched);
  writes.push({ op: "cells", sheet: table.sheet, row: top, col: cols.estimate, cells: amounts.slice(top - first, bottom - first + 1) });
  writes.push({ op: "cells", sheet: table.sheet, row: top, col: cols.basis, cells: bases.slice(top - first, bottom - first + 1) });
  writes.push({
    op: "style",
    sheet: table.sheet,
    range: `${columnLetter(cols.estimate)}${top}:${columnLetter(cols.estimate)}${bottom}`,
    style: { numberFormat: MONEY_FORMAT },
  });
  return writes;
}

/** The distinct legal bases of an activity's lines, joined. */
function basisSummary(bases: string[]): string {
  return [...new Set(bases)].join("; ");
}

const BREAKDOWN_HEADERS = [
  "STT",
  "Nội dung chi",
  "Đơn vị tính",
  "Số lượng",
  "Đơn giá (đồng)",
  "Thành tiền (đồng)",
  "Mã định mức",
  "Căn cứ",
  "Tình trạng mức chi",
  "Dòng kế hoạch",
  "Đơn giá theo định mức (đồng)",
  "Thành tiền theo định mức (đồng)",
];
const STATUS_TEXT = {
  verified: "đã kiểm chứng",
  unverified: "chưa kiểm chứng",
  estimate: "ước tính — cần xác nhận",
  user: "theo kế hoạch / báo giá",
} as const;

/** Where the breakdown's parts landed (1-based rows), for explaining a cell and checking its formulas. */
export interface BreakdownLayout {
  sheet: string;
  writes: WriteOp[];
  headerRow: number;
  totalRow: number;
  /** The row of each activity, by its Kế hoạch row. */
  activityRows: Map<number, number>;
  /** Each line's row: its activity's Kế hoạch row and its index among the activity's lines. */
  lineRows: Map<number, { planRow: number; line: number }>;
}

/** The columns of the breakdown (A..L). */
export const BREAKDOWN_COL = {
  quantity: 4,
  unitCost: 5,
  amount: 6,
  code: 7,
  basis: 8,
  status: 9,
  planRow: 10,
  normUnitCost: 11,
  normAmount: 12,
} as const;

/**
 * The breakdown sheet (Chi tiết dự toán): every line of every activity with its
 * norm and basis; the sheet belongs to the add-in and is rewritten on each run.
 * Thành tiền is a live formula (=D*E) whose cached value is the engine's exact result.
 */
export function breakdownWrites(estimate: Estimate, planSheet: string): WriteOp[] {
  return breakdownLayout(estimate, planSheet).writes;
}

/** The breakdown's writes, and where each activity and line landed. */
export function breakdownLayout(estimate: Estimate, planSheet: string): BreakdownLayout {
  const sheet = SHEETS.breakdown;
  const rows: CellWrite[][] = [
    [
      text(
        `CHI TIẾT DỰ TOÁN THEO NỘI DUNG CHI${estimate.year !== undefined ? ` NĂM ${estimate.year}` : estimate.period ? ` CẢ GIAI ĐOẠN ${formatPeriod(estimate.period.period)}` : ""}`,
      ),
    ],
    [
      text(
        `Định mức áp dụng ngày ${formatDmy(estimate.norms.date)}${estimate.norms.province ? `, tỉnh ${estimate.norms.province}` : ""}; làm tròn ${estimate.rounding === "thousand" ? "đến nghìn đồng" : "đến đồng"}`,
      ),
    ],
    BREAKDOWN_HEADERS.map(text),
  ];
  const headerRow = rows.length;
  const activityRows: number[] = [];
  const byPlanRow = new Map<number, number>();
  const lineRows = new Map<number, { planRow: number; line: number }>();
  for (const a of estimate.activities) {
    const activityRow = rows.length + 1;
    activityRows.push(activityRow);
    byPlanRow.set(a.activity.row, activityRow);
    const firstLine = activityRow + 1;
    const lastLine = activityRow + a.lines.length;
    rows.push([
      text(a.activity.stt),
      text(`${a.activity.name} (${KIND_LABELS[a.activity.kind]})`),
      blank,
      blank,
      blank,
      a.lines.length ? { type: "formula", formula: `=SUBTOTAL(9,F${firstLine}:F${lastLine})`, cached: a.amount.toFixed() } : num(a.amount),
      blank,
      blank,
      blank,
      text(`${planSheet}!${a.activity.row}`),
      blank,
      blank,
    ]);
    a.lines.forEach((l, i) => {
      const r = firstLine + i;
      lineRows.set(r, { planRow: a.activity.row, line: i });
      rows.push([
        text("-"),
        text(l.description),
        text(l.unit),
        num(l.quantity),
        num(l.unitCost),
        { type: "formula", formula: `=ROUND(D${r}*E${r},${estimate.rounding === "thousand" ? -3 : 0})`, cached: l.amount.toFixed() },
        text(l.normCode ?? ""),
        text(basisWithFit(l, estimate)),
        text(STATUS_TEXT[l.status]),
        blank,
        // A fitted line keeps the norm's level beside the fitted one.
        l.fitted ? num(l.fitted.unitCost) : blank,
        l.fitted ? num(l.fitted.amount) : blank,
      ]);
    });
  }
  const totalRow = rows.length + 1;
  rows.push([
    blank,
    text("TỔNG CỘNG"),
    blank,
    blank,
    blank,
    // SUBTOTAL skips the activities' own SUBTOTALs: the lines are added once, and the
    // formula stays short for any number of activities (Excel caps a formula at 8.192 characters).
    activityRows.length
      ? { type: "formula", formula: `=SUBTOTAL(9,F${headerRow + 1}:F${totalRow - 1})`, cached: estimate.total.toFixed() }
      : num(estimate.total),
    blank,
    blank,
    blank,
    blank,
    blank,
    blank,
  ]);
  const writes: WriteOp[] = [
    { op: "ensureSheet", sheet },
    { op: "clearSheet", sheet },
    { op: "cells", sheet, row: 1, col: 1, cells: rows },
    { op: "style", sheet, range: "A1", style: { bold: true, fontSize: 13 } },
    { op: "style", sheet, range: "A2", style: { italic: true } },
    {
      op: "style",
      sheet,
      range: `A${headerRow}:L${headerRow}`,
      style: { bold: true, fill: "#DDEBF7", wrap: true, horizontal: "center", vertical: "center", border: "thin" },
    },
    { op: "style", sheet, range: `A${headerRow + 1}:L${totalRow}`, style: { border: "thin", vertical: "top", wrap: true } },
    { op: "style", sheet, range: `D${headerRow + 1}:F${totalRow}`, style: { numberFormat: MONEY_FORMAT } },
    { op: "style", sheet, range: `K${headerRow + 1}:L${totalRow}`, style: { numberFormat: MONEY_FORMAT } },
    ...activityRows.map((r): WriteOp => ({ op: "style", sheet, range: `A${r}:L${r}`, style: { bold: true } })),
    { op: "style", sheet, range: `A${totalRow}:L${totalRow}`, style: { bold: true } },
    { op: "columnWidths", sheet, from: 1, widths: [6, 48, 12, 10, 14, 16, 16, 44, 18, 14, 16, 16] },
    { op: "freeze", sheet, rows: headerRow, columns: 0 },
  ];
  return { sheet, writes, headerRow, totalRow, activityRows: byPlanRow, lineRows };
}
