import { money } from "../money/money";
import { activity, brief, group, input, plan } from "../../../test/checks/kit";
import { checkStatedVsNorms } from "./statedVsNorms";

// Banners at the catalog's 600.000 each: 10 banners = 6.000.000 by the norms.
const banners = (stated: string, row = 3) => activity({ row, kind: "banner", quantity: "10", stated });

describe("stated amounts against what the norms give", () => {
  it("is silent when the stated amount is what the norms give", () => {
    expect(checkStatedVsNorms(input(plan([banners("6000000")])))).toEqual([]);
  });

  it("is a warning, never an error, beyond 10%", () => {
    const [f] = checkStatedVsNorms(input(plan([banners("5000000")])));
    expect(brief([f])).toEqual([{ severity: "warning", code: "stated-vs-norms", range: "I3" }]);
    expect(f.amounts).toEqual({ stated: "5000000", estimate: "6000000", difference: "1000000" });
  });

  it("is info within 10%", () => {
    expect(brief(checkStatedVsNorms(input(plan([banners("5800000")]))))).toEqual([
      { severity: "info", code: "stated-vs-norms", range: "I3" },
    ]);
  });

  it("compares group subtotals and the grand total with the estimate", () => {
    const p = plan(
      [banners("6000000", 3), banners("6000000", 4)].map((a) => ({ ...a, groupIndex: 0 })),
      [group(2, "10000000")],
    );
    const findings = checkStatedVsNorms(
      input(p, { statedTotals: [{ amount: money("12000000"), cell: { sheet: "Kế hoạch", address: "I5" } }] }),
    );
    expect(brief(findings)).toEqual([{ severity: "warning", code: "stated-vs-norms", range: "I2" }]);
  });

  it("skips an activity whose estimate is incomplete", () => {
    const incomplete = activity({ row: 3, kind: "banner", stated: "5000000" }); // no quantity
    expect(checkStatedVsNorms(input(plan([incomplete])))).toEqual([]);
  });
});
