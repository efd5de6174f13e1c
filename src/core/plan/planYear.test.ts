import { inferPlanYear } from "./planYear";
import type { Activity, Plan } from "./plan";

const activity = (timing?: string): Activity => ({
  row: 2,
  stt: "1",
  name: "Hội nghị",
  kind: "conference",
  kindGuessed: false,
  timing,
  quarterAmounts: [undefined, undefined, undefined, undefined],
  cells: {},
});
const plan = (timings: (string | undefined)[], title?: string): Plan => ({
  info: { title },
  activities: timings.map(activity),
  groups: [],
});

describe("the year of a plan without a date", () => {
  test("comes from the activities' Thời gian, the earliest year named", () => {
    expect(inferPlanYear(plan(["Quý II-IV/2024", "Quý I - Quý IV/2023", "Quý III"]))).toEqual({ year: 2023, from: "timing" });
  });
  test("else from the title", () => {
    expect(inferPlanYear(plan(["Quý II - Quý IV"], "Bảo vệ môi trường ngành Công Thương năm 2020"))).toEqual({ year: 2020, from: "title" });
  });
  test("is unknown when neither says", () => {
    expect(inferPlanYear(plan([undefined, "Quý II"], "Kế hoạch sản xuất sạch hơn"))).toBeUndefined();
  });
});
