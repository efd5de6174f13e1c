import type { CellWrite } from "../workbook/cells";

/**
 * Writing a string into `Range.values` (or `formulas`) is like typing it: Excel
 * turns "=..." into a formula, "+1"/"-x"/"@x" into a formula or a number, "12"
 * and "1.234" into numbers, "6/2020" or "Mar 5" into dates, "TRUE" into a
 * boolean. The port promises that text is written as text, so such text gets an
 * apostrophe in front — Excel's own prefix for "this is text": the cell shows
 * and returns the text without it, formulas see a text, and only that cell is
 * affected. (The other way, setting the cell's number format to "@" first,
 * would stay on the cell: a formula written there later would show as text.)
 */

/** Text Excel could read as something else when typed. Text starting with a letter is safe, except these. */
const LETTER_START_TRAPS = [
  /^(true|false)$/i,
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i, // English month: a date
  /^th[aá]ng\s*\d/i, // "tháng 6/2020" may be a date in a Vietnamese locale
];

export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  // Formula and injection starts (=, +, -, @, tab, CR, LF), an existing apostrophe, digits, signs, currency, spaces...
  if (!/^\p{L}/u.test(text)) return true;
  return LETTER_START_TRAPS.some((re) => re.test(text));
}

/** The value to put in a written array for a cell. */
export function excelInput(cell: CellWrite): string | number {
  switch (cell.type) {
    case "empty":
      return "";
    case "number":
      // A decimal string becomes the double Excel stores; only at this edge does money become a number.
      return Number(cell.value);
    case "text":
      return needsTextPrefix(cell.value) ? `'${cell.value}` : cell.value;
    case "formula":
      return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
}

/**
 * A block of cell writes as one rectangle for one `Range.values`/`formulas`
 * assignment. Rows may be ragged in the port; a null in Office.js's array leaves
 * that cell as it is, so short rows are padded with null.
 */
export function rectangle(rows: readonly (readonly CellWrite[])[]): {
  width: number;
  values: (string | number | null)[][];
  hasFormula: boolean;
} {
  // reduce, not Math.max(...rows): a spread of 100.000 rows overflows the stack.
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  let hasFormula = false;
  const values = rows.map((row) => {
    const out: (string | number | null)[] = new Array(width).fill(null);
    row.forEach((cell, j) => {
      if (cell.type === "formula") hasFormula = true;
      out[j] = excelInput(cell);
    });
    return out;
  });
  return { width, values, hasFormula };
}

/** Number formats of a block padded to the rectangle; null leaves the cell's format as it is. */
export function formatRectangle(formats: readonly (readonly (string | null)[])[], height: number, width: number): (string | null)[][] {
  const out: (string | null)[][] = [];
  for (let i = 0; i < height; i++) {
    const row: (string | null)[] = new Array(width).fill(null);
    (formats[i] ?? []).forEach((f, j) => {
      if (j < width) row[j] = f ?? null;
    });
    out.push(row);
  }
  return out;
}
