import { activity, brief, input, plan } from "../../../test/checks/kit";
import { actuals } from "../../../test/checks/actualsKit";
import { checkActualOverspend } from "./actualOverspend";

// 400 planned, 100 a quarter.
const p = plan([activity({ row: 3, stated: "400", timing: "Quý I - Quý IV" })]);

describe("actual spending against the plan, per activity", () => {
  it("is silent when spending follows the plan", () => {
    expect(checkActualOverspend(input(p, { actuals: actuals([{ activityRow: 3, spent: ["100", "90", undefined, undefined] }]) }))).toEqual(
      [],
    );
  });

  it("is an error when the year's plan is overspent", () => {
    const [f] = checkActualOverspend(input(p, { actuals: actuals([{ activityRow: 3, spent: ["100", "100", "100", "101"] }]) }));
    expect(brief([f])).toEqual([{ severity: "error", code: "actual-over-plan", range: "D9:G9" }]);
    expect(f.amounts).toEqual({ spent: "401", planned: "400", excess: "1" });
  });

  it("warns at the first quarter where cumulative spending runs ahead of the plan", () => {
    const [f, ...rest] = checkActualOverspend(input(p, { actuals: actuals([{ activityRow: 3, spent: ["50", "200", "0", "0"] }]) }));
    expect(rest).toEqual([]);
    expect(brief([f])).toEqual([{ severity: "warning", code: "actual-ahead-of-plan", range: "E9" }]);
    expect(f.amounts).toEqual({ spentCumulative: "250", plannedCumulative: "200", excess: "50" });
  });
});
