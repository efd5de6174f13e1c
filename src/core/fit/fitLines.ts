import Decimal from "decimal.js";
import { money, sum, ZERO } from "../money/money";
import { roundAmount, type RoundingRule } from "../money/rounding";
import type { LineItem } from "../recipes";

/**
 * How far the law lets a spending line move when the estimate is fitted to a
 * target: "fixed" a level the law fixes (a lump sum, khoán); "capped" at most
 * its level (tối đa), any amount down to 0; "free" a price by quote, contract or
 * estimate (theo thực tế, báo giá), up or down.
 */
export type Give = "fixed" | "capped" | "free";

export function giveOf(line: LineItem): Give {
  if (line.cap === "lump_sum") return "fixed";
  if (line.cap === "max") return "capped";
  return "free";
}

/** What the law allows an activity's lines to add up to: undefined max when a free line can grow. */
export interface LawfulRange {
  min: Decimal;
  max?: Decimal;
}

export function lawfulRange(lines: readonly LineItem[]): LawfulRange {
  const fixed = sum(lines.filter((l) => giveOf(l) === "fixed").map((l) => l.amount));
  const free = lines.some((l) => giveOf(l) === "free");
  const capped = sum(lines.filter((l) => giveOf(l) === "capped").map((l) => l.amount));
  return { min: fixed, max: free ? undefined : fixed.plus(capped) };
}

export type LineFit =
  | {
      ok: true;
      lines: LineItem[];
      /** True when lines capped by the law had to go below their level (the free lines could not absorb it). */
      cappedReduced: boolean;
      /** The line that took the rounding remainder (its description), if any. */
      remainderOn?: string;
      /** With `keepRemainder`: the đồng the whole-đồng unit costs could not reach (for another activity to take). */
      leftover?: Decimal;
    }
  | { ok: false; range: LawfulRange };

/** The named line that carries a rounding remainder no line of quantity 1 can take. */
export const ROUNDING_LINE = "Chênh lệch do làm tròn đơn giá";

/**
 * Fits an activity's lines to a target amount, within the law, exact to the đồng
 * after the rounding rule:
 * - free lines (quotes, estimates) absorb the difference first, in proportion;
 * - capped lines go down (never up) only when the free lines cannot absorb it;
 * - fixed lines never change; quantities never change.
 * Unit costs are whole đồng (never above a cap), so every printed line is
 * quantity × unit cost; what the whole-đồng unit costs leave over (a few đồng)
 * goes to the adjusted line of quantity 1 if there is one, else to a separate
 * named line, "Chênh lệch do làm tròn đơn giá", so that the printed lines add up
 * to the target and nothing is lost. An unreachable target changes nothing.
 */
export function fitLines(lines: readonly LineItem[], target: Decimal, rounding: RoundingRule, keepRemainder = false): LineFit {
  const range = lawfulRange(lines);
  const unreachable = target.lessThan(range.min) || (range.max !== undefined && target.greaterThan(range.max));
  const step = rounding === "thousand" ? money(1000) : money(1);
  if (unreachable || !target.mod(step).isZero() || target.isNegative()) return { ok: false, range };
  const current = sum(lines.map((l) => l.amount));
  if (current.eq(target)) return { ok: true, lines: [...lines], cappedReduced: false };

  const free = lines.filter((l) => giveOf(l) === "free");
  const capped = lines.filter((l) => giveOf(l) === "capped");
  const freeTotal = sum(free.map((l) => l.amount));
  const cappedTotal = sum(capped.map((l) => l.amount));
  const fixedTotal = current.minus(freeTotal).minus(cappedTotal);
  const desired = new Map<LineItem, Decimal>();
  let cappedReduced = false;
  const forFree = target.minus(fixedTotal).minus(cappedTotal);
  if (free.length && !forFree.isNegative()) {
    spread(free, forFree, desired);
  } else {
    // The free lines go to 0 (or there are none) and the capped lines share what is left, never above their level.
    for (const l of free) desired.set(l, ZERO);
    const forCapped = target.minus(fixedTotal);
    if (forCapped.greaterThan(cappedTotal)) return { ok: false, range };
    cappedReduced = forCapped.lessThan(cappedTotal);
    spread(capped, forCapped, desired);
  }
  return { ...toLines(lines, desired, target, rounding, keepRemainder), cappedReduced };
}

/** Shares `total` among lines in proportion to their amounts (equally when they are all 0). */
function spread(lines: readonly LineItem[], total: Decimal, into: Map<LineItem, Decimal>): void {
  const base = sum(lines.map((l) => l.amount));
  for (const l of lines) {
    into.set(l, base.isZero() ? total.dividedBy(lines.length) : total.times(l.amount).dividedBy(base));
  }
}

/** Whole-đồng unit costs for the desired amounts, then the remainder placed on one named line. */
function toLines(
  lines: readonly LineItem[],
  desired: ReadonlyMap<LineItem, Decimal>,
  target: Decimal,
  rounding: RoundingRule,
  keepRemainder: boolean,
): { ok: true; lines: LineItem[]; remainderOn?: string; leftover?: Decimal } {
  // Unit costs round down, so a capped line stays at or under its level and the remainder is never negative.
  const out = lines.map((l): LineItem => {
    const want = desired.get(l);
    if (want === undefined || l.quantity.isZero()) return l;
    let unitCost = Decimal.max(want.dividedBy(l.quantity).floor(), ZERO);
    if (giveOf(l) === "capped" && unitCost.greaterThan(l.unitCost)) unitCost = l.unitCost;
    return refit(l, unitCost, rounding);
  });
  // A fractional quantity or the thousand rule can still round a line above what it was given: take a đồng off.
  let remainder = target.minus(sum(out.map((l) => l.amount)));
  for (let guard = 0; remainder.isNegative() && guard < 1000; guard++) {
    const i = out.findIndex((l, j) => desired.has(lines[j]) && l.unitCost.greaterThan(0) && !l.quantity.isZero());
    if (i < 0) break;
    const down = Decimal.max(remainder.negated().dividedBy(out[i].quantity).ceil(), 1);
    out[i] = refit(out[i], Decimal.max(out[i].unitCost.minus(down), ZERO), rounding);
    remainder = target.minus(sum(out.map((l) => l.amount)));
  }
  // The changed lines take the remainder in whole đồng of unit cost, the largest quantities first
  // (2 cuộc x 17 đồng for 34 đồng), as far as their caps allow.
  const order = out
    .map((l, i) => i)
    .filter((i) => desired.has(lines[i]) && !out[i].quantity.isZero())
    .sort((a, b) => out[b].quantity.comparedTo(out[a].quantity));
  let remainderOn: string | undefined;
  for (const i of order) {
    if (remainder.isZero()) break;
    const l = out[i];
    const room = giveOf(l) === "capped" ? lines[i].unitCost.minus(l.unitCost) : undefined;
    let up = remainder.dividedBy(l.quantity).floor();
    if (room !== undefined) up = Decimal.min(up, room);
    if (!up.greaterThan(0)) continue;
    const next = refit(l, l.unitCost.plus(up), rounding);
    const nextRemainder = remainder.minus(next.amount.minus(l.amount));
    if (nextRemainder.isNegative()) continue;
    out[i] = next;
    remainder = nextRemainder;
    remainderOn = l.description;
  }
  if (remainder.isZero()) return { ok: true, lines: out, remainderOn };
  if (keepRemainder) return { ok: true, lines: out, remainderOn, leftover: remainder };
  out.push({
    description: ROUNDING_LINE,
    unit: "khoản",
    quantity: money(1),
    unitCost: remainder,
    amount: remainder,
    basis: "Làm tròn đơn giá đến đồng để tổng khớp kinh phí",
    status: "user",
    cap: "actual",
    quantityFrom: [{ value: money(1), label: "khoản" }],
  });
  return { ok: true, lines: out, remainderOn: ROUNDING_LINE };
}

/** The line at a new unit cost, remembering the norm's level. */
function refit(l: LineItem, unitCost: Decimal, rounding: RoundingRule): LineItem {
  const original = l.fitted ?? { unitCost: l.unitCost, amount: l.amount };
  return { ...l, unitCost, amount: roundAmount(l.quantity.times(unitCost), rounding), fitted: original };
}
