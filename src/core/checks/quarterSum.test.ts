import { activity, brief, input, plan } from "../../../test/checks/kit";
import { checkQuarterSum } from "./quarterSum";

describe("Quý I..IV against the activity's amount", () => {
  it("accepts quarters that add up to the stated amount", () => {
    const a = activity({ row: 3, stated: "1000", quarters: ["250", "250", "250", "250"] });
    expect(checkQuarterSum(input(plan([a])))).toEqual([]);
  });

  it("accepts quarters that spread the estimate while the plan states another amount", () => {
    // 4 banners x 600.000 = 2.400.000 by the norms; the plan states 2.000.000
    const a = activity({
      row: 3,
      kind: "banner",
      quantity: "4",
      stated: "2000000",
      quarters: [undefined, "1200000", undefined, "1200000"],
    });
    expect(checkQuarterSum(input(plan([a])))).toEqual([]);
  });

  it("is an error on the quarter cells when they add up to neither", () => {
    const a = activity({ row: 3, stated: "1000", quarters: ["250", "250", "250", "249"] });
    const [f] = checkQuarterSum(input(plan([a])));
    expect(brief([f])).toEqual([{ severity: "error", code: "quarter-sum-mismatch", range: "L3:O3" }]);
    expect(f.amounts).toEqual({ quarters: "999", estimate: "1000", stated: "1000", difference: "-1" });
  });

  it("does not check quarters the add-in phased", () => {
    expect(checkQuarterSum(input(plan([activity({ row: 3, stated: "1000" })])))).toEqual([]);
  });
});
