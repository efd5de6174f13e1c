import type { ActivityEstimate, GroupEstimate } from "../../core/estimate/estimate";
import { a1 } from "../address";
import type { CellWrite } from "../cells";
import type { WriteOp } from "../port";

/** Which of the add-in's layouts a sheet holds: Kế hoạch's written columns, Chi tiết dự toán, the Dự toán attachment. */
export type WrittenLayoutKind = "plan" | "breakdown" | "attachment";

/** What a row the add-in wrote stands for. */
export type WrittenRole =
  /** One spending line: `line` is its index among the activity's lines. */
  | { kind: "line"; activity: ActivityEstimate; line: number }
  | { kind: "activity"; activity: ActivityEstimate }
  | { kind: "group"; group: GroupEstimate }
  | { kind: "total" }
  /** "Bằng chữ": the total in words. */
  | { kind: "words" };

/** The meaning of a column of a written row. */
export type WrittenColumn = "quantity" | "unitCost" | "amount" | "basis" | "normUnitCost" | "normAmount" | "other";

/**
 * One sheet as the add-in lays it out now, from the same functions that write it:
 * what it writes in each cell, what each row stands for and what each column holds.
 * Explaining a cell and checking its formulas both read it, so neither re-derives
 * the layout.
 */
export interface WrittenSheet {
  sheet: string;
  layout: WrittenLayoutKind;
  /** What the add-in writes in each cell, by A1 address (blanks left out): taken from the layout's own writes. */
  cells: Map<string, CellWrite>;
  /** What each row stands for, by 1-based row. */
  rows: Map<number, WrittenRole>;
  /** The meaning of each column of those rows, by 1-based column; a column not listed is "other". */
  columns: Map<number, WrittenColumn>;
  /** The year of each year column (a multi-year plan's whole-period attachment): its cells hold that year's amounts. */
  years?: Map<number, number>;
  /** The column of an amount (Thành tiền, Dự toán) and of a row's name. */
  amountColumn: number;
  nameColumn: number;
  /**
   * Cells whose text says the sheet still has this layout (the header of the amount
   * column, the TỔNG CỘNG label): when one differs, rows were added or removed, or the
   * plan changed since the sheet was written.
   */
  anchors: string[];
}

/** The cells a layout's writes leave on one sheet, by A1 address; blanks are left out. */
export function cellsOfWrites(writes: readonly WriteOp[], sheet: string): Map<string, CellWrite> {
  const cells = new Map<string, CellWrite>();
  for (const w of writes) {
    if (w.op !== "cells" || w.sheet !== sheet) continue;
    w.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const address = a1(w.row + i, w.col + j);
        if (cell.type === "empty") cells.delete(address);
        else cells.set(address, cell);
      }),
    );
  }
  return cells;
}

/** The text a written cell shows (its text, its number, or a formula's cached result). */
export function writtenText(cell: CellWrite | undefined): string {
  if (!cell) return "";
  switch (cell.type) {
    case "empty":
      return "";
    case "formula":
      return cell.cachedText ?? cell.cached ?? "";
    default:
      return cell.value;
  }
}
