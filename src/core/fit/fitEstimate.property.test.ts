import fc from "fast-check";
import type { ActivityEstimate, Estimate } from "../estimate/estimate";
import { isoDate } from "../dates/isoDate";
import { selectNorms } from "../norms/select";
import type { CapType } from "../norms/norm";
import { money, sum } from "../money/money";
import { roundAmount } from "../money/rounding";
import type { Activity, Plan } from "../plan/plan";
import type { LineItem } from "../recipes";
import { fitEstimate } from "./fitEstimate";
import { lawfulRange } from "./fitLines";

/*
 * For random plans (activities of random lines, some stating their amount, in a
 * group or not) and random targets: every reachable target is met exactly, no line
 * leaves the law, and what cannot be reached gives the finding and changes nothing.
 */

const lineArb = fc
  .record({
    cap: fc.constantFrom<CapType>("actual", "max", "lump_sum"),
    quantity: fc.integer({ min: 1, max: 150 }),
    unitCost: fc.integer({ min: 1000, max: 3_000_000 }),
  })
  .map(({ cap, quantity, unitCost }): LineItem => {
    const q = money(quantity);
    const u = money(unitCost);
    return {
      description: cap,
      unit: "đv",
      quantity: q,
      unitCost: u,
      amount: roundAmount(q.times(u), "dong"),
      basis: "b",
      status: "estimate",
      cap,
    };
  });

const activityArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
  statedShare: fc.option(fc.integer({ min: 0, max: 200 })),
});

function planOf(specs: { lines: LineItem[]; statedShare: number | null }[], grouped: boolean): { plan: Plan; estimate: Estimate } {
  const activities: ActivityEstimate[] = specs.map(({ lines, statedShare }, i) => {
    const amount = sum(lines.map((l) => l.amount));
    const activity: Activity = {
      row: i + 3,
      stt: String(i + 1),
      name: `Hoạt động ${i + 1}`,
      kind: "other",
      kindGuessed: false,
      statedAmount: statedShare === null ? undefined : amount.times(statedShare).dividedBy(100).floor(),
      quarterAmounts: [undefined, undefined, undefined, undefined],
      groupIndex: grouped ? 0 : undefined,
      cells: { name: { sheet: "Kế hoạch", address: `B${i + 3}` }, statedAmount: { sheet: "Kế hoạch", address: `K${i + 3}` } },
    };
    return { activity, lines, amount, complete: true };
  });
  const total = sum(activities.map((a) => a.amount));
  const groups = grouped ? [{ row: 2, stt: "I", name: "Nhóm", depth: 0, cells: {} }] : [];
  const plan: Plan = { info: {}, activities: activities.map((a) => a.activity), groups };
  const estimate: Estimate = {
    activities,
    groups: groups.map((group) => ({ group, amount: total })),
    total,
    norms: selectNorms({ date: isoDate("2020-03-19") }),
    rounding: "dong",
    level: "tinh",
    findings: [],
  };
  return { plan, estimate };
}

function expectLawful(before: Estimate, after: Estimate): void {
  before.activities.forEach((a, i) => {
    a.lines.forEach((l, j) => {
      const f = after.activities[i].lines[j];
      expect(f.quantity.eq(l.quantity)).toBe(true);
      expect(f.amount.isNegative()).toBe(false);
      if (l.cap === "max") expect(f.unitCost.lessThanOrEqualTo(l.unitCost)).toBe(true);
      if (l.cap === "lump_sum") expect(f.unitCost.eq(l.unitCost)).toBe(true);
    });
    expect(after.activities[i].amount.eq(sum(after.activities[i].lines.map((l) => l.amount)))).toBe(true);
  });
  expect(after.total.eq(sum(after.activities.map((a) => a.amount)))).toBe(true);
}

describe("fitEstimate, for random plans and targets", () => {
  it("fits the allocation exactly whenever the law allows it, and otherwise says so and changes nothing", () => {
    fc.assert(
      fc.property(fc.array(activityArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 2000 }), (specs, share) => {
        const { plan, estimate } = planOf(specs, false);
        const target = estimate.total.times(share).dividedBy(1000).floor();
        const ranges = estimate.activities.map((a) => lawfulRange(a.lines));
        const min = sum(ranges.map((r) => r.min));
        const max = ranges.every((r) => r.max !== undefined) ? sum(ranges.map((r) => r.max!)) : undefined;
        const reachable = target.greaterThanOrEqualTo(min) && (max === undefined || target.lessThanOrEqualTo(max));
        const fit = fitEstimate(plan, estimate, { mode: "allocation", allocation: { amount: target } });
        if (reachable) {
          expect(fit.estimate.total.toFixed()).toBe(target.toFixed());
          expect(fit.findings.filter((f) => f.severity === "error")).toEqual([]);
        } else {
          expect(fit.findings.map((f) => f.code)).toContain("fit-unreachable");
          expect(fit.estimate.total.toFixed()).toBe(estimate.total.toFixed());
        }
        expectLawful(estimate, fit.estimate);
      }),
      { numRuns: 200 },
    );
  });

  it("gives every activity that states a reachable amount exactly that amount, and says which it cannot", () => {
    fc.assert(
      fc.property(fc.array(activityArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (specs, grouped) => {
        const { plan, estimate } = planOf(specs, grouped);
        const fit = fitEstimate(plan, estimate, { mode: "plan" });
        estimate.activities.forEach((a, i) => {
          const stated = a.activity.statedAmount;
          if (stated === undefined) return;
          const range = lawfulRange(a.lines);
          const reachable = stated.greaterThanOrEqualTo(range.min) && (range.max === undefined || stated.lessThanOrEqualTo(range.max));
          if (reachable) expect(fit.estimate.activities[i].amount.toFixed()).toBe(stated.toFixed());
          else {
            expect(fit.estimate.activities[i]).toBe(a);
            expect(fit.findings.some((f) => f.code === "fit-unreachable" && f.range === `K${a.activity.row}`)).toBe(true);
          }
        });
        expectLawful(estimate, fit.estimate);
      }),
      { numRuns: 200 },
    );
  });
});
