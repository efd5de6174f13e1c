import { activity } from "../../../test/support/recipeKit";
import { isoDate } from "../dates/isoDate";
import type { Plan } from "../plan/plan";
import { estimatePlan } from "./estimate";
import { estimateForPeriod, planForYear, yearsOf } from "./period";

/** A 2016-2020 plan: a banner every year (no Năm), a workshop in 2017 and 2018, a TV programme in 2019 only. */
function fiveYearPlan(): Plan {
  const banner = { ...activity({ kind: "banner", quantity: "4", unitCost: "500000", row: 3 }) };
  const workshop = { ...activity({ kind: "workshop", quantity: "1", participants: "50", guests: "0", row: 4 }), years: [2017, 2018] };
  const tv = { ...activity({ kind: "tv", quantity: "2", unitCost: "3000000", row: 5 }), years: [2019] };
  return {
    info: { date: isoDate("2016-05-11"), period: { from: 2016, to: 2020 }, province: "Hà Giang" },
    activities: [banner, workshop, tv],
    groups: [],
  };
}

describe("a multi-year plan", () => {
  it("counts an activity without Năm in every year of the period, and one with Năm in its years only", () => {
    const [banner, workshop] = fiveYearPlan().activities;
    expect(yearsOf(banner, { from: 2016, to: 2020 })).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(yearsOf(workshop, { from: 2016, to: 2020 })).toEqual([2017, 2018]);
    expect(yearsOf(banner, undefined)).toEqual([]);
  });

  it("keeps a year's activities for that year's estimate", () => {
    const plan = fiveYearPlan();
    expect(planForYear(plan, 2016).activities.map((a) => a.row)).toEqual([3]);
    expect(planForYear(plan, 2018).activities.map((a) => a.row)).toEqual([3, 4]);
    expect(planForYear(plan, 2019).activities.map((a) => a.row)).toEqual([3, 5]);
  });

  it("prices the whole period as each activity's year estimate times its years, to the đồng, with each year's total", () => {
    const plan = fiveYearPlan();
    const perYear = estimatePlan(plan);
    const amount = (row: number) => perYear.activities.find((a) => a.activity.row === row)!.amount;
    const whole = estimateForPeriod(plan, perYear);
    expect(whole.total.toFixed()).toBe(amount(3).times(5).plus(amount(4).times(2)).plus(amount(5)).toFixed());
    expect(whole.period!.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(whole.period!.yearTotals.map((t) => t.toFixed())).toEqual([
      amount(3).toFixed(),
      amount(3).plus(amount(4)).toFixed(),
      amount(3).plus(amount(4)).toFixed(),
      amount(3).plus(amount(5)).toFixed(),
      amount(3).toFixed(),
    ]);
    // The years' totals add up to the period's.
    expect(whole.period!.yearTotals.reduce((a, b) => a.plus(b)).toFixed()).toBe(whole.total.toFixed());
    // A line keeps its unit cost; quantity and amount are those of all its years.
    const banner = whole.activities.find((a) => a.activity.row === 3)!.lines[0];
    expect([banner.quantity.toFixed(), banner.unitCost.toFixed(), banner.amount.toFixed()]).toEqual(["20", "500000", "10000000"]);
  });

  it("leaves a one-year plan's estimate as it is", () => {
    const plan = { ...fiveYearPlan(), info: { date: isoDate("2020-03-19") } };
    const perYear = estimatePlan(plan);
    expect(estimateForPeriod(plan, perYear)).toBe(perYear);
  });
});
