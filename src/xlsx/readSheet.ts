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

/** One worksheet's used range, as the port describes it. */
export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
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
  if (bottom === 0) return snapshot;
  snapshot.top = top;
  snapshot.left = left;
  for (let r = top; r <= bottom; r++) {
    // find, not get: getRow and getCell would create every empty row and cell of the range, and saving would write them all.
    const row = ws.findRow(r);
    if (row?.hidden) snapshot.hiddenRows.push(r);
    const cells: Cell[] = [],
      formulas: (string | null)[] = [],
      formats: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        cells.push(EMPTY);
        formulas.push(null);
        formats.push(null);
        continue;
      }
      // A merged range's value lives in its top-left cell only, as Excel reports it; ExcelJS repeats it in every cell.
      const mergedAway = cell.master !== cell;
      cells.push(mergedAway ? EMPTY : toCell(cell.value));
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
