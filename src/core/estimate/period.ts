import type { Activity, Plan } from "../plan/plan";
import { isMultiYear, periodYears, type Period } from "../plan/years";
import { sum } from "../money/money";
import type { LineItem } from "../recipes";
import { groupMembers, type ActivityEstimate, type Estimate } from "./estimate";

/**
 * A multi-year plan (Hà Giang 2016-2020, "giai đoạn 2021-2025") is approved once with
 * an indicative budget for the whole period, priced with the norms in force on the
 * plan's date; then each year the unit makes that year's dự toán with the norms in
 * force that year. An activity's Năm says the years it is carried out, and its
 * quantity is that of each of them.
 */

/** The years an activity is carried out: its Năm, else every year of the plan's period (none for a one-year plan). */
export function yearsOf(activity: Activity, period: Period | undefined): number[] {
  if (activity.years?.length) return activity.years;
  return isMultiYear(period) ? periodYears(period) : [];
}

/** The plan of one year: the activities carried out that year (an activity without Năm in a one-year plan is). */
export function planForYear(plan: Plan, year: number): Plan {
  const period = plan.info.period;
  const activities = plan.activities.filter((a) => {
    const years = yearsOf(a, period);
    return years.length === 0 || years.includes(year);
  });
  return { ...plan, activities };
}

/**
 * The whole-period estimate: each activity's one-year estimate (at the plan's norms)
 * counted once for every year it is carried out. Lines keep their unit cost; their
 * quantity and amount are those of all the years, so the attachment's Số lượng ×
 * Đơn giá still gives Thành tiền, and each year's column is the one-year amount.
 */
export function estimateForPeriod(plan: Plan, perYear: Estimate): Estimate {
  const period = plan.info.period;
  if (!isMultiYear(period)) return perYear;
  const byActivity = new Map<number, { years: number[]; perYear: ActivityEstimate }>();
  const activities = perYear.activities.map((a): ActivityEstimate => {
    const years = yearsOf(a.activity, period);
    byActivity.set(a.activity.row, { years, perYear: a });
    const n = years.length;
    const lines = a.lines.map((l): LineItem => ({ ...l, quantity: l.quantity.times(n), amount: l.amount.times(n) }));
    return { ...a, lines, amount: a.amount.times(n) };
  });
  const members = groupMembers(plan, activities, (a) => a.activity);
  const groups = perYear.groups.map((g, i) => ({ group: g.group, amount: sum(members[i].map((a) => a.amount)) }));
  const years = [...new Set([...periodYears(period), ...[...byActivity.values()].flatMap((b) => b.years)])].sort((x, y) => x - y);
  const yearTotals = years.map((y) => sum([...byActivity.values()].filter((b) => b.years.includes(y)).map((b) => b.perYear.amount)));
  return {
    ...perYear,
    activities,
    groups,
    total: sum(activities.map((a) => a.amount)),
    period: { period, years, byActivity, yearTotals },
  };
}
