import type Decimal from "decimal.js";
import { money } from "../core/money/money";
import { parseVietnameseNumber } from "../core/money/parseAmount";
import { finding, type Finding } from "../core/findings/finding";
import type { Cell } from "./cells";

export type CellReading = { value?: Decimal; finding?: Finding };

/**
 * A number from a cell: a numeric cell, or text in either convention. Text that
 * is not a number, an error value, a boolean or a date is a finding naming the
 * cell, never a silent 0. An empty cell reads as undefined.
 */
export function readNumberCell(cell: Cell, sheet: string, address: string, label: string, labelEn: string): CellReading {
  const where = { sheet, address };
  switch (cell.type) {
    case "empty":
      return {};
    case "number":
      return { value: money(cell.value) };
    case "text": {
      if (cell.value.trim() === "" || /^[-–—]$/.test(cell.value.trim())) return {};
      const parsed = parseVietnameseNumber(cell.value);
      if (parsed.ok) return { value: parsed.value };
      return {
        finding: finding("error", "not-a-number", `Ô ${sheet}!${address} (${label}): ${parsed.reason}`, `Cell ${sheet}!${address} (${labelEn}): ${parsed.reasonEn}`, where),
      };
    }
    case "error":
      return {
        finding: finding("error", "error-value", `Ô ${sheet}!${address} (${label}) chứa giá trị lỗi ${cell.value}`, `Cell ${sheet}!${address} (${labelEn}) holds the error value ${cell.value}`, where),
      };
    default:
      return {
        finding: finding("error", "not-a-number", `Ô ${sheet}!${address} (${label}) không phải là số`, `Cell ${sheet}!${address} (${labelEn}) is not a number`, where),
      };
  }
}
