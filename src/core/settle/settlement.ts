import Decimal from "decimal.js";
import type { ActualRow, Actuals, Allocation } from "../checks/input";
import { groupMembers, type ActivityEstimate, type Estimate } from "../estimate/estimate";
import type { LineItem } from "../recipes";
import { ZERO, sum } from "../money/money";
import type { QuarterPlan } from "../phasing/quarterPlan";
import { spreadOverQuarters } from "../phasing/spread";
import { QUARTERS, type Activity, type CellRef, type Group, type Plan, type Quarter } from "../plan/plan";
import type { SettlementPeriod } from "./period";

/** One quarter of an activity (or of the plan): its share of the estimate and what was spent in it. */
export interface QuarterFigures {
  estimate: Decimal;
  /** Spent in the quarter; undefined when the quarter is not counted (after the as-of day) or nothing was recorded. */
  actual?: Decimal;
}

/**
 * What the actuals say about an activity:
 * - "spent": some spending, within the estimate;
 * - "over": spending above the estimate;
 * - "none": nothing spent in the counted quarters (not carried out, or not yet);
 * - "unknown": a counted cell could not be read, so the actual is not known in full.
 */
export type ActivityOutcome = "spent" | "over" | "none" | "unknown";

export interface ActivitySettlement extends Totals {
  activity: Activity;
  /** The activity's spending lines, as estimated (the Thực hiện table has no actual per line). */
  lines: LineItem[];
  /** False when the estimate left a line out for want of data (it is provisional). */
  complete: boolean;
  /** Quý I..IV: the estimate's quarterly plan (adding up to the estimate) and the spending counted. */
  quarters: QuarterFigures[];
  /** How the quarterly estimate was made: the plan's own quarters, or the estimate spread over Thời gian here. */
  quarterSource: "plan" | "spread";
  outcome: ActivityOutcome;
  /** Counted cells of the Thực hiện table that hold something that is not a number. */
  unreadable: CellRef[];
  /** Cells holding spending of quarters after the as-of day's: left out. */
  afterAsOf: CellRef[];
  /** The activity's row of the Thực hiện table, if it has one. */
  actualRow?: ActualRow;
}

/** An estimate against its actual spending. */
export interface Totals {
  estimate: Decimal;
  actual: Decimal;
  /** Estimate minus actual: what is left (negative: spent over the estimate). */
  difference: Decimal;
  /** Actual over estimate in percent, to one decimal; undefined when the estimate is 0. */
  rate?: Decimal;
}

/** Settling the year (quyết toán): the estimate against the actual spending, per activity, group, quarter and in total. */
export interface Settlement {
  period: SettlementPeriod;
  activities: ActivitySettlement[];
  groups: { group: Group; totals: Totals }[];
  total: Totals;
  /** Quý I..IV of the whole plan; actual set for the counted quarters. */
  quarters: QuarterFigures[];
  /** Kinh phí được giao, when the workbook gives it. */
  allocation?: Decimal;
  /** The allocation minus the actual spending: what is left of the money granted (undefined without an allocation). */
  unspent?: Decimal;
  /**
   * What the figures let us say about the money left:
   * - "in-year": the year is not over; the rest is still to spend;
   * - "undetermined": the year is over and money is left; whether it is returned
   *   (nộp trả / hủy dự toán) or carried over (chuyển nguồn) depends on documents
   *   the workbook does not hold (see settlementFindings);
   * - "nothing-left": all of the allocation was spent;
   * - "overspent": spending above the allocation;
   * - "no-allocation": the money granted is not known, so neither is what is left.
   */
  disposition: "in-year" | "undetermined" | "nothing-left" | "overspent" | "no-allocation";
  /** Activities with nothing spent in the counted quarters (and no unreadable cell). */
  notCarriedOut: ActivitySettlement[];
}

export interface SettlementInput {
  plan: Plan;
  estimate: Estimate;
  /** The quarterly plan of every activity (after phasing), as the checks see it. */
  quarters: readonly QuarterPlan[];
  actuals: Actuals;
  allocation?: Allocation;
  period: SettlementPeriod;
  /** "Sheet!A1" of the Thực hiện cells the reader could not read (a finding names each already). */
  unreadable: ReadonlySet<string>;
}

const keyOf = (c: CellRef) => `${c.sheet}!${c.address}`;

/** Actual over estimate in percent, half up to one decimal (as the sheet's ROUND(actual*1000/estimate,0)/10 gives it). */
export function ratePercent(actual: Decimal, estimate: Decimal): Decimal | undefined {
  if (estimate.isZero()) return undefined;
  return actual.times(1000).dividedBy(estimate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).dividedBy(10);
}

function totalsOf(estimate: Decimal, actual: Decimal): Totals {
  return { estimate, actual, difference: estimate.minus(actual), rate: ratePercent(actual, estimate) };
}

/**
 * The estimate's quarterly plan, adding up to the activity's estimate: the plan's
 * quarters when they do (the user's, or phased from the estimate), else the estimate
 * spread over the quarters of Thời gian (all four when it names none), as the
 * checks phase it. So the sheet's quarters always add up to its year column.
 */
function quarterEstimates(
  q: QuarterPlan | undefined,
  est: ActivityEstimate,
  step: number,
): { values: Decimal[]; source: "plan" | "spread" } {
  if (q && sum(q.quarters).eq(est.amount)) return { values: q.quarters, source: "plan" };
  const scheduled = q && q.scheduled.length ? q.scheduled : QUARTERS;
  return { values: spreadOverQuarters(est.amount, scheduled, step), source: "spread" };
}

/** Settles the year: pure, from the estimate, its quarterly plan and the actuals read from Phân bổ. */
export function settle(input: SettlementInput): Settlement {
  const { plan, estimate, actuals, period } = input;
  const counted = new Set<Quarter>(period.counted);
  const plans = new Map(input.quarters.map((q) => [q.activity.row, q]));
  const rows = new Map<number, ActualRow>();
  for (const r of actuals.rows) if (!rows.has(r.activityRow)) rows.set(r.activityRow, r);
  const step = estimate.rounding === "thousand" ? 1000 : 1;

  const activities = estimate.activities.map((est): ActivitySettlement => {
    const row = rows.get(est.activity.row);
    const planned = quarterEstimates(plans.get(est.activity.row), est, step);
    const unreadable: CellRef[] = [];
    const afterAsOf: CellRef[] = [];
    const quarters = QUARTERS.map((q): QuarterFigures => {
      const cell = row?.cells[q - 1];
      const value = row?.quarters[q - 1];
      if (!counted.has(q)) {
        if (cell && (value !== undefined || input.unreadable.has(keyOf(cell)))) afterAsOf.push(cell);
        return { estimate: planned.values[q - 1] };
      }
      if (cell && input.unreadable.has(keyOf(cell))) unreadable.push(cell);
      return { estimate: planned.values[q - 1], actual: value };
    });
    const actual = sum(quarters.map((q) => q.actual ?? ZERO));
    const outcome: ActivityOutcome = unreadable.length ? "unknown" : actual.gt(est.amount) ? "over" : actual.isZero() ? "none" : "spent";
    return {
      activity: est.activity,
      lines: est.lines,
      complete: est.complete,
      quarters,
      quarterSource: planned.source,
      ...totalsOf(est.amount, actual),
      outcome,
      unreadable,
      afterAsOf,
      actualRow: row,
    };
  });

  const members = groupMembers(plan, activities, (a) => a.activity);
  const groups = plan.groups.map((group, i) => ({
    group,
    totals: totalsOf(sum(members[i].map((a) => a.estimate)), sum(members[i].map((a) => a.actual))),
  }));
  const total = totalsOf(estimate.total, sum(activities.map((a) => a.actual)));
  const quarters = QUARTERS.map((q): QuarterFigures => ({
    estimate: sum(activities.map((a) => a.quarters[q - 1].estimate)),
    actual: counted.has(q) ? sum(activities.map((a) => a.quarters[q - 1].actual ?? ZERO)) : undefined,
  }));

  const allocation = input.allocation?.total;
  const unspent = allocation?.minus(total.actual);
  const disposition: Settlement["disposition"] =
    unspent === undefined
      ? "no-allocation"
      : unspent.isNegative()
        ? "overspent"
        : unspent.isZero()
          ? "nothing-left"
          : period.yearClosed
            ? "undetermined"
            : "in-year";
  const notCarriedOut = activities.filter((a) => a.outcome === "none");
  return { period, activities, groups, total, quarters, allocation, unspent, disposition, notCarriedOut };
}
