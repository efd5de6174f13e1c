import Decimal from "decimal.js";
import type { Quarter } from "../plan/plan";
import { ZERO, money } from "../money/money";

/**
 * Spreads an amount over the scheduled quarters: an even split, rounded down to
 * the step (1 đồng, or 1.000 when the plan rounds to the thousand), and the
 * remainder in the last scheduled quarter, so the four cells add up to the
 * amount exactly. Quarters outside the schedule get 0. Returns Quý I..IV.
 */
export function spreadOverQuarters(amount: Decimal, scheduled: readonly Quarter[], step: Decimal.Value = 1): Decimal[] {
  const quarters = [...new Set(scheduled)].sort((a, b) => a - b);
  const out = [ZERO, ZERO, ZERO, ZERO];
  if (quarters.length === 0) return out;
  const unit = money(step);
  const share = amount.dividedBy(quarters.length).dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_DOWN).times(unit);
  for (const q of quarters) out[q - 1] = share;
  const last = quarters[quarters.length - 1];
  out[last - 1] = amount.minus(share.times(quarters.length - 1));
  return out;
}
