import { columnLetter } from "../address";
import { blank, type CellWrite } from "../cells";
import type { CellStyle, WriteOp } from "../port";
import { LAST_COL } from "./columns";

/**
 * A sheet being laid out row by row: values, per-cell number formats, row
 * heights, and the styles and merges that go with them. It becomes one block of
 * cells and a few style ops, so the sheet is written in one batch.
 */
export interface Draft {
  sheet: string;
  rows: CellWrite[][];
  formats: (string | null)[][];
  heights: number[];
  /** Styles and merges, applied after the cells in this order. */
  ops: WriteOp[];
}

export function newDraft(sheet: string): Draft {
  return { sheet, rows: [], formats: [], heights: [], ops: [] };
}

/** Appends a row (cells from column A, padded to the table's width); returns its 1-based number. */
export function addRow(draft: Draft, cells: CellWrite[], height: number, formats: (string | null)[] = []): number {
  draft.rows.push([...cells, ...Array<CellWrite>(Math.max(0, LAST_COL - cells.length)).fill(blank)]);
  draft.formats.push([...formats, ...Array<null>(Math.max(0, LAST_COL - formats.length)).fill(null)]);
  draft.heights.push(height);
  return draft.rows.length;
}

export function setCell(draft: Draft, row: number, col: number, cell: CellWrite, format?: string): void {
  draft.rows[row - 1][col - 1] = cell;
  if (format) draft.formats[row - 1][col - 1] = format;
}

/** Range "B3:D3" of a row between two columns. */
export function span(row: number, from: number, to: number, lastRow = row): string {
  return `${columnLetter(from)}${row}:${columnLetter(to)}${lastRow}`;
}

export function style(draft: Draft, range: string, s: CellStyle): void {
  draft.ops.push({ op: "style", sheet: draft.sheet, range, style: s });
}

export function merge(draft: Draft, range: string): void {
  draft.ops.push({ op: "merge", sheet: draft.sheet, range });
}
