import type { CellWrite } from "../cells";
import { blank } from "../cells";
import type { CellStyle, WriteOp } from "../port";

/**
 * Rows a new workbook's writer adds below a sheet's written rows, each cell
 * styled as the cell above it (src/xlsx/newBook.ts): the long detail tables,
 * which a cell-by-cell model of the workbook would make slow.
 */
export interface BulkRows {
  sheet: string;
  /** The first row; the row above it is the last one the writes give the sheet, and lends its styles. */
  row: number;
  cells: CellWrite[][];
}

/**
 * Lays a sheet out row by row: the cells as one block (one write), and beside
 * them the styles, merges, notes and row heights of the rows added. The row
 * numbers it hands back are the sheet's, for formulas that refer to them.
 */
export class SheetBuilder {
  private readonly rows: CellWrite[][] = [];
  private readonly extra: WriteOp[] = [];
  private readonly heights = new Map<number, number>();

  constructor(
    readonly sheet: string,
    readonly width: number,
  ) {}

  /** The row the next add() writes. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Adds a row (padded to the sheet's width); returns its number. */
  add(cells: CellWrite[] = []): number {
    this.rows.push([...cells, ...Array<CellWrite>(Math.max(0, this.width - cells.length)).fill(blank)]);
    return this.rows.length;
  }

  style(range: string, style: CellStyle): void {
    this.extra.push({ op: "style", sheet: this.sheet, range, style });
  }

  merge(range: string): void {
    this.extra.push({ op: "merge", sheet: this.sheet, range });
  }

  note(address: string, text: string): void {
    this.extra.push({ op: "note", sheet: this.sheet, address, text });
  }

  height(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** The sheet's writes: create it, its cells in one block, then formats; `after` goes last. */
  writes(columnWidths: number[], after: WriteOp[] = []): WriteOp[] {
    return this.build(columnWidths, after).writes;
  }

  /**
   * The same, with the rows from `bulkFrom` on handed back apart as bulk rows
   * (styled as the row above them: style that row, not theirs; no heights).
   */
  build(columnWidths: number[], after: WriteOp[] = [], bulkFrom?: number): { writes: WriteOp[]; bulk?: BulkRows } {
    const split = bulkFrom !== undefined && bulkFrom > 1 && bulkFrom <= this.rows.length ? bulkFrom : undefined;
    const written = split === undefined ? this.rows : this.rows.slice(0, split - 1);
    const heights: number[] = [];
    for (let r = 1; r <= written.length; r++) heights.push(this.heights.get(r) ?? 15);
    const writes: WriteOp[] = [
      { op: "ensureSheet", sheet: this.sheet },
      { op: "cells", sheet: this.sheet, row: 1, col: 1, cells: written },
      ...this.extra,
      { op: "columnWidths", sheet: this.sheet, from: 1, widths: columnWidths },
      ...(this.heights.size ? [{ op: "rowHeights", sheet: this.sheet, from: 1, heights } as WriteOp] : []),
      ...after,
    ];
    return split === undefined ? { writes } : { writes, bulk: { sheet: this.sheet, row: split, cells: this.rows.slice(split - 1) } };
  }
}
