import type Decimal from "decimal.js";
import { numberWidth } from "../attachment/columns";

/** The columns of the Quyết toán tables, left to right (A..G): the same seven for every table of the sheet. */
export const SETTLEMENT_HEADERS = ["STT", "Nội dung", "Dự toán", "Thực hiện", "Chênh lệch", "Tỷ lệ thực hiện (%)", "Ghi chú"] as const;

/** The row under the headers numbering the columns, with the rules of Chênh lệch and Tỷ lệ. */
export const SETTLEMENT_INDEX = ["1", "2", "3", "4", "5 = 3 - 4", "6 = 4 / 3", "7"] as const;

export const SC = { stt: 1, name: 2, estimate: 3, actual: 4, difference: 5, rate: 6, note: 7 } as const;

/** A rate in percent with one decimal ("41,7" on a Vietnamese machine). */
export const RATE_FORMAT = "0.0";

/**
 * Widths in Excel character units, about 95 in all: A4 portrait between the
 * attachment's margins, so the fit-to-width scale stays near 100%. Money columns
 * widen for large amounts (and a minus sign) rather than show "###".
 */
export function settlementWidths(largestAmount: Decimal): number[] {
  const money = Math.max(12, numberWidth(largestAmount) + 2);
  return [5, 29, money, money, money, 9, 16];
}
