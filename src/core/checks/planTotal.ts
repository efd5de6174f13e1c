import type Decimal from "decimal.js";
import { sum } from "../money/money";
import type { QuarterPlan } from "../phasing/quarterPlan";

/**
 * The plan's grand total as the checks against the allocation see it: each
 * activity's amount (its complete estimate, else the Kinh phí kế hoạch it
 * states), added up. Activities with neither count as 0 (the estimate's own
 * findings say why).
 */
export function planTotal(quarters: readonly QuarterPlan[]): Decimal {
  return sum(quarters.flatMap((q) => (q.amount ? [q.amount] : [])));
}

/** Quý I..IV of the whole plan: the activities' quarterly plans added up. */
export function planQuarterTotals(quarters: readonly QuarterPlan[]): Decimal[] {
  return [0, 1, 2, 3].map((i) => sum(quarters.map((q) => q.quarters[i])));
}
