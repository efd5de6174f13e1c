import type Decimal from "decimal.js";
import type { Estimate } from "../estimate/estimate";
import type { Activity, Plan, Quarter } from "../plan/plan";
import { QUARTERS } from "../plan/plan";
import { parseTiming, type Timing } from "../plan/timing";
import { ZERO } from "../money/money";
import { spreadOverQuarters } from "./spread";

/** Where an activity's Quý I..IV come from. */
export type QuarterSource =
  /** The user filled at least one quarter cell: kept, and checked. */
  | "user"
  /** All four were empty: the add-in spreads the activity's amount over its Thời gian. */
  | "phased"
  /** Empty, and nothing to spread (no amount, or a Thời gian that cannot be read). */
  | "none";

/** The quarterly plan of one activity, as the checks see it (after phasing). */
export interface QuarterPlan {
  activity: Activity;
  /** The amount the quarters must add up to: the estimate (Dự toán) when complete, else Kinh phí kế hoạch. */
  amount?: Decimal;
  amountSource: "estimate" | "stated" | "none";
  /** The complete estimate of the activity, when there is one. */
  estimate?: Decimal;
  /** Quý I..IV: the user's values (empty = 0) or the phased ones; zeros when source is "none". */
  quarters: Decimal[];
  source: QuarterSource;
  timing: Timing;
  /** The quarters Thời gian allows: its quarters, all four when it is empty, none when unreadable. */
  scheduled: Quarter[];
}

export interface QuarterPlanOptions {
  /** Phase to the thousand when the plan rounds to the thousand. */
  step?: Decimal.Value;
}

/**
 * The quarterly plan of every activity: the user's quarters where they filled any,
 * else the activity's amount spread over the quarters of its Thời gian. An empty
 * Thời gian puts no constraint: the amount is spread over the whole year.
 */
export function planQuarters(plan: Plan, estimate: Estimate | undefined, options: QuarterPlanOptions = {}): QuarterPlan[] {
  const estimates = new Map(estimate?.activities.map((a) => [a.activity.row, a]) ?? []);
  return plan.activities.map((activity): QuarterPlan => {
    const est = estimates.get(activity.row);
    const complete = est && est.complete && est.lines.length > 0 ? est.amount : undefined;
    const amount = complete ?? activity.statedAmount;
    const amountSource = complete ? "estimate" : activity.statedAmount ? "stated" : "none";
    const timing = parseTiming(activity.timing);
    const scheduled: Quarter[] =
      timing.kind === "quarters" || timing.kind === "whole-year" ? [...timing.quarters] : timing.kind === "empty" ? [...QUARTERS] : [];
    const base = { activity, amount, amountSource, estimate: complete, timing, scheduled } as const;
    if (activity.quarterAmounts.some((q) => q !== undefined)) {
      return { ...base, quarters: activity.quarterAmounts.map((q) => q ?? ZERO), source: "user" };
    }
    if (amount === undefined || scheduled.length === 0) return { ...base, quarters: [ZERO, ZERO, ZERO, ZERO], source: "none" };
    return { ...base, quarters: spreadOverQuarters(amount, scheduled, options.step), source: "phased" };
  });
}
