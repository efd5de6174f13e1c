import type Decimal from "decimal.js";

/** The columns of the Dự toán table, left to right (A..G). */
export const ATTACHMENT_HEADERS = ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền", "Căn cứ / Ghi chú"] as const;

/** The row under the headers numbering the columns, with the rule of Thành tiền. */
export const COLUMN_INDEX = ["1", "2", "3", "4", "5", "6 = 4 x 5", "7"] as const;

export const COL = { stt: 1, name: 2, unit: 3, quantity: 4, unitCost: 5, amount: 6, basis: 7 } as const;
export const LAST_COL = 7;

/**
 * Widths in Excel character units. Together about 95 units: the printable width
 * of A4 portrait between the margins below, so the fit-to-width scale stays near
 * 100% and the text prints at its size. Money columns widen for large amounts
 * rather than show "###".
 */
export function columnWidths(largestAmount: Decimal, largestUnitCost: Decimal): number[] {
  return [5, 30, 10, 8, Math.max(10, numberWidth(largestUnitCost)), Math.max(12, numberWidth(largestAmount) + 1), 22];
}

/** Width units a whole amount needs with thousands separators, plus the cell's padding. */
export function numberWidth(value: Decimal): number {
  const digits = value.abs().toFixed(0).length;
  const separators = Math.floor((digits - 1) / 3);
  return Math.ceil(digits * 1.05 + separators * 0.55) + 2;
}

/** The columns of one attachment: the seven above, with a column per year between Thành tiền and Căn cứ for a whole period. */
export interface AttachmentColumns {
  headers: string[];
  /** The row numbering the columns, with the rule of Thành tiền. */
  index: string[];
  col: { stt: number; name: number; unit: number; quantity: number; unitCost: number; amount: number; basis: number };
  /** The year columns of a multi-year plan's whole-period attachment (none otherwise). */
  years: { year: number; col: number }[];
  last: number;
  widths: number[];
}

/**
 * A multi-year plan's whole-period attachment (Hà Giang 2016-2020): Năm 2016 … Năm
 * 2020 after Thành tiền, which is then their sum ("6 = 7 + … + 11"); printed
 * landscape. Without years: the seven columns of a one-year attachment.
 */
export function attachmentColumns(
  years: readonly number[],
  largestAmount: Decimal,
  largestUnitCost: Decimal,
  largestYearAmount: Decimal,
): AttachmentColumns {
  const base = columnWidths(largestAmount, largestUnitCost);
  if (years.length === 0) {
    return { headers: [...ATTACHMENT_HEADERS], index: [...COLUMN_INDEX], col: { ...COL }, years: [], last: LAST_COL, widths: base };
  }
  const first = COL.amount + 1;
  const basis = first + years.length;
  const yearWidth = Math.max(11, numberWidth(largestYearAmount) + 1);
  return {
    headers: [...ATTACHMENT_HEADERS.slice(0, COL.amount), ...years.map((y) => `Năm ${y}`), ATTACHMENT_HEADERS[COL.basis - 1]],
    index: [
      ...COLUMN_INDEX.slice(0, COL.amount - 1),
      years.length === 1 ? `6 = ${first}` : `6 = ${first} + … + ${basis - 1}`,
      ...years.map((_, i) => String(first + i)),
      String(basis),
    ],
    col: { ...COL, basis },
    years: years.map((year, i) => ({ year, col: first + i })),
    last: basis,
    widths: [...base.slice(0, COL.amount), ...years.map(() => yearWidth), base[COL.basis - 1]],
  };
}

/** Inches; left wider for binding, as administrative documents are. */
export const MARGINS = { left: 0.8, right: 0.5, top: 0.6, bottom: 0.6 } as const;
