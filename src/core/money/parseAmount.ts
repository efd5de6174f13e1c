import type Decimal from "decimal.js";
import { foldText } from "../text/fold";
import { money } from "./money";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; reasonEn: string };

const MULTIPLIERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\s*(ty|ti)$/, "1000000000"],
  [/\s*(trieu|tr\.?)$/, "1000000"], // "20,8 tr.đ": tr.đ abbreviates triệu đồng
  [/\s*(nghin|ngan|k)$/, "1000"],
];

const CURRENCY = /\s*(dong|vnd|vnđ|d|đ)\.?$/;

function invalid(text: string): Parsed<Decimal> {
  return {
    ok: false,
    reason: `"${text}" không phải là số tiền hoặc số lượng đọc được`,
    reasonEn: `"${text}" is not a readable amount or number`,
  };
}

/**
 * Reads a number the way officers type it: 1.234.567 (dot groups thousands),
 * 2,5 (comma marks decimals), the English forms 1,234,567 and 2.5, with
 * "đồng"/"đ"/"VND" after it, and "20,8 triệu" or "1,2 tỷ". A single separator
 * followed by exactly three digits groups thousands ("1.234" = 1234); otherwise
 * it marks decimals. Anything else is an error, never a silent 0.
 */
export function parseVietnameseNumber(input: string): Parsed<Decimal> {
  let text = foldText(input.replace(/[\u00a0\u202f]/g, " "));
  if (!text) return invalid(input);
  text = text.replace(CURRENCY, "");
  let multiplier = "1";
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(text)) {
      text = text.replace(pattern, "");
      multiplier = factor;
      break;
    }
  }
  text = text.replace(CURRENCY, "").replace(/\s+/g, "");
  let sign = "";
  if (/^[-+]/.test(text)) {
    sign = text[0] === "-" ? "-" : "";
    text = text.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return invalid(input);

  const normalised = normaliseSeparators(text, multiplier !== "1");
  if (normalised === undefined) return invalid(input);
  return { ok: true, value: money(sign + normalised).times(multiplier) };
}

/** Returns the digits with "." as the only (decimal) separator, or undefined when the grouping is malformed. */
function normaliseSeparators(text: string, hasMultiplier: boolean): string | undefined {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  const grouped = (digits: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(digits);
  if (dots === 0 && commas === 0) return text;
  if (dots > 0 && commas > 0) {
    const decimalSep = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const groupSep = decimalSep === "," ? "." : ",";
    const [intPart, frac, extra] = text.split(decimalSep);
    if (extra !== undefined || !grouped(intPart, groupSep)) return undefined;
    return `${intPart.split(groupSep).join("")}.${frac}`;
  }
  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return grouped(text, sep) ? text.split(sep).join("") : undefined;
  const [intPart, frac] = text.split(sep);
  if (!hasMultiplier && frac.length === 3 && intPart !== "0") return intPart + frac;
  return `${intPart}.${frac}`;
}
