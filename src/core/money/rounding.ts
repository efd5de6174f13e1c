import Decimal from "decimal.js";

/** The one rounding rule, chosen by the user: to the đồng or to the thousand đồng, half up. */
export type RoundingRule = "dong" | "thousand";

export const DEFAULT_ROUNDING: RoundingRule = "dong";

export function roundAmount(amount: Decimal, rule: RoundingRule): Decimal {
  if (rule === "thousand") {
    return amount.dividedBy(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(1000);
  }
  return amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

export function parseRoundingRule(text: string | undefined): RoundingRule | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (["dong", "đồng", "1", "unit"].includes(t)) return "dong";
  if (["thousand", "nghin", "nghìn", "ngan", "ngàn", "1000"].includes(t)) return "thousand";
  return undefined;
}
