import type { Cell, CellWrite } from "../cells";
import { EMPTY, numberCell } from "../cells";
import type { SheetSnapshot } from "../port";

/**
 * Everything the safety net keeps of one cell: what it shows, the formula behind
 * it, its number format, its solid fill and its note. A null means "none"
 * (General for the number format).
 */
export interface CellState {
  value: Cell;
  formula: string | null;
  numFmt: string | null;
  fill: string | null;
  note: string | null;
}

export const EMPTY_STATE: CellState = Object.freeze({ value: EMPTY, formula: null, numFmt: null, fill: null, note: null });

/** Cells are keyed by one number: row * KEY_WIDTH + column (Excel has 16.384 columns). */
export const KEY_WIDTH = 20000;
export const cellKey = (row: number, col: number): number => row * KEY_WIDTH + col;
export const keyRow = (key: number): number => Math.floor(key / KEY_WIDTH);
export const keyCol = (key: number): number => key % KEY_WIDTH;

/** "General" and no format at all look the same to the user. */
export function normFormat(format: string | null | undefined): string | null {
  return !format || format === "General" ? null : format;
}

/** Empty text is an empty cell (ExcelJS and Excel both read it so). */
export function normCell(cell: Cell | undefined): Cell {
  if (!cell || (cell.type === "text" && cell.value === "")) return EMPTY;
  return cell;
}

/** The state of a cell in a snapshot; cells outside the used range are empty. */
export function stateAt(sheet: SheetSnapshot, row: number, col: number, address: string): CellState {
  const r = row - sheet.top;
  const c = col - sheet.left;
  const value = normCell(sheet.cells[r]?.[c]);
  const formula = sheet.formulas[r]?.[c] ?? null;
  const numFmt = normFormat(sheet.numberFormats[r]?.[c]);
  const fill = sheet.fills[address]?.toUpperCase() ?? null;
  const note = sheet.notes[address] ?? null;
  if (value.type === "empty" && !formula && !numFmt && !fill && !note) return EMPTY_STATE;
  return { value, formula, numFmt, fill, note };
}

/** A number as a cell gives it back once stored: the double's shortest form, as the adapters read it. */
export function canonicalNumberText(value: string): string {
  const n = Number(value);
  if (Number.isSafeInteger(n)) return String(n);
  const cell = numberCell(n);
  return cell.type === "number" ? cell.value : String(n);
}

const canonicalNumber = (value: string): Cell => ({ type: "number", value: canonicalNumberText(value) });

/** True when a cell holding (value, formula) already holds what the write would put there. */
export function holdsWrite(value: Cell, formula: string | null, w: CellWrite): boolean {
  switch (w.type) {
    case "empty":
      return value.type === "empty" && !formula;
    case "number":
      return !formula && value.type === "number" && (value.value === w.value || value.value === canonicalNumberText(w.value));
    case "text":
      return !formula && (w.value === "" ? value.type === "empty" : value.type === "text" && value.value === w.value);
    case "formula":
      return (
        formula === (w.formula.startsWith("=") ? w.formula : `=${w.formula}`) &&
        (w.cachedText !== undefined
          ? value.type === "text" && value.value === w.cachedText
          : w.cached === undefined
            ? value.type === "empty"
            : value.type === "number" && (value.value === w.cached || value.value === canonicalNumberText(w.cached)))
      );
  }
}

/** What a cell holds after a CellWrite: its value (a formula's cached result) and formula. */
export function contentOfWrite(w: CellWrite): { value: Cell; formula: string | null } {
  switch (w.type) {
    case "empty":
      return { value: EMPTY, formula: null };
    case "number":
      return { value: canonicalNumber(w.value), formula: null };
    case "text":
      return { value: w.value === "" ? EMPTY : { type: "text", value: w.value }, formula: null };
    case "formula":
      return {
        value:
          w.cachedText !== undefined ? { type: "text", value: w.cachedText } : w.cached === undefined ? EMPTY : canonicalNumber(w.cached),
        formula: w.formula.startsWith("=") ? w.formula : `=${w.formula}`,
      };
  }
}

/** True when the cell holds something the user could have typed: a value or a formula. */
export function hasContent(s: CellState): boolean {
  return s.value.type !== "empty" || s.formula !== null;
}
