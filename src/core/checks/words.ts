import type Decimal from "decimal.js";
import { formatVnd, toDecimalString } from "../money/money";
import type { CellRef, Quarter } from "../plan/plan";

/** 87000000 -> "87.000.000 đồng" (Vietnamese messages). */
export const vnd = (d: Decimal): string => `${formatVnd(d)} đồng`;

/** 87000000 -> "87,000,000 VND" (English messages). */
export function en(d: Decimal): string {
  const [int, frac] = d.abs().toFixed().split(".");
  return `${d.isNegative() ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""} VND`;
}

export const QUARTER_VN = ["", "Quý I", "Quý II", "Quý III", "Quý IV"] as const;
export const QUARTER_EN = ["", "Q1", "Q2", "Q3", "Q4"] as const;

export const quartersVn = (qs: readonly Quarter[]): string => qs.map((q) => QUARTER_VN[q]).join(", ");
export const quartersEn = (qs: readonly Quarter[]): string => qs.map((q) => QUARTER_EN[q]).join(", ");

/** A share as a percentage with one decimal: 0.4166.. -> "41,7%" / "41.7%". */
export function percent(part: Decimal, whole: Decimal): { vn: string; en: string; value: Decimal } {
  const value = part.dividedBy(whole).times(100);
  const fixed = value.toDecimalPlaces(1).toFixed(1);
  return { vn: `${fixed.replace(".", ",")}%`, en: `${fixed}%`, value };
}

/** The amounts of a finding as decimal strings. */
export function amounts(values: Record<string, Decimal | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = toDecimalString(v);
  return out;
}

/** The cells of one sheet as one A1 range when they form a row or column run ("L3:O3"), else the first one. */
export function spanOf(cells: readonly CellRef[]): CellRef | undefined {
  if (cells.length === 0) return undefined;
  if (cells.length === 1) return cells[0];
  const first = cells[0].address;
  const last = cells[cells.length - 1].address;
  return { sheet: cells[0].sheet, address: `${first}:${last}` };
}

/** "Dòng 3 (Tổ chức hội nghị)" / "Row 3 (Tổ chức hội nghị)". */
export const rowLabel = (row: number, name: string) => ({ vn: `Dòng ${row} (${name})`, en: `Row ${row} (${name})` });

export const where = (cell: CellRef | undefined) => (cell ? { sheet: cell.sheet, range: cell.address } : undefined);
