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
      return withinExcel(money(cell.value), sheet, address, label, labelEn);
    case "text": {
      if (cell.value.trim() === "" || /^[-–—]$/.test(cell.value.trim())) return {};
      const parsed = parseVietnameseNumber(cell.value);
      if (parsed.ok) return withinExcel(parsed.value, sheet, address, label, labelEn);
      return {
        finding: finding(
          "error",
          "not-a-number",
          `Ô ${sheet}!${address} (${label}): ${parsed.reason}`,
          `Cell ${sheet}!${address} (${labelEn}): ${parsed.reasonEn}`,
          where,
        ),
      };
    }
    case "error":
      return {
        finding: finding(
          "error",
          "error-value",
          `Ô ${sheet}!${address} (${label}) chứa giá trị lỗi ${cell.value}`,
          `Cell ${sheet}!${address} (${labelEn}) holds the error value ${cell.value}`,
          where,
        ),
      };
    case "bool":
      // TRUE is not 1 and FALSE is not 0 here: a tick box or a comparison typed in a number column is a mistake to show.
      return {
        finding: finding(
          "error",
          "not-a-number",
          `Ô ${sheet}!${address} (${label}) chứa giá trị logic ${cell.value ? "TRUE" : "FALSE"}, không phải là số; add-in không tính nó là ${cell.value ? 1 : 0}. Nhập số vào ô này.`,
          `Cell ${sheet}!${address} (${labelEn}) holds the logical value ${cell.value ? "TRUE" : "FALSE"}, not a number; the add-in does not count it as ${cell.value ? 1 : 0}. Type a number in it.`,
          where,
        ),
      };
    default:
      return {
        finding: finding(
          "error",
          "not-a-number",
          `Ô ${sheet}!${address} (${label}) không phải là số`,
          `Cell ${sheet}!${address} (${labelEn}) is not a number`,
          where,
        ),
      };
  }
}

/** 10^15: Excel keeps 15 significant digits, and amounts in words stop at 999.999.999.999.999 đồng. */
const TOO_LARGE = money("1e15");

/** A number no plan can mean (a quantity of 10^15) is a finding, not an amount Excel would round. */
function withinExcel(value: Decimal, sheet: string, address: string, label: string, labelEn: string): CellReading {
  if (value.abs().lt(TOO_LARGE)) return { value };
  return {
    finding: finding(
      "error",
      "number-too-large",
      `Ô ${sheet}!${address} (${label}): số ${value.toFixed()} quá lớn (từ 10^15 trở lên Excel không giữ được chính xác); kiểm tra lại`,
      `Cell ${sheet}!${address} (${labelEn}): the number ${value.toFixed()} is too large (from 10^15 on Excel cannot keep it exactly); check it`,
      { sheet, address },
    ),
  };
}
