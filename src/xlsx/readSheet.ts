import type ExcelJS from "exceljs";
import { EMPTY, numberCell, type Cell } from "../workbook/cells";
import { a1 } from "../workbook/address";
import type { SheetInfo, SheetSnapshot } from "../workbook/port";

export function sheetInfo(ws: ExcelJS.Worksheet): SheetInfo {
  return {
    name: ws.name,
    visible: ws.state === "visible",
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
  };
}

/** An ExcelJS cell value as a port Cell; numbers become exact decimal text. */
export function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return numberCell(value);
  if (typeof value === "string") return value === "" ? EMPTY : { type: "text", value };
  if (typeof value === "boolean") return { type: "bool", value };
  if (value instanceof Date) return { type: "date", value: value.toISOString() };
  if ("error" in value) return { type: "error", value: String(value.error) };
  if ("richText" in value) return { type: "text", value: value.richText.map((r) => r.text).join("") };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result !== null && typeof result === "object" && !(result instanceof Date) && "error" in result)
      return { type: "error", value: String(result.error) };
    return toCell((result ?? null) as ExcelJS.CellValue);
  }
  if ("text" in value) return { type: "text", value: String((value as { text: unknown }).text) };
  return EMPTY;
}

/**
 * A cell's value with a formula's cached result: ExcelJS's `value` leaves out a
 * cached 0 (`{ formula }`), which it keeps in `cell.result`; read as empty, a
 * formula the add-in wrote with 0 would look changed on every run.
 */
function withResult(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (value === null || typeof value !== "object" || !("formula" in value || "sharedFormula" in value)) return value;
  if ((value as { result?: unknown }).result !== undefined || cell.result === undefined) return value;
  return { ...value, result: cell.result } as ExcelJS.CellValue;
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("");
}

/**
 * The merged areas of a sheet ("A1:C1"). ExcelJS gives them publicly only through
 * `ws.model`, which builds a model of every row and cell; its own map of merges is read instead.
 */
export function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range: string } | undefined> })._merges;
  return merges
    ? Object.values(merges)
        .filter((m): m is { range: string } => Boolean(m))
        .map((m) => m.range)
    : [];
}

/**
 * The most cells a snapshot lays out (rows x columns of the used range): a
 * 65.000-row plan of 20 columns is 1,3 million. A used range beyond it (a stray
 * value at XFD1048576 or A1048576 far from the table) is cut to this many cells:
 * first to MAX_COLUMNS columns, then to as many rows as fit, and the cells left
 * out are named in `notRead`.
 */
export const MAX_SNAPSHOT_CELLS = 5_000_000;
/** The columns of a cut snapshot (A:IV, Excel 2003's sheet): no plan table is wider. */
export const MAX_SNAPSHOT_COLUMNS = 256;
/** How many of the cells left out are named. */
const NAMED_NOT_READ = 5;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The cells holding a value, each once: ExcelJS keeps rows and cells sparse, so this is the cells that exist, not the rectangle. */
function eachValueCell(ws: ExcelJS.Worksheet, visit: (row: number, col: number) => void): void {
  ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (_cell, c) => visit(r, c)));
}

/**
 * The rectangle of the sheet to read: the used range, or, when that is larger
 * than MAX_SNAPSHOT_CELLS, the part of it near its top-left corner, and what is
 * left out.
 */
function boundsOf(ws: ExcelJS.Worksheet): { box?: Box; notRead?: SheetSnapshot["notRead"] } {
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  eachValueCell(ws, (r, c) => {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  });
  if (bottom === 0) return {};
  const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
  const used = { top, left, bottom, right };
  if (area(used) <= MAX_SNAPSHOT_CELLS) return { box: used };
  const lastColumn = Math.min(right, left + MAX_SNAPSHOT_COLUMNS - 1);
  const lastRow = Math.min(bottom, top + Math.floor(MAX_SNAPSHOT_CELLS / (lastColumn - left + 1)) - 1);
  // The cells kept, and the rectangle they really span (the rows and columns beyond may be all that made it large).
  const box: Box = { top, left, bottom: 0, right: 0 };
  let count = 0;
  const addresses: string[] = [];
  eachValueCell(ws, (r, c) => {
    if (c <= lastColumn && r <= lastRow) {
      box.bottom = Math.max(box.bottom, r);
      box.right = Math.max(box.right, c);
      return;
    }
    count++;
    if (addresses.length < NAMED_NOT_READ) addresses.push(a1(r, c));
  });
  return { box, notRead: { count, addresses } };
}

/**
 * One worksheet's used range, as the port describes it. Only the rows that exist
 * are visited (the others share one empty row), and the rectangle is bounded
 * (MAX_SNAPSHOT_CELLS): a stray value far away never makes the work, or the
 * memory, that of the rectangle up to it.
 */
export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const snapshot: SheetSnapshot = {
    ...sheetInfo(ws),
    top: 1,
    left: 1,
    cells: [],
    formulas: [],
    numberFormats: [],
    merges: mergedRanges(ws),
    hiddenRows: [],
    notes: {},
    fills: {},
  };
  const { box, notRead } = boundsOf(ws);
  if (!box) return snapshot;
  if (notRead) snapshot.notRead = notRead;
  const { top, left, bottom, right } = box;
  snapshot.top = top;
  snapshot.left = left;
  // A row with no cell is one shared row of empty cells: a sheet may have a million of them between its table and a stray value.
  const width = right - left + 1;
  const blankRow = Object.freeze(Array<Cell>(width).fill(EMPTY)) as Cell[];
  const nullRow = Object.freeze(Array<null>(width).fill(null)) as null[];
  for (let r = top; r <= bottom; r++) {
    // find, not get: getRow and getCell would create every empty row and cell of the range, and saving would write them all.
    const row = ws.findRow(r);
    if (row?.hidden) snapshot.hiddenRows.push(r);
    if (!row || row.cellCount < left) {
      snapshot.cells.push(blankRow);
      snapshot.formulas.push(nullRow);
      snapshot.numberFormats.push(nullRow);
      continue;
    }
    const cells: Cell[] = [],
      formulas: (string | null)[] = [],
      formats: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      // Past the row's last cell (cellCount) there is nothing to find.
      const cell = c <= row.cellCount ? row.findCell(c) : undefined;
      if (!cell) {
        cells.push(EMPTY);
        formulas.push(null);
        formats.push(null);
        continue;
      }
      // A merged range's value lives in its top-left cell only, as Excel reports it; ExcelJS repeats it in every cell.
      const mergedAway = cell.master !== cell;
      cells.push(mergedAway ? EMPTY : toCell(withResult(cell)));
      formulas.push(!mergedAway && cell.formula ? `=${cell.formula}` : null);
      formats.push(cell.numFmt ?? null);
      const note = noteText(cell.note);
      if (note) snapshot.notes[a1(r, c)] = note;
      const fill = cell.fill;
      if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
        snapshot.fills[a1(r, c)] = `#${fill.fgColor.argb.slice(-6)}`;
    }
    snapshot.cells.push(cells);
    snapshot.formulas.push(formulas);
    snapshot.numberFormats.push(formats);
  }
  return snapshot;
}
