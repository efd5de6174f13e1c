import type { Cell } from "../workbook/cells";
import { formatVnd, money } from "../core/money/money";

/** Decimal places a "#,##0.00" / "#,##0.##" format shows: [at least, at most]. */
function decimalsOf(format: string): [number, number] {
  const frac = /\.([0#]+)/.exec(format)?.[1] ?? "";
  return [frac.replace(/#/g, "").length, frac.length];
}

/**
 * What a cell shows, as Excel shows it under a Vietnamese locale: "#,##0" groups
 * thousands with dots (121.600.000), decimals take a comma, dates read dd/mm/yyyy.
 */
export function displayText(cell: Cell, numFmt: string | null): string {
  switch (cell.type) {
    case "empty":
      return "";
    case "text":
    case "error":
      return cell.value;
    case "bool":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return cell.value.slice(0, 10).split("-").reverse().join("/");
    case "number": {
      const value = money(cell.value);
      if (numFmt && numFmt.includes("#,##0")) {
        const [min, max] = decimalsOf(numFmt);
        const shown = formatVnd(value.toDecimalPlaces(max));
        const [int, frac = ""] = shown.split(",");
        const digits = frac.padEnd(min, "0");
        return digits ? `${int},${digits}` : int;
      }
      return value.toDecimalPlaces(10).toFixed().replace(".", ",");
    }
  }
}
