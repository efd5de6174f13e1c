import { assessmentRecipe } from "./assessment";
import { activity, context, findingCells, lineTable, totalOf, unitLevel } from "../../../test/support/recipeKit";

/*
 * TTLT 221/2012/TTLT-BTC-BCT: support per facility = min(50% x consulting cost, 50.000.000).
 * The row's Số lượng is the number of facilities (cơ sở), Đơn giá the consulting cost per facility.
 */

describe("assessment recipe (đánh giá nhanh SXSH)", () => {
  it("below the cap: 50% of the consulting cost", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "3", unitCost: "80000000" }), context());
    // min(50% x 80.000.000, 50.000.000) = 40.000.000 per facility; 3 x 40.000.000 = 120.000.000
    expect(lineTable(result)).toEqual([["SXSH.DANHGIA", "3", "40000000", "120000000"]]);
    expect(result.findings).toEqual([]);
    expect(result.lines[0].basis).toBe("TTLT 221/2012/TTLT-BTC-BCT");
    expect(result.lines[0].status).toBe("verified");
    expect(result.lines[0].unit).toBe("cơ sở");
  });

  it("above the cap: 50.000.000 per facility", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "2", unitCost: "150000000" }), context());
    // min(50% x 150.000.000 = 75.000.000, 50.000.000) = 50.000.000; 2 x 50.000.000 = 100.000.000
    expect(lineTable(result)).toEqual([["SXSH.DANHGIA", "2", "50000000", "100000000"]]);
  });

  it("exactly at the cap: a consulting cost of 100.000.000", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "1", unitCost: "100000000" }), context());
    // min(50.000.000, 50.000.000) = 50.000.000
    expect(totalOf(result)).toBe("50000000");
  });

  it("just below the cap, with half a đồng", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "2", unitCost: "99999999" }), context());
    // 50% x 99.999.999 = 49.999.999,5 per facility; 2 x 49.999.999,5 = 99.999.999
    expect(lineTable(result)).toEqual([["SXSH.DANHGIA", "2", "49999999.5", "99999999"]]);
    const one = assessmentRecipe(activity({ kind: "assessment", quantity: "1", unitCost: "99999999" }), context());
    // 1 x 49.999.999,5 -> 50.000.000 (to the đồng, half up) — still within the cap
    expect(totalOf(one)).toBe("50000000");
  });

  it("the description shows the rule applied", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "3", unitCost: "80000000" }), context());
    expect(result.lines[0].description).toContain("50% x 80.000.000");
    expect(result.lines[0].description).toContain("tối đa 50.000.000");
  });

  it("without a consulting cost: the cap per facility, and a warning on the Đơn giá cell", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "4", row: 12 }), context());
    // 4 x 50.000.000 = 200.000.000
    expect(lineTable(result)).toEqual([["SXSH.DANHGIA", "4", "50000000", "200000000"]]);
    expect(findingCells(result)).toEqual([{ severity: "warning", code: "assumed-consulting-cost", sheet: "Kế hoạch", range: "I12" }]);
    expect(result.lines[0].description).toContain("mức tối đa");
  });

  it("to the thousand, per line", () => {
    const result = assessmentRecipe(
      activity({ kind: "assessment", quantity: "3", unitCost: "12345677" }),
      context({ rounding: "thousand" }),
    );
    // 50% x 12.345.677 = 6.172.838,5; 3 x 6.172.838,5 = 18.518.515,5 -> 18.519.000
    expect(lineTable(result)).toEqual([["SXSH.DANHGIA", "3", "6172838.5", "18519000"]]);
  });

  it("the unit's Định mức level replaces the cap, the 50% share stays", () => {
    const overrides = [unitLevel("SXSH.DANHGIA", "30000000")];
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "1", unitCost: "80000000" }), context({ overrides }));
    // min(50% x 80.000.000 = 40.000.000, 30.000.000) = 30.000.000
    expect(totalOf(result)).toBe("30000000");
    const below = assessmentRecipe(activity({ kind: "assessment", quantity: "1", unitCost: "40000000" }), context({ overrides }));
    // min(20.000.000, 30.000.000) = 20.000.000
    expect(totalOf(below)).toBe("20000000");
  });

  it("without Số lượng (facilities): an error on that cell and no line", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", unitCost: "80000000", row: 5 }), context());
    expect(result.lines).toEqual([]);
    expect(findingCells(result)).toEqual([{ severity: "error", code: "missing-quantity", sheet: "Kế hoạch", range: "E5" }]);
  });

  it("before TTLT 221/2012 there is no norm: an error, not a zero", () => {
    const result = assessmentRecipe(activity({ kind: "assessment", quantity: "2", unitCost: "80000000" }), context({ date: "2012-06-01" }));
    expect(result.lines).toEqual([]);
    expect(findingCells(result)).toEqual([{ severity: "error", code: "norm-not-found", sheet: "Kế hoạch", range: "B3" }]);
  });
});
