import type Decimal from "decimal.js";
import type { CellRef } from "../../core/plan/plan";
import { parseDate, type IsoDate } from "../../core/dates/isoDate";
import { ZERO } from "../../core/money/money";
import { foldText } from "../../core/text/fold";
import { a1 } from "../address";
import { cellText } from "../cells";
import { bottomRow, cellAt, rightColumn, type SheetSnapshot } from "../port";
import { readNumberCell } from "../readCell";

/** A spending line as the Chi tiết dự toán sheet holds it, with its Thành tiền cell. */
export interface BreakdownLine {
  description: string;
  unit: string;
  normCode?: string;
  quantity: Decimal;
  amount: Decimal;
  cell: CellRef;
}

export interface BreakdownActivity {
  lines: BreakdownLine[];
}

/** What the unit's Chi tiết dự toán sheet (written by the add-in) says. */
export interface BreakdownReading {
  /** The lines of each activity, by its Kế hoạch row ("Dòng kế hoạch"). */
  activities: Map<number, BreakdownActivity>;
  /** "Định mức áp dụng ngày 19/03/2020, tỉnh Trà Vinh": the norms the estimate was written with. */
  normsDate?: IsoDate;
  province?: string;
  /** Some line keeps the norm's level beside a fitted one: the estimate was fitted to the plan or the allocation. */
  fitted: boolean;
}

type Column = "stt" | "description" | "unit" | "quantity" | "amount" | "normCode" | "planRow" | "normAmount";

/** The breakdown's headers (src/workbook/writeEstimate.ts), folded, by what they hold. */
const HEADERS: Record<string, Column> = {
  stt: "stt",
  "noi dung chi": "description",
  "don vi tinh": "unit",
  "so luong": "quantity",
  "thanh tien (dong)": "amount",
  "ma dinh muc": "normCode",
  "dong ke hoach": "planRow",
  "thanh tien theo dinh muc (dong)": "normAmount",
};

const NORMS_LINE = /ngày (\d{1,2}\/\d{1,2}\/\d{4})(?:,\s*tỉnh\s+([^;]+))?/iu;

/**
 * Reads the spending lines the add-in wrote on Chi tiết dự toán: a row naming its
 * Kế hoạch row ("Kế hoạch!4") starts an activity, the "-" rows under it are its
 * lines, TỔNG CỘNG ends the table. Undefined when the sheet is not laid out so.
 */
export function readBreakdown(sheet: SheetSnapshot | undefined): BreakdownReading | undefined {
  if (!sheet) return undefined;
  const last = bottomRow(sheet);
  let headerRow: number | undefined;
  const cols: Partial<Record<Column, number>> = {};
  for (let row = sheet.top; row <= Math.min(last, sheet.top + 10) && headerRow === undefined; row++) {
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const field = HEADERS[foldText(cellText(cellAt(sheet, row, col)))];
      if (field) cols[field] = col;
    }
    if (cols.description !== undefined && cols.amount !== undefined && cols.planRow !== undefined) headerRow = row;
    else for (const k of Object.keys(cols)) delete cols[k as Column];
  }
  if (headerRow === undefined) return undefined;
  const reading: BreakdownReading = { activities: new Map(), fitted: false };
  for (let row = sheet.top; row < headerRow; row++) {
    const m = NORMS_LINE.exec(cellText(cellAt(sheet, row, sheet.left)).normalize("NFC"));
    const date = m && parseDate(m[1]);
    if (date && date.ok) {
      reading.normsDate = date.date;
      reading.province = m[2]?.trim() || undefined;
    }
  }
  const text = (row: number, c: Column) => (cols[c] === undefined ? "" : cellText(cellAt(sheet, row, cols[c]!)).trim());
  const number = (row: number, c: Column) =>
    cols[c] === undefined ? undefined : readNumberCell(cellAt(sheet, row, cols[c]!), sheet.name, a1(row, cols[c]!), "", "").value;
  let current: BreakdownActivity | undefined;
  for (let row = headerRow + 1; row <= last; row++) {
    const description = text(row, "description");
    // "TỔNG CỘNG" ends the table (folded only when short enough to be it: every row is looked at).
    if (description.length <= 24 && foldText(description) === "tong cong") break;
    const planRow = /!\s*(\d+)\s*$/.exec(text(row, "planRow"));
    if (planRow) {
      current = { lines: [] };
      reading.activities.set(Number(planRow[1]), current);
      continue;
    }
    const amount = number(row, "amount");
    if (!current || amount === undefined || !description) continue;
    if (number(row, "normAmount") !== undefined) reading.fitted = true;
    current.lines.push({
      description,
      unit: text(row, "unit"),
      normCode: text(row, "normCode") || undefined,
      quantity: number(row, "quantity") ?? ZERO,
      amount,
      cell: { sheet: sheet.name, address: a1(row, cols.amount!) },
    });
  }
  return reading;
}
