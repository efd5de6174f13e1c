import { EMPTY, numberCell, type Cell } from "../workbook/cells";
import { finding } from "../core/findings/finding";
import { WorkbookReadError } from "./errors";

/**
 * What Excel returns for a used range, turned into the port's cells. Office.js
 * gives numbers, strings and booleans; an error value arrives as its text
 * ("#DIV/0!", told from text by valueTypes), a date as a serial number with a
 * date format.
 */

/** A number format that shows a date or a time ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", "h:mm"). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format === "General" || format === "@") return false;
  const section = format.split(";")[0];
  const bare = section
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/\[(?:\$[^\]]*|[a-z]+)\]/gi, "") // locale [$-42A] and colour [Red]
    .replace(/[_*]./g, ""); // padding
  return /[dmyhs]/i.test(bare);
}

/** Days from Excel's 1900 date system to an ISO timestamp (UTC), as ExcelJS reads dates. */
export function serialToIso(serial: number): string {
  // Excel counts 29/02/1900, which did not exist: serials from 61 on are one day ahead.
  const epoch = serial >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + Math.round(serial * 86_400_000)).toISOString();
}

/** A cell from its value, its number format and its value type ("Error" tells an error from text that reads "#N/A"). */
export function toCell(value: unknown, numberFormat: unknown, valueType?: unknown): Cell {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (valueType === "Error") return { type: "error", value: String(value) };
  if (typeof value === "number") return isDateFormat(numberFormat) ? { type: "date", value: serialToIso(value) } : numberCell(value);
  if (typeof value === "boolean") return { type: "bool", value };
  return { type: "text", value: String(value) };
}

/**
 * The formula of a cell, or null. Office.js returns a constant's value in
 * `formulas` too; a text cell that merely looks like a formula (written with
 * an apostrophe) is told apart by its value being that same text.
 */
export function toFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return formula === value ? null : formula;
}

/** A number format as the port reports it: Excel's "General" is the absence of one, as in the .xlsx adapter. */
export function toNumberFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "" && format !== "General" ? format : null;
}

export interface LoadedGrid {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** Cells, formulas and formats of a loaded range, row by row. */
export function gridToSnapshot(grid: LoadedGrid): { cells: Cell[][]; formulas: (string | null)[][]; numberFormats: (string | null)[][] } {
  if (![grid.values, grid.formulas, grid.numberFormat, grid.valueTypes].every(Array.isArray))
    // Excel may answer null for a range over 5.000.000 cells instead of failing (readSheets.ts reads such a range in slices).
    throw new WorkbookReadError(
      finding(
        "error",
        "read-no-values",
        "Excel không trả về giá trị của vùng cần đọc (vùng quá 5.000.000 ô?). Chạy lại lệnh.",
        "Excel returned no values for the range read (a range over 5,000,000 cells?). Run the command again.",
      ),
      "RangeExceedsLimit",
    );
  const cells: Cell[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  grid.values.forEach((row, i) => {
    const f = grid.formulas[i] ?? [];
    const n = grid.numberFormat[i] ?? [];
    const t = grid.valueTypes[i] ?? [];
    cells.push(row.map((v, j) => toCell(v, n[j], t[j])));
    formulas.push(row.map((v, j) => toFormula(f[j], v)));
    numberFormats.push(row.map((_v, j) => toNumberFormat(n[j])));
  });
  return { cells, formulas, numberFormats };
}

/** "'Kế hoạch'!A1:C1,'Kế hoạch'!A5:B5" -> ["A1:C1", "A5:B5"]. */
export function mergedAreas(address: string): string[] {
  return (address.match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?=,|$)/g) ?? []).map((a) => a.replace(/\$/g, ""));
}
