import type { Cell, CellWrite } from "./cells";

/** What the add-in knows about a sheet before it reads it. */
export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
}

/** One sheet's used range, read in one batch: values, formulas, number formats, merges. */
export interface SheetSnapshot extends SheetInfo {
  /** 1-based row and column of the used range's top-left cell. */
  top: number;
  left: number;
  /** Values, row by row; ragged rows are allowed (missing cells are empty; a row with none may be empty). */
  cells: Cell[][];
  /** The formula of each cell that holds one ("=SUM(F5:F9)"), else null; same shape as cells or empty. */
  formulas: (string | null)[][];
  /** Number format of each cell ("General", "#,##0"), same shape as cells or empty. */
  numberFormats: (string | null)[][];
  /** Merged areas as A1 ranges. */
  merges: string[];
  /** 1-based rows hidden by the user. */
  hiddenRows: number[];
  /** Notes (comments) by A1 address. */
  notes: Record<string, string>;
  /** Fill colours by A1 address ("#FFC7CE"), only where set. */
  fills: Record<string, string>;
  /**
   * Cells holding something that the adapter left out because they lie far from
   * the rest of the sheet (a stray value at XFD1048576 makes the used range a
   * rectangle of 17 billion cells): how many, and the first few addresses, row by
   * row. Absent when every cell was read.
   */
  notRead?: { count: number; addresses: string[] };
}

export type HorizontalAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  /** Fill colour "#RRGGBB", or null to clear. */
  fill?: string | null;
  horizontal?: HorizontalAlign;
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  border?: "thin" | "none";
  numberFormat?: string;
}

export interface PageSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Fit to one page wide, any number of pages tall. */
  fitToWidth: 1;
  printArea: string;
  /** Rows repeated at the top of every printed page ("7:7"). */
  printTitleRows?: string;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
}

/** One write of a command. A command's writes are applied in one batch. */
export type WriteOp =
  /** Creates the sheet when missing (at the end); an existing sheet is kept as it is. */
  | { op: "ensureSheet"; sheet: string; hidden?: boolean }
  /** Clears contents, formats, merges and notes of the whole sheet (only sheets the add-in owns). */
  | { op: "clearSheet"; sheet: string }
  /** A rectangular block of cells whose top-left is (row, col), 1-based. */
  | { op: "cells"; sheet: string; row: number; col: number; cells: CellWrite[][]; numberFormats?: (string | null)[][] }
  | { op: "style"; sheet: string; range: string; style: CellStyle }
  | { op: "merge"; sheet: string; range: string }
  /** Widths in characters, from column `from` on. */
  | { op: "columnWidths"; sheet: string; from: number; widths: number[] }
  /** Row heights in points, from row `from` on. */
  | { op: "rowHeights"; sheet: string; from: number; heights: number[] }
  | { op: "freeze"; sheet: string; rows: number; columns: number }
  | { op: "pageSetup"; sheet: string; setup: PageSetup }
  /** Sets (or with null removes) the note on a cell. */
  | { op: "note"; sheet: string; address: string; text: string | null }
  /** Deletes the sheet when it exists (restore removes the sheets a command created). */
  | { op: "deleteSheet"; sheet: string };

/**
 * The port: what the add-in needs from a workbook. An adapter reads in one batch
 * and writes in one batch, whatever the size of the workbook.
 */
export interface WorkbookPort {
  /** Names and states of all sheets (one batch). */
  listSheets(): Promise<SheetInfo[]>;
  /** The used ranges of the named sheets (one batch); a missing name is left out. */
  readSheets(names: readonly string[]): Promise<SheetSnapshot[]>;
  /**
   * Applies all writes (one batch); on failure nothing is written. `known` is what
   * the command read just before (the sheet list, the snapshots): an adapter that
   * must check the workbook before writing (Office.js) may take it from there
   * instead of asking again.
   */
  apply(writes: readonly WriteOp[], known?: KnownBook): Promise<void>;
  /**
   * Lists the sheets and, in the same batch, reads those of `likely` that exist:
   * for an adapter where each batch is a round trip (Office.js), the sheets a
   * command will most likely read (the layout's own names) come with the list.
   * The caller reads whatever else the list shows it needs. Optional: without it,
   * listSheets then readSheets.
   */
  listAndRead?(likely: readonly string[]): Promise<{ sheets: SheetInfo[]; read: SheetSnapshot[] }>;
}

/** What a command read before it writes: the list it was given and the sheets it read. */
export interface KnownBook {
  sheets: readonly SheetInfo[];
  read: ReadonlyMap<string, SheetSnapshot>;
}

/** A workbook as a command sees it: the sheets it asked for, by name. */
export interface BookSnapshot {
  sheets: SheetInfo[];
  read: Map<string, SheetSnapshot>;
}

/** Reads what a command needs: the list of sheets, then the sheets it picks, in two batches. */
export async function readBook(port: WorkbookPort, pick: (sheets: SheetInfo[]) => string[]): Promise<BookSnapshot> {
  const sheets = await port.listSheets();
  const snapshots = await port.readSheets(pick(sheets));
  return { sheets, read: new Map(snapshots.map((s) => [s.name, s])) };
}

/** The cell at a 1-based (row, col) of a snapshot. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell {
  const r = sheet.cells[row - sheet.top];
  return (r && r[col - sheet.left]) ?? { type: "empty" };
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas[row - sheet.top]?.[col - sheet.left] ?? null;
}

export function bottomRow(sheet: SheetSnapshot): number {
  return sheet.top + sheet.cells.length - 1;
}

/** The widest row's width, by the rows array (readers ask in their loops: counted once per snapshot). */
const widths = new WeakMap<readonly unknown[], { rows: number; width: number }>();

/** The last column of the used range. A loop, not Math.max(...rows): a sheet may have a million rows. */
export function rightColumn(sheet: SheetSnapshot): number {
  const known = widths.get(sheet.cells);
  if (known && known.rows === sheet.cells.length) return sheet.left + known.width - 1;
  let width = 0;
  for (const row of sheet.cells) if (row && row.length > width) width = row.length;
  widths.set(sheet.cells, { rows: sheet.cells.length, width });
  return sheet.left + width - 1;
}
