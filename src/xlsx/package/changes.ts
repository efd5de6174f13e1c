import type ExcelJS from "exceljs";
import { mergedRanges } from "../readSheet";

/** ExcelJS.ValueType.Null, without loading ExcelJS for it. */
const NULL_VALUE = 0 as ExcelJS.ValueType.Null;

/** A cell as one number: row and 0-based column (columns go up to 16384). */
export const cellKey = (row: number, col: number): number => row * 16384 + (col - 1);
export const keyRow = (key: number): number => Math.floor(key / 16384);
export const keyCol = (key: number): number => (key % 16384) + 1;

/** What changed in a sheet of the opened file since it was read. */
export interface SheetChanges {
  /** Cells whose value was set (merged-away cells included), cleared or removed. */
  values: Set<number>;
  /** Cells whose format changed. */
  styles: Set<number>;
  /** Cells whose note was set or taken off. */
  notes: Set<number>;
  /** Rows whose height changed. */
  rows: Set<number>;
  merges: boolean;
  columns: boolean;
  views: boolean;
  pageSetup: boolean;
}

// ExcelJS's own fields: a cell's value object is replaced whenever its value is set, its note
// object whenever its note is; rows and cells are kept in arrays by index.
type InnerCell = ExcelJS.Cell & { _value: unknown; _comment?: unknown };
type InnerRow = ExcelJS.Row & { _cells: (InnerCell | undefined)[] };

function eachCell(ws: ExcelJS.Worksheet, fn: (key: number, cell: InnerCell) => void): void {
  (ws as unknown as { _rows: (InnerRow | undefined)[] })._rows.forEach((row, i) => {
    row?._cells.forEach((cell, j) => cell && fn(cellKey(i + 1, j + 1), cell));
  });
}

function eachRow(ws: ExcelJS.Worksheet, fn: (r: number, row: InnerRow) => void): void {
  (ws as unknown as { _rows: (InnerRow | undefined)[] })._rows.forEach((row, i) => row && fn(i + 1, row));
}

interface CellState {
  value: unknown;
  style: object | undefined;
  note: unknown;
}

interface SheetState {
  cells: Map<number, CellState>;
  heights: Map<number, number | undefined>;
  merges: string;
  columns: string;
  views: string;
  pageSetup: string;
}

/** Column widths and the like; columns ExcelJS adds when a cell right of the last one is used have none. */
const columnsOf = (ws: ExcelJS.Worksheet) =>
  (ws.columns ?? [])
    .map((c, i) => (c && (c.width !== undefined || c.hidden || c.outlineLevel) ? `${i}:${c.width}|${c.hidden}|${c.outlineLevel}` : ""))
    .filter(Boolean)
    .join(",");
const mergesOf = (ws: ExcelJS.Worksheet) => mergedRanges(ws).sort().join(",");

const hasStyle = (style: object | undefined) => style !== undefined && Object.keys(style).length > 0;

function capture(ws: ExcelJS.Worksheet, styles: Map<object, string>): SheetState {
  const cells = new Map<number, CellState>();
  eachCell(ws, (key, cell) => {
    const style = cell.style as object | undefined;
    // An empty format is the cell's own object (ExcelJS gives each cell without a format one): its edits are seen by its keys.
    if (hasStyle(style) && !styles.has(style!)) styles.set(style!, JSON.stringify(style));
    cells.set(key, { value: cell._value, style, note: cell._comment });
  });
  const heights = new Map<number, number | undefined>();
  eachRow(ws, (r, row) => heights.set(r, row.height));
  return {
    cells,
    heights,
    merges: mergesOf(ws),
    columns: columnsOf(ws),
    views: JSON.stringify(ws.views ?? []),
    pageSetup: JSON.stringify(ws.pageSetup ?? {}),
  };
}

/**
 * The sheets of the opened file as ExcelJS read them, to tell, when saving, what
 * changed since: by the writes or by any code holding the ExcelJS workbook. A value
 * or note changes when it is set (even to the same thing); a format when the cell
 * gets another format object, or when its format object itself is edited.
 */
export class OpenedSheets {
  private readonly sheets = new Map<ExcelJS.Worksheet, SheetState>();
  /** Every format object of the opened cells, as it was. */
  private readonly styles = new Map<object, string>();

  constructor(sheets: readonly ExcelJS.Worksheet[]) {
    for (const ws of sheets) this.sheets.set(ws, capture(ws, this.styles));
  }

  has(ws: ExcelJS.Worksheet): boolean {
    return this.sheets.has(ws);
  }

  /** What changed in an opened sheet; undefined when nothing did. */
  changes(ws: ExcelJS.Worksheet): SheetChanges | undefined {
    const was = this.sheets.get(ws);
    if (!was) return undefined;
    const edited = new Set<object>();
    for (const [style, json] of this.styles) if (JSON.stringify(style) !== json) edited.add(style);
    const c: SheetChanges = {
      values: new Set(),
      styles: new Set(),
      notes: new Set(),
      rows: new Set(),
      merges: mergesOf(ws) !== was.merges,
      columns: columnsOf(ws) !== was.columns,
      views: JSON.stringify(ws.views ?? []) !== was.views,
      pageSetup: JSON.stringify(ws.pageSetup ?? {}) !== was.pageSetup,
    };
    const seen = new Set<number>();
    eachCell(ws, (key, cell) => {
      seen.add(key);
      const style = cell.style as object | undefined;
      const before = was.cells.get(key);
      if (!before) {
        if (cell.type !== NULL_VALUE) c.values.add(key);
        if (hasStyle(style)) c.styles.add(key);
        if (cell._comment) c.notes.add(key);
        return;
      }
      if (cell._value !== before.value) c.values.add(key);
      if (style !== before.style || (style && (edited.has(style) || (!this.styles.has(style) && hasStyle(style))))) c.styles.add(key);
      if (cell._comment !== before.note) c.notes.add(key);
    });
    for (const [key, before] of was.cells) {
      if (seen.has(key)) continue;
      c.values.add(key);
      if (before.style) c.styles.add(key);
      if (before.note) c.notes.add(key);
    }
    const rowsNow = new Set<number>();
    eachRow(ws, (r, row) => {
      rowsNow.add(r);
      if (row.height !== was.heights.get(r)) c.rows.add(r);
    });
    for (const r of was.heights.keys()) if (!rowsNow.has(r)) c.rows.add(r);
    const changed = c.values.size || c.styles.size || c.notes.size || c.rows.size || c.merges || c.columns || c.views || c.pageSetup;
    return changed ? c : undefined;
  }
}
