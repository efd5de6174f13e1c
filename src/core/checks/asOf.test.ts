import { activity, plan } from "../../../test/checks/kit";
import { endedQuarters, planYear } from "./asOf";

describe("quarters past as of a date", () => {
  it("counts a quarter as past the day after it ends", () => {
    expect(endedQuarters(2020, "2020-03-31")).toEqual([]);
    expect(endedQuarters(2020, "2020-04-01")).toEqual([1]);
    expect(endedQuarters(2020, "2020-12-31")).toEqual([1, 2, 3]);
    expect(endedQuarters(2020, "2021-01-01")).toEqual([1, 2, 3, 4]);
    expect(endedQuarters(2021, "2020-12-31")).toEqual([]);
  });

  it("takes the plan's year from its date, else from Thời gian, else from the date given", () => {
    expect(planYear(plan([], [], "2019-05-02"), "2024-01-01")).toBe(2019);
    const undated = { info: {}, activities: [activity({ row: 3, timing: "Quý II - Quý IV/2024" })], groups: [] };
    expect(planYear(undated, "2030-01-01")).toBe(2024);
    expect(planYear({ info: {}, activities: [], groups: [] }, "2030-01-01")).toBe(2030);
  });
});
