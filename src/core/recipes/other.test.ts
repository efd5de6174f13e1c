import { otherRecipe } from "./other";
import { activity, context, findingCells, lineTable, totalOf } from "../../../test/support/recipeKit";

describe("other recipe (khác): the amount the user gives", () => {
  it("Số lượng x Đơn giá", () => {
    const result = otherRecipe(activity({ kind: "other", name: "Thuê xe", quantity: "3", unitCost: "2500000", unit: "chuyến" }), context());
    // 3 chuyến x 2.500.000 = 7.500.000
    expect(lineTable(result)).toEqual([["", "3", "2500000", "7500000"]]);
    expect(result.lines[0]).toMatchObject({ description: "Thuê xe", unit: "chuyến", status: "user" });
    expect(result.lines[0].basis).toContain("báo giá");
    expect(result.findings).toEqual([]);
  });

  it("Đơn giá alone counts once, and says so", () => {
    const result = otherRecipe(activity({ kind: "other", unitCost: "4000000" }), context());
    expect(lineTable(result)).toEqual([["", "1", "4000000", "4000000"]]);
    expect(result.lines[0].unit).toBe("lần");
    expect(findingCells(result)).toEqual([{ severity: "info", code: "assumed-quantity", sheet: "Kế hoạch", range: "E3" }]);
  });

  it("else the amount the plan states, as one lump", () => {
    const result = otherRecipe(activity({ kind: "other", statedAmount: "11800000" }), context());
    expect(lineTable(result)).toEqual([["", "1", "11800000", "11800000"]]);
    expect(result.lines[0]).toMatchObject({ unit: "khoản", status: "user", basis: "Kinh phí theo kế hoạch" });
  });

  it("rounds the stated amount by the rule like any line", () => {
    const result = otherRecipe(activity({ kind: "other", statedAmount: "11800500.5" }), context({ rounding: "thousand" }));
    // 11.800.500,5 -> 11.801.000
    expect(totalOf(result)).toBe("11801000");
  });

  it("fractional unit costs to the đồng", () => {
    const result = otherRecipe(activity({ kind: "other", quantity: "2.5", unitCost: "333.3" }), context());
    // 2,5 x 333,3 = 833,25 -> 833
    expect(totalOf(result)).toBe("833");
  });

  it("neither: an error on the Đơn giá cell, no line", () => {
    const result = otherRecipe(activity({ kind: "other", quantity: "3", row: 11 }), context());
    expect(result.lines).toEqual([]);
    expect(findingCells(result)).toEqual([{ severity: "error", code: "missing-unit-cost", sheet: "Kế hoạch", range: "I11" }]);
  });

  it("a negative quantity is an error, never a negative line", () => {
    const result = otherRecipe(activity({ kind: "other", quantity: "-2", unitCost: "100000" }), context());
    expect(findingCells(result)).toContainEqual({ severity: "error", code: "invalid-quantity", sheet: "Kế hoạch", range: "E3" });
    for (const l of result.lines) expect(l.amount.isNegative()).toBe(false);
  });
});
