import { money } from "../money/money";
import { activity, brief, input, plan } from "../../../test/checks/kit";
import type { Allocation } from "./input";
import { checkCumulativeAllocation } from "./cumulativeAllocation";

const perQuarter = (...q: (string | undefined)[]): Allocation => ({
  total: money("400"),
  totalCell: { sheet: "Phân bổ", address: "B4" },
  totalStated: true,
  quarters: q.map((v) => (v === undefined ? undefined : money(v))),
  quarterCells: ["C4", "D4", "E4", "F4"].map((address) => ({ sheet: "Phân bổ", address })),
});

// 400 over the year, phased evenly: 100 a quarter.
const even = plan([activity({ row: 3, stated: "400", timing: "Quý I - Quý IV" })]);

describe("cumulative plan against cumulative allocation", () => {
  it("is silent when the money is allocated ahead of the plan", () => {
    expect(checkCumulativeAllocation(input(even, { allocation: perQuarter("200", "200", "0", "0") }))).toEqual([]);
  });

  it("warns at each quarter where the plan runs ahead of the allocation", () => {
    const findings = checkCumulativeAllocation(input(even, { allocation: perQuarter("0", "100", "300", undefined) }));
    expect(brief(findings)).toEqual([
      { severity: "warning", code: "cumulative-over-allocation", range: "C4" },
      { severity: "warning", code: "cumulative-over-allocation", range: "D4" },
    ]);
    expect(findings[1].amounts).toEqual({ plannedCumulative: "200", allocatedCumulative: "100", excess: "100" });
  });

  it("says nothing when the allocation is not given per quarter", () => {
    const yearOnly: Allocation = { ...perQuarter(), quarters: undefined };
    expect(checkCumulativeAllocation(input(even, { allocation: yearOnly }))).toEqual([]);
  });
});
