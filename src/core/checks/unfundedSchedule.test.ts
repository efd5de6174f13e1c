import { activity, brief, input, plan } from "../../../test/checks/kit";
import { checkUnfundedSchedule } from "./unfundedSchedule";

describe("a scheduled activity with no money in its quarters", () => {
  it("is silent when a scheduled quarter has money", () => {
    const a = activity({ row: 3, stated: "100", timing: "Quý III", quarters: [undefined, undefined, "100", undefined] });
    expect(checkUnfundedSchedule(input(plan([a])))).toEqual([]);
  });

  it("warns on the scheduled quarters when they hold nothing", () => {
    const a = activity({ row: 3, stated: "100", timing: "Quý III - Quý IV", quarters: ["100", undefined, undefined, undefined] });
    expect(brief(checkUnfundedSchedule(input(plan([a]))))).toEqual([
      { severity: "warning", code: "scheduled-without-money", range: "N3:O3" },
    ]);
  });

  it("warns when the phased amount is zero", () => {
    const a = activity({ row: 3, stated: "0", timing: "Quý II" });
    expect(brief(checkUnfundedSchedule(input(plan([a]))))).toEqual([{ severity: "warning", code: "scheduled-without-money", range: "M3" }]);
  });

  it("says nothing without a schedule", () => {
    expect(checkUnfundedSchedule(input(plan([activity({ row: 3, stated: "0" })])))).toEqual([]);
  });
});
