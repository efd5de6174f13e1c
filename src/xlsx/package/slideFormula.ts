import { columnLetter, columnNumber, parseRange } from "../../workbook/address";

const TOKEN = /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(!])/g;

/**
 * A formula of a shared-formula group as it reads in another cell of the group:
 * relative references move by the distance between the cells, absolute ones stay.
 * Text in quotes and quoted sheet names are left alone.
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const a = parseRange(from);
  const b = parseRange(to);
  const dr = b.top - a.top;
  const dc = b.left - a.left;
  return formula.replace(TOKEN, (m, str, sheet, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (str || sheet) return m;
    const c = columnNumber(col.toUpperCase());
    if (c > 16384) return m;
    const newCol = colAbs ? c : c + dc;
    const newRow = rowAbs ? Number(row) : Number(row) + dr;
    return `${colAbs}${columnLetter(newCol)}${rowAbs}${newRow}`;
  });
}
