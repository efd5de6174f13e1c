import { money } from "../money/money";
import { activity, brief, input, plan } from "../../../test/checks/kit";
import type { Allocation } from "./input";
import { checkAllocationTotal } from "./allocationTotal";

const allocation = (total: string, quarters?: (string | undefined)[]): Allocation => ({
  total: money(total),
  totalCell: { sheet: "Phân bổ", address: "B4" },
  totalStated: true,
  quarters: quarters?.map((q) => (q === undefined ? undefined : money(q))),
  quarterCells: ["C4", "D4", "E4", "F4"].map((address) => ({ sheet: "Phân bổ", address })),
});

// "other" activities with a stated amount: their estimate is that amount.
const twoActivities = plan([activity({ row: 3, stated: "60000000" }), activity({ row: 4, stated: "27000000" })]);

describe("grand total against the allocation", () => {
  it("is silent when the plan uses the allocation exactly", () => {
    expect(checkAllocationTotal(input(twoActivities, { allocation: allocation("87000000") }))).toEqual([]);
  });

  it("is an error stating the excess when the plan is over", () => {
    const [f] = checkAllocationTotal(input(twoActivities, { allocation: allocation("80000000") }));
    expect(brief([f])).toEqual([{ severity: "error", code: "over-allocation", range: "B4" }]);
    expect(f.amounts).toEqual({ allocation: "80000000", total: "87000000", excess: "7000000" });
    expect(f.message).toContain("vượt 7.000.000 đồng");
    expect(f.messageEn).toContain("by 7,000,000 VND");
  });

  it("is a warning stating what is left when the plan is under", () => {
    const [f] = checkAllocationTotal(input(twoActivities, { allocation: allocation("90000000") }));
    expect(brief([f])).toEqual([{ severity: "warning", code: "under-allocation", range: "B4" }]);
    expect(f.amounts).toEqual({ allocation: "90000000", total: "87000000", unallocated: "3000000" });
  });

  it("holds a stated grand total that differs from the plan's against the allocation too", () => {
    const findings = checkAllocationTotal(
      input(twoActivities, {
        allocation: allocation("87000000"),
        statedTotals: [{ amount: money("88000000"), cell: { sheet: "Kế hoạch", address: "I7" } }],
      }),
    );
    expect(brief(findings)).toEqual([{ severity: "error", code: "over-allocation", range: "I7" }]);
  });

  it("warns when the allocation's quarters do not add up to its year", () => {
    const findings = checkAllocationTotal(
      input(twoActivities, { allocation: allocation("87000000", ["20000000", "20000000", "20000000", "20000000"]) }),
    );
    expect(brief(findings)).toEqual([{ severity: "warning", code: "allocation-quarters-mismatch", range: "C4:F4" }]);
  });

  it("says nothing without an allocation", () => {
    expect(checkAllocationTotal(input(twoActivities))).toEqual([]);
  });
});
