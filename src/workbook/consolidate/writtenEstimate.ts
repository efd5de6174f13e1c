import type Decimal from "decimal.js";
import type { Activity, CellRef } from "../../core/plan/plan";
import { a1 } from "../address";
import { cellAt, type SheetSnapshot } from "../port";
import type { PlanTable } from "../readPlan";
import { readNumberCell } from "../readCell";
import { maxOf, minOf } from "../../core/arrays";

/** The estimate a unit wrote on its Kế hoạch: the Dự toán cell of each activity, and of the Tổng cộng row. */
export interface WrittenEstimate {
  /** By the activity's row; only the rows whose Dự toán cell holds a number. */
  amounts: Map<number, { amount: Decimal; cell: CellRef }>;
  /** True when every activity has its amount (a partly filled column is not the unit's estimate). */
  complete: boolean;
  /** The Dự toán cell of the Tổng cộng row, when it holds a number. */
  total?: { amount: Decimal; cell: CellRef };
  /** The column's cells from the first activity to the last (the range a total without a Tổng cộng row sums). */
  range?: CellRef;
}

/** Reads the Dự toán column of the plan table (never a finding: the plan's own reading has said what it had to). */
export function readWrittenEstimate(sheet: SheetSnapshot, table: PlanTable, activities: readonly Activity[]): WrittenEstimate {
  const col = table.columns.estimate;
  const amounts = new Map<number, { amount: Decimal; cell: CellRef }>();
  if (col === undefined || activities.length === 0) return { amounts, complete: false };
  const at = (row: number) => {
    const address = a1(row, col);
    const read = readNumberCell(cellAt(sheet, row, col), sheet.name, address, "Dự toán", "Estimate");
    return read.value && { amount: read.value, cell: { sheet: sheet.name, address } };
  };
  for (const a of activities) {
    const written = at(a.row);
    if (written) amounts.set(a.row, written);
  }
  const rows = activities.map((a) => a.row);
  const range = { sheet: sheet.name, address: `${a1(minOf(rows), col)}:${a1(maxOf(rows), col)}` };
  const total = table.totalRow !== undefined ? at(table.totalRow) : undefined;
  return { amounts, complete: amounts.size === activities.length, total, range };
}
