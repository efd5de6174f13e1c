import { isoDate, type IsoDate } from "../dates/isoDate";
import fc from "fast-check";
import type Decimal from "decimal.js";
import { estimatePlan, type Estimate } from "./estimate";
import { ACTIVITY_KINDS } from "../plan/kinds";
import type { Activity, EventLevel, Group, Plan } from "../plan/plan";
import type { Norm } from "../norms/norm";
import { builtInNorm } from "../norms/select";
import { money, sum } from "../money/money";
import { roundAmount, type RoundingRule } from "../money/rounding";

/*
 * For random plans — every kind, decimal quantities (2,5), fractional đồng in unit
 * costs and in the unit's own levels, nested groups (I / 1 / a), random dates,
 * provinces and levels — the printed table adds up exactly under both rounding rules.
 */

/** A decimal as text, so no JS float ever becomes money: "<int>.<frac>". */
const decimalText = (maxInt: number, fracDigits: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxInt }), fc.integer({ min: 0, max: 10 ** fracDigits - 1 }))
    .map(([i, f]) => money(`${i}.${String(f).padStart(fracDigits, "0")}`));

const count = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map((n) => money(n)),
  decimalText(50, 1).filter((d) => d.greaterThan(0)), // 2,5 ngày; 0,5 năm
  fc.constant(money(0)),
);
const unitCost = fc.oneof(
  decimalText(60_000_000, 3),
  fc.integer({ min: 1, max: 200_000_000 }).map((n) => money(n)),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });

const DATES = ["2016-05-01", "2017-06-30", "2017-07-01", "2019-06-01", "2020-03-19", "2025-05-03", "2025-05-04", "2025-09-01"];
const OVERRIDABLE = [
  "HN.HOITRUONG",
  "HN.TAILIEU",
  "HN.NUOCUONG",
  "HN.TIENAN.TINH",
  "HN.TIENAN.HUYEN",
  "HN.BAOCAOVIEN",
  "TH.GIANGVIEN",
  "CT.LUUTRU",
  "CT.PHONG.TP",
  "BR.BANGRON",
  "IN.TAILIEU",
  "SXSH.DANHGIA",
  "CSDL.KHAOSAT",
];

interface RandomPlan {
  plan: Plan;
  date: IsoDate;
  overrides: Norm[];
}

/** Groups: each may sit under an earlier one (I > 1 > a); depth follows the parent. */
const groupsArb = fc.integer({ min: 0, max: 6 }).chain((n) =>
  fc
    .tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(undefined) : optional(fc.integer({ min: 0, max: i - 1 })))))
    .map((parents) => {
      const groups: Group[] = [];
      parents.forEach((parentIndex, i) => {
        const depth = parentIndex === undefined ? 0 : groups[parentIndex].depth + 1;
        groups.push({ row: 100 + i, stt: String(i + 1), name: `Nhóm ${i + 1}`, depth, parentIndex, cells: {} });
      });
      return groups;
    }),
);

const activityArb = (groupCount: number, row: number) =>
  fc
    .record({
      kind: fc.constantFrom(...ACTIVITY_KINDS),
      unit: fc.constantFrom(undefined, "cuộc", "cái", "cơ sở", "năm", "chợ"),
      quantity: optional(count),
      participants: optional(count),
      guests: optional(count),
      days: optional(count),
      unitCost: optional(unitCost),
      statedAmount: optional(unitCost),
      groupIndex: groupCount ? optional(fc.integer({ min: 0, max: groupCount - 1 })) : fc.constant(undefined),
    })
    .map((r): Activity => ({
      row,
      stt: String(row),
      name: `Hoạt động ${row}`,
      kindGuessed: false,
      quarterAmounts: [],
      cells: {},
      ...r,
    }));

const planArb: fc.Arbitrary<RandomPlan> = fc
  .record({
    groups: groupsArb,
    date: fc.constantFrom(...DATES.map(isoDate)),
    province: fc.constantFrom(undefined, "Đồng Nai", "Trà Vinh", "Tiền Giang"),
    level: fc.constantFrom<EventLevel>("tinh", "huyen", "xa"),
    activityCount: fc.integer({ min: 0, max: 12 }),
    overrideValues: fc.array(fc.tuple(fc.constantFrom(...OVERRIDABLE), decimalText(5_000_000, 2)), { maxLength: 4 }),
  })
  .chain(({ groups, date, province, level, activityCount, overrideValues }) =>
    fc.tuple(...Array.from({ length: activityCount }, (_, i) => activityArb(groups.length, 200 + i))).map((activities): RandomPlan => ({
      plan: { info: { date, province, level }, activities, groups },
      date,
      // The unit's own levels with fractional đồng (the Định mức sheet), so every line rounds.
      overrides: overrideValues.flatMap(([code, value]): Norm[] => {
        const base = builtInNorm(code, { date, province });
        if (!base) return [];
        const rule = base.rule.kind === "share-capped" ? { ...base.rule, cap: value } : { kind: "amount" as const, value };
        return [{ ...base, rule, layer: "unit", jurisdiction: "unit" }];
      }),
    })),
  );

/** The group's activities, found by walking each activity's chain of parents (independently of the code under test). */
function activitiesUnder(plan: Plan, estimate: Estimate, groupIndex: number): Decimal[] {
  return estimate.activities
    .filter((a) => {
      const chain: number[] = [];
      for (let g = a.activity.groupIndex; g !== undefined; g = plan.groups[g].parentIndex) chain.push(g);
      return chain.includes(groupIndex);
    })
    .map((a) => a.amount);
}

describe.each<RoundingRule>(["dong", "thousand"])("estimatePlan adds up to the đồng (rounding %s)", (rounding) => {
  it("every line is rounded; activities, groups and the total are sums of rounded lines", () => {
    fc.assert(
      fc.property(planArb, ({ plan, overrides }) => {
        const estimate = estimatePlan(plan, { rounding, overrides });
        const allLines = estimate.activities.flatMap((a) => a.lines);

        for (const line of allLines) {
          // every line amount is already rounded, and is quantity x unit cost rounded once
          expect(roundAmount(line.amount, rounding).equals(line.amount)).toBe(true);
          expect(line.amount.isInteger()).toBe(true);
          if (rounding === "thousand") expect(line.amount.modulo(1000).isZero()).toBe(true);
          expect(line.amount.equals(roundAmount(line.quantity.times(line.unitCost), rounding))).toBe(true);
        }
        for (const a of estimate.activities) {
          expect(a.amount.equals(sum(a.lines.map((l) => l.amount)))).toBe(true);
        }
        estimate.groups.forEach((g, index) => {
          expect(g.group).toBe(plan.groups[index]);
          expect(g.amount.equals(sum(activitiesUnder(plan, estimate, index)))).toBe(true);
        });
        expect(estimate.total.equals(sum(allLines.map((l) => l.amount)))).toBe(true);

        // the top-level groups and the ungrouped activities partition the total
        const topGroups = estimate.groups.filter((g) => g.group.parentIndex === undefined).map((g) => g.amount);
        const ungrouped = estimate.activities.filter((a) => a.activity.groupIndex === undefined).map((a) => a.amount);
        expect(sum([...topGroups, ...ungrouped]).equals(estimate.total)).toBe(true);

        // one activity estimate per activity, in order; an activity with an error is marked incomplete
        expect(estimate.activities.map((a) => a.activity)).toEqual(plan.activities);
        for (const a of estimate.activities) {
          const rowErrors = estimate.findings.filter((f) => f.severity === "error" && f.message.startsWith(`Dòng ${a.activity.row} `));
          expect(a.complete).toBe(rowErrors.length === 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("estimatePlan: the two rounding rules on the same plan", () => {
  it("to the thousand differs from to the đồng by at most 500 per line", () => {
    fc.assert(
      fc.property(planArb, ({ plan, overrides }) => {
        const dong = estimatePlan(plan, { rounding: "dong", overrides });
        const thousand = estimatePlan(plan, { rounding: "thousand", overrides });
        const a = dong.activities.flatMap((x) => x.lines);
        const b = thousand.activities.flatMap((x) => x.lines);
        expect(b.length).toBe(a.length);
        a.forEach((line, i) => expect(line.amount.minus(b[i].amount).abs().lessThanOrEqualTo(500)).toBe(true));
      }),
      { numRuns: 100 },
    );
  });
});
