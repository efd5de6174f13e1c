import { bannerRecipe, newspaperRecipe, panelRecipe, printingRecipe, radioRecipe, tvRecipe } from "./priced";
import { activity, context, findingCells, lineTable, totalOf, unitLevel } from "../../../test/support/recipeKit";

/*
 * Catalog levels (estimates: quotes, contracts or the province's unit prices):
 *   BR.BANGRON 600.000/cái, PN.PANO 5.000.000/cái, PT.CHUONGTRINH 3.000.000/chương trình,
 *   TV.PHONGSU 10.000.000/chương trình, BAO.SO 3.000.000/số, IN.TAILIEU 30.000/cuốn.
 */

describe("priced recipes: count x unit price", () => {
  it.each([
    // kind, recipe, count, norm, hand-computed amount
    ["banner", bannerRecipe, "108", "BR.BANGRON", "600000", "64800000"], //          108 x 600.000 = 64.800.000
    ["banner", bannerRecipe, "4", "BR.BANGRON", "600000", "2400000"], //             4 x 600.000 = 2.400.000
    ["panel", panelRecipe, "3", "PN.PANO", "5000000", "15000000"], //                3 x 5.000.000 = 15.000.000
    ["radio", radioRecipe, "12", "PT.CHUONGTRINH", "3000000", "36000000"], //        12 x 3.000.000 = 36.000.000
    ["tv", tvRecipe, "6", "TV.PHONGSU", "10000000", "60000000"], //                  6 x 10.000.000 = 60.000.000
    ["newspaper", newspaperRecipe, "4", "BAO.SO", "3000000", "12000000"], //         4 x 3.000.000 = 12.000.000
    ["printing", printingRecipe, "500", "IN.TAILIEU", "30000", "15000000"], //       500 x 30.000 = 15.000.000
  ] as const)("%s: %s x the catalog's level", (kind, recipe, count, code, unitCost, amount) => {
    const result = recipe(activity({ kind, quantity: count }), context());
    expect(lineTable(result)).toEqual([[code, count, unitCost, amount]]);
    expect(result.findings).toEqual([]);
    expect(result.lines[0].status).toBe("estimate");
    expect(result.lines[0].basis.trim()).not.toBe("");
  });

  it("a unit cost typed on the row (a quote) wins over the catalog, and says so", () => {
    const result = bannerRecipe(activity({ kind: "banner", quantity: "10", unitCost: "450000" }), context());
    // 10 x 450.000 = 4.500.000
    expect(lineTable(result)).toEqual([["BR.BANGRON", "10", "450000", "4500000"]]);
    expect(result.lines[0].status).toBe("user");
    expect(result.lines[0].basis).toContain("báo giá");
  });

  it("the Định mức sheet's level wins over the catalog", () => {
    const result = tvRecipe(activity({ kind: "tv", quantity: "6" }), context({ overrides: [unitLevel("TV.PHONGSU", "7500000")] }));
    // 6 x 7.500.000 = 45.000.000
    expect(lineTable(result)).toEqual([["TV.PHONGSU", "6", "7500000", "45000000"]]);
  });

  it("keeps the row's unit (chợ, phóng sự) when it has one", () => {
    expect(bannerRecipe(activity({ kind: "banner", quantity: "108", unit: "chợ" }), context()).lines[0].unit).toBe("chợ");
    expect(bannerRecipe(activity({ kind: "banner", quantity: "108" }), context()).lines[0].unit).toBe("cái");
  });

  it("decimal quantities and fractional unit costs, rounded per line by the chosen rule", () => {
    const row = activity({ kind: "printing", quantity: "2.5", unitCost: "1234567" });
    // 2,5 x 1.234.567 = 3.086.417,5 -> 3.086.418 (đồng, half up) / 3.086.000 (thousand)
    expect(totalOf(printingRecipe(row, context({ rounding: "dong" })))).toBe("3086418");
    expect(totalOf(printingRecipe(row, context({ rounding: "thousand" })))).toBe("3086000");
    const cents = activity({ kind: "printing", quantity: "7", unitCost: "12345.6" });
    // 7 x 12.345,6 = 86.419,2 -> 86.419 (đồng) / 86.000 (thousand)
    expect(totalOf(printingRecipe(cents, context({ rounding: "dong" })))).toBe("86419");
    expect(totalOf(printingRecipe(cents, context({ rounding: "thousand" })))).toBe("86000");
  });

  it("to the thousand: 3 x 500 = 1.500 -> 2.000, half up", () => {
    const result = radioRecipe(activity({ kind: "radio", quantity: "3", unitCost: "500" }), context({ rounding: "thousand" }));
    expect(lineTable(result)).toEqual([["PT.CHUONGTRINH", "3", "500", "2000"]]);
  });
});

describe("priced recipes: a missing count is a finding on the Số lượng cell, not a zero", () => {
  it.each([
    ["banner", bannerRecipe],
    ["panel", panelRecipe],
    ["radio", radioRecipe],
    ["tv", tvRecipe],
    ["newspaper", newspaperRecipe],
    ["printing", printingRecipe],
  ] as const)("%s without Số lượng", (kind, recipe) => {
    const result = recipe(activity({ kind, row: 9, unitCost: "100000" }), context());
    expect(result.lines).toEqual([]);
    expect(findingCells(result)).toEqual([{ severity: "error", code: "missing-quantity", sheet: "Kế hoạch", range: "E9" }]);
    expect(result.findings[0].message).toMatch(/thiếu số lượng/);
    expect(result.findings[0].messageEn).toMatch(/quantity is missing/);
  });

  it("a negative count is an error, not a negative line", () => {
    const result = bannerRecipe(activity({ kind: "banner", quantity: "-4" }), context());
    expect(result.lines).toEqual([]);
    expect(findingCells(result)).toEqual([{ severity: "error", code: "invalid-quantity", sheet: "Kế hoạch", range: "E3" }]);
  });
});
