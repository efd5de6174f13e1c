import { money } from "../money/money";
import { activity, brief, input, plan } from "../../../test/checks/kit";
import { actuals } from "../../../test/checks/actualsKit";
import { checkNothingSpent } from "./nothingSpent";

const p = plan([activity({ row: 3, stated: "300", timing: "Quý I - Quý III" }), activity({ row: 4, stated: "100", timing: "Quý IV" })]);
const asOf = (date: string) => ({ asOf: date, q4ThresholdPercent: money(40) });

describe("activities planned in a past quarter with nothing spent", () => {
  it("warns for an activity planned in ended quarters that spent nothing", () => {
    const a = actuals([
      { activityRow: 3, spent: [undefined, "0", undefined, undefined] },
      { activityRow: 4, spent: ["0"] },
    ]);
    const findings = checkNothingSpent(input(p, { actuals: a, options: asOf("2020-07-01") }));
    expect(brief(findings)).toEqual([{ severity: "warning", code: "planned-nothing-spent", range: "B9" }]);
    expect(findings[0].amounts).toEqual({ planned: "200", spent: "0" });
    expect(findings[0].message).toContain("Quý I, Quý II");
  });

  it("is silent once something was spent, or before the planned quarter ends", () => {
    const a = actuals([{ activityRow: 3, spent: [undefined, undefined, "10", undefined] }]);
    expect(checkNothingSpent(input(p, { actuals: a, options: asOf("2020-12-31") }))).toEqual([]);
  });

  it("points at the plan row when the Thực hiện table has no row for the activity", () => {
    const a = actuals([{ activityRow: 3, spent: ["100", "100", "100", undefined] }]);
    expect(brief(checkNothingSpent(input(p, { actuals: a, options: asOf("2021-01-05") })))).toEqual([
      { severity: "warning", code: "planned-nothing-spent", range: "B4" },
    ]);
  });
});
