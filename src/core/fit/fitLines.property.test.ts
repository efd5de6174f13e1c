import fc from "fast-check";
import type { CapType } from "../norms/norm";
import { money, sum } from "../money/money";
import { roundAmount, type RoundingRule } from "../money/rounding";
import type { LineItem } from "../recipes";
import { apportion, apportionWithin } from "./apportion";
import { fitLines, lawfulRange, ROUNDING_LINE } from "./fitLines";

/*
 * For random activities and targets: a reachable target is always reached exactly,
 * after the rounding rule; no capped line goes above its level, no fixed line
 * moves, no quantity changes, no amount is negative; an unreachable target changes
 * nothing and gives the lawful range.
 */

const CAPS: CapType[] = ["actual", "max", "lump_sum"];

const lineArb = (rounding: RoundingRule) =>
  fc
    .record({
      cap: fc.constantFrom(...CAPS),
      quantity: fc.oneof(fc.integer({ min: 1, max: 300 }).map(String), fc.constantFrom("2.5", "0.5", "12.25")),
      unitCost: fc.integer({ min: 1, max: 5_000_000 }).map(String),
    })
    .map(({ cap, quantity, unitCost }): LineItem => {
      const q = money(quantity);
      const u = money(unitCost);
      return {
        description: `${cap} ${quantity}`,
        unit: "đv",
        quantity: q,
        unitCost: u,
        amount: roundAmount(q.times(u), rounding),
        basis: "b",
        status: "estimate",
        cap,
      };
    });

const caseArb = fc.constantFrom<RoundingRule>("dong", "thousand").chain((rounding) =>
  fc.record({
    rounding: fc.constant(rounding),
    lines: fc.array(lineArb(rounding), { minLength: 1, maxLength: 6 }),
    /** The target as a share of twice the current total (then made a whole step). */
    share: fc.integer({ min: 0, max: 2000 }),
  }),
);

describe("fitLines, for random activities and targets", () => {
  it("reaches every reachable target exactly, within the law; leaves the unreachable ones alone", () => {
    fc.assert(
      fc.property(caseArb, ({ rounding, lines, share }) => {
        const step = money(rounding === "thousand" ? 1000 : 1);
        const current = sum(lines.map((l) => l.amount));
        const target = current.times(share).dividedBy(1000).dividedBy(step).floor().times(step);
        const range = lawfulRange(lines);
        const reachable = target.greaterThanOrEqualTo(range.min) && (range.max === undefined || target.lessThanOrEqualTo(range.max));
        const fit = fitLines(lines, target, rounding);
        if (!reachable) {
          expect(fit).toEqual({ ok: false, range });
          return;
        }
        if (!fit.ok) throw new Error(`reachable target ${target.toFixed()} not reached`);
        expect(sum(fit.lines.map((l) => l.amount)).toFixed()).toBe(target.toFixed());
        lines.forEach((before, i) => {
          const after = fit.lines[i];
          expect(after.quantity.eq(before.quantity)).toBe(true);
          expect(after.amount.eq(roundAmount(after.quantity.times(after.unitCost), rounding))).toBe(true);
          expect(after.amount.isNegative()).toBe(false);
          if (before.cap === "max") expect(after.unitCost.lessThanOrEqualTo(before.unitCost)).toBe(true);
          if (before.cap === "lump_sum") expect(after).toBe(before);
        });
        for (const extra of fit.lines.slice(lines.length)) {
          expect(extra.description).toBe(ROUNDING_LINE);
          expect(extra.amount.isNegative()).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("apportion", () => {
  it("splits a total in proportion, in whole steps, adding up exactly", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(1, 1000),
        (weights, units, stepNumber) => {
          const step = money(stepNumber);
          const total = money(units).times(step);
          const parts = apportion(total, weights.map(money), step);
          expect(sum(parts).eq(total)).toBe(true);
          for (const p of parts) expect(p.mod(step).isZero() && !p.isNegative()).toBe(true);
        },
      ),
    );
  });

  it("87.000.000 over 20.800.000 : 52.000.000 : 2.400.000 : 11.800.000 gives those amounts back", () => {
    const parts = apportion(money(87000000), ["20800000", "52000000", "2400000", "11800000"].map(money), money(1));
    expect(parts.map((p) => p.toFixed())).toEqual(["20800000", "52000000", "2400000", "11800000"]);
  });

  it("within bounds: a share below an item's minimum holds it there and the others share the rest", () => {
    const parts = apportionWithin(
      money(100),
      [
        { weight: money(1), min: money(40) },
        { weight: money(1), min: money(0) },
        { weight: money(2), min: money(0), max: money(30) },
      ],
      money(1),
    );
    // 25 : 25 : 50 -> the first held at 40 and the third at 30; the second takes the 30 left.
    expect(parts?.map((p) => p.toFixed())).toEqual(["40", "30", "30"]);
    expect(apportionWithin(money(10), [{ weight: money(1), min: money(20) }], money(1))).toBeUndefined();
  });
});
