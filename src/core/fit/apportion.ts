import Decimal from "decimal.js";
import { sum, ZERO } from "../money/money";

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of `step`
 * (1 đồng, or 1.000 under the thousand rule), adding up to `total` exactly: every
 * part is rounded down and the steps left over go to the largest remainders
 * (ties to the first). Equal parts when all weights are 0. `total` must be a
 * multiple of `step` and not negative.
 */
export function apportion(total: Decimal, weights: readonly Decimal[], step: Decimal): Decimal[] {
  if (weights.length === 0) return [];
  const base = sum(weights);
  const share = (w: Decimal) => (base.isZero() ? total.dividedBy(weights.length) : total.times(w).dividedBy(base));
  const exact = weights.map(share);
  const parts = exact.map((x) => x.dividedBy(step).floor().times(step));
  let left = total.minus(sum(parts)).dividedBy(step).toNumber();
  const order = exact.map((x, i) => ({ i, rest: x.minus(parts[i]) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i] = parts[order[k].i].plus(step);
  return parts;
}

export interface Bounded {
  weight: Decimal;
  min: Decimal;
  /** undefined: no upper bound. */
  max?: Decimal;
}

/**
 * Apportions `total` in proportion to the weights, but within each item's
 * bounds: an item whose share falls outside is held at its bound and the rest
 * is shared again among the others, until every share fits. Returns undefined
 * when no split can respect every bound (the total is below the sum of the
 * minimums or above the sum of the maximums).
 */
export function apportionWithin(total: Decimal, items: readonly Bounded[], step: Decimal): Decimal[] | undefined {
  const mins = sum(items.map((i) => i.min));
  if (total.lessThan(mins)) return undefined;
  if (items.every((i) => i.max !== undefined) && total.greaterThan(sum(items.map((i) => i.max!)))) return undefined;
  const held = new Map<number, Decimal>();
  for (;;) {
    const open = items.map((_, i) => i).filter((i) => !held.has(i));
    const rest = total.minus(sum([...held.values()]));
    const shares = apportion(
      Decimal.max(rest, ZERO),
      open.map((i) => items[i].weight),
      step,
    );
    let changed = false;
    open.forEach((i, k) => {
      const { min, max } = items[i];
      if (shares[k].lessThan(min)) {
        held.set(i, roundUp(min, step));
        changed = true;
      } else if (max !== undefined && shares[k].greaterThan(max)) {
        held.set(i, max.dividedBy(step).floor().times(step));
        changed = true;
      }
    });
    if (!changed) {
      const out = items.map((_, i) => held.get(i) ?? ZERO);
      open.forEach((i, k) => (out[i] = shares[k]));
      return sum(out).eq(total) ? out : undefined;
    }
    if (open.length === 0) return undefined;
  }
}

function roundUp(x: Decimal, step: Decimal): Decimal {
  return x.dividedBy(step).ceil().times(step);
}
