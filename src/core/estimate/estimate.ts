import type Decimal from "decimal.js";
import type { Activity, EventLevel, Group, Plan } from "../plan/plan";
import type { Norm } from "../norms/norm";
import { selectNorms, type NormSet } from "../norms/select";
import { DEFAULT_ROUNDING, type RoundingRule } from "../money/rounding";
import { sum } from "../money/money";
import { finding, type Finding } from "../findings/finding";
import { RECIPES, type LineItem } from "../recipes";
import { formatDmy, type IsoDate } from "../dates/isoDate";
import { citedAfter } from "../norms/documents";
import { mealSupportNorm } from "../norms/jurisdiction";
import type { Period } from "../plan/years";

export interface EstimateOptions {
  rounding?: RoundingRule;
  /** Overrides the plan's date for choosing norms. */
  normsDate?: IsoDate;
  province?: string;
  /** The workbook's Định mức rows: the unit's own levels. */
  overrides?: readonly Norm[];
  sheet?: string;
}

export interface ActivityEstimate {
  activity: Activity;
  lines: LineItem[];
  /** The sum of the rounded lines. */
  amount: Decimal;
  /** False when a finding of severity error left a line out. */
  complete: boolean;
}

export interface GroupEstimate {
  group: Group;
  amount: Decimal;
}

/** Dự toán: every activity with its lines, group subtotals and the grand total. */
export interface Estimate {
  activities: ActivityEstimate[];
  groups: GroupEstimate[];
  total: Decimal;
  norms: NormSet;
  rounding: RoundingRule;
  level: EventLevel;
  findings: Finding[];
  /** Set when the estimate was fitted to the plan or the allocation (src/core/fit): the norms' own estimate beside it. */
  fit?: { mode: "plan" | "allocation"; normsEstimate: Estimate };
  /** Set for one year of a multi-year plan (`--year`): only that year's activities, at that year's norms. */
  year?: number;
  /** Set for the whole period of a multi-year plan: every activity counted in each of its years (period.ts). */
  period?: PeriodEstimate;
}

export function estimatePlan(plan: Plan, options: EstimateOptions = {}): Estimate {
  const rounding = options.rounding ?? DEFAULT_ROUNDING;
  const norms = selectNorms(
    { date: options.normsDate ?? plan.info.date, province: options.province ?? plan.info.province },
    options.overrides,
  );
  const level = plan.info.level ?? "tinh";
  const meal = mealSupportNorm(level, norms.province, norms.date);
  const ctx = { norms, level, meal, rounding, sheet: options.sheet ?? "Kế hoạch" };
  const findings: Finding[] = [];
  // The same few bases come back on every row: each is read for citations once.
  const late = new Map<string, string[]>();
  const lateOf = (basis: string) => {
    let ids = late.get(basis);
    if (!ids) late.set(basis, (ids = citedAfter(basis, norms.date).map((d) => d.id)));
    return ids;
  };

  const activities = plan.activities.map((activity): ActivityEstimate => {
    const result = RECIPES[activity.kind](activity, ctx);
    findings.push(...result.findings, ...lateBases(activity, result.lines, lateOf, norms.date));
    return {
      activity,
      lines: result.lines,
      amount: sum(result.lines.map((l) => l.amount)),
      complete: !result.findings.some((f) => f.severity === "error"),
    };
  });

  const members = groupMembers(plan, activities, (a) => a.activity);
  const groups = plan.groups.map((group, index): GroupEstimate => ({ group, amount: sum(members[index].map((a) => a.amount)) }));

  return { activities, groups, total: sum(activities.map((a) => a.amount)), norms, rounding, level, findings };
}

/**
 * The items under each group of the plan, directly or through nested groups, in
 * one pass up the outline (each item is added to every group above it): linear in
 * the plan, where asking every group about every activity is not.
 */
export function groupMembers<T>(plan: Plan, items: readonly T[], activityOf: (item: T) => Activity): T[][] {
  const members = plan.groups.map((): T[] => []);
  for (const item of items) {
    for (let g = activityOf(item).groupIndex; g !== undefined; g = plan.groups[g].parentIndex) members[g].push(item);
  }
  return members;
}

/**
 * A basis that cites a document issued after the norms date (a Định mức row the
 * unit copied from a later year): printed as it is, it would cite a law the plan
 * could not have known. Said on the row; the known documents are in documents.ts.
 */
function lateBases(activity: Activity, lines: readonly LineItem[], lateOf: (basis: string) => string[], date: IsoDate): Finding[] {
  const late = [...new Set(lines.flatMap((l) => lateOf(l.basis)))];
  if (!late.length) return [];
  return [
    finding(
      "warning",
      "basis-after-plan-date",
      `Dòng ${activity.row} (${activity.name}): căn cứ dẫn ${late.join(", ")}, văn bản chưa có hiệu lực vào ngày ${formatDmy(date)}; sửa căn cứ ở sheet Định mức.`,
      `Row ${activity.row} (${activity.name}): the basis cites ${late.join(", ")}, not yet in force on ${formatDmy(date)}; correct the basis on the Định mức sheet.`,
      activity.cells.name,
    ),
  ];
}

/** What the whole-period estimate adds: the years, and each activity's amount in each of its years. */
export interface PeriodEstimate {
  period: Period;
  /** The columns of the whole-period attachment: the period's years, and any other year an activity names. */
  years: number[];
  /** By Kế hoạch row: the years of the activity and its estimate for one of them (the same each year). */
  byActivity: Map<number, { years: number[]; perYear: ActivityEstimate }>;
  /** The total of each year, in the order of `years`. */
  yearTotals: Decimal[];
}
