import type Decimal from "decimal.js";
import { parseVietnameseNumber } from "../money/parseAmount";
import { alignedFold, normaliseText } from "../text/alignedFold";

/**
 * Amounts of money stated in plan text: "20.800.000 đồng", "87.000.000 đ",
 * "20,8 triệu đồng", "1,2 tỷ đồng", "955.651.000 VNĐ". A number is money only
 * with its currency or its multiplier after it; never a float.
 */
export interface AmountMention {
  value: Decimal;
  index: number;
  end: number;
}

const AMOUNT =
  /(?<![a-z0-9.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:,\d+)?)\s*(?:(ty|trieu|nghin|ngan)\s*)?(dong|vnd|d)?(?![a-z0-9])/g;

export function findAmounts(text: string): AmountMention[] {
  const folded = alignedFold(normaliseText(text));
  const out: AmountMention[] = [];
  for (const m of folded.matchAll(AMOUNT)) {
    const [whole, number, multiplier, currency] = m;
    if (!multiplier && !currency) continue;
    const parsed = parseVietnameseNumber(multiplier ? `${number} ${multiplier}` : number);
    if (!parsed.ok) continue;
    const index = m.index ?? 0;
    out.push({ value: parsed.value, index, end: index + whole.length });
  }
  return out;
}

/** The first amount of money in a text, if any. */
export function firstAmount(text: string): Decimal | undefined {
  return findAmounts(text)[0]?.value;
}

/** The text with its amounts, parentheses and "Trong đó" taken out: the words an amount line names. */
export function amountLabel(text: string): string {
  const original = normaliseText(text);
  let label = "";
  let from = 0;
  for (const a of findAmounts(original)) {
    label += `${original.slice(from, a.index)} `;
    from = a.end;
  }
  label += original.slice(from);
  return label
    .replace(/\([^)]*\)/g, " ")
    .replace(/\b(?:Trong đó|trong đó|bao gồm|Bao gồm)\s*:?/g, " ")
    .replace(/\s+/g, " ")
    .replace(/[\s.:;,]+$/, "")
    .replace(/^[\s.:;,+\-–]+/, "")
    .trim();
}
