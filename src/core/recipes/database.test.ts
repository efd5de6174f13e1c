import { databaseRecipe } from "./database";
import { activity, context, findingCells, lineTable, totalOf } from "../../../test/support/recipeKit";

/*
 * CSDL.DUYTRI 5.000.000/năm (upkeep), CSDL.KHAOSAT 100.000/cơ sở (surveying a facility's data): estimates.
 */

describe("database recipe (cơ sở dữ liệu / website)", () => {
  it("Trà Vinh: a year of upkeep plus 60 facilities surveyed", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "60", unit: "cơ sở" }), context());
    expect(lineTable(result)).toEqual([
      ["CSDL.DUYTRI", "1", "5000000", "5000000"], //  1 năm x 5.000.000 = 5.000.000
      ["CSDL.KHAOSAT", "60", "100000", "6000000"], // 60 cơ sở x 100.000 = 6.000.000
    ]);
    // 5.000.000 + 6.000.000 = 11.000.000
    expect(totalOf(result)).toBe("11000000");
    expect(result.findings).toEqual([]);
  });

  it.each([["doanh nghiệp"], ["Cơ sở SX"], ["DN"], ["đơn vị"]])("a row counting facilities in %j", (unit) => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "10", unit }), context());
    // 5.000.000 + 10 x 100.000 = 6.000.000
    expect(totalOf(result)).toBe("6000000");
  });

  it("a survey unit cost typed on the row replaces the catalog's", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "60", unit: "cơ sở", unitCost: "150000" }), context());
    // 5.000.000 + 60 x 150.000 = 14.000.000
    expect(lineTable(result)).toEqual([
      ["CSDL.DUYTRI", "1", "5000000", "5000000"],
      ["CSDL.KHAOSAT", "60", "150000", "9000000"],
    ]);
    expect(result.lines[1].status).toBe("user");
  });

  it("years of upkeep when the row counts years", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "2", unit: "năm" }), context());
    // 2 năm x 5.000.000 = 10.000.000
    expect(lineTable(result)).toEqual([["CSDL.DUYTRI", "2", "5000000", "10000000"]]);
  });

  it("one year when the row says nothing, and said", () => {
    const result = databaseRecipe(activity({ kind: "database" }), context());
    expect(lineTable(result)).toEqual([["CSDL.DUYTRI", "1", "5000000", "5000000"]]);
    expect(findingCells(result)).toEqual([{ severity: "info", code: "assumed-quantity", sheet: "Kế hoạch", range: "E3" }]);
  });

  it("a contract price typed on the row", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "1", unit: "năm", unitCost: "8000000" }), context());
    expect(lineTable(result)).toEqual([["CSDL.DUYTRI", "1", "8000000", "8000000"]]);
  });

  it("facilities without a count: an error on Số lượng, the upkeep still priced", () => {
    const result = databaseRecipe(activity({ kind: "database", unit: "cơ sở", row: 6 }), context());
    expect(lineTable(result)).toEqual([["CSDL.DUYTRI", "1", "5000000", "5000000"]]);
    expect(findingCells(result)).toEqual([{ severity: "error", code: "missing-quantity", sheet: "Kế hoạch", range: "E6" }]);
  });

  it("zero years is an error, not a zero line", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "0", unit: "năm" }), context());
    expect(findingCells(result)).toEqual([{ severity: "error", code: "invalid-quantity", sheet: "Kế hoạch", range: "E3" }]);
    for (const l of result.lines) expect(l.amount.isZero()).toBe(false);
  });
});

describe("database rows counted in fields or pages: the maxima of Điều 4 TT 194/2012/TT-BTC", () => {
  it("20.000 structured fields at 300 đồng each = 6.000.000", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "20000", unit: "trường" }), context());
    expect(lineTable(result)).toEqual([["CSDL.NHAP.TRUONG", "20000", "300", "6000000"]]);
    expect(result.lines[0].basis).toBe("Điều 4 TT 194/2012/TT-BTC");
  });

  it("150 simple web pages at 12.000 đồng per A4 page = 1.800.000; not before the circular applied", () => {
    const result = databaseRecipe(activity({ kind: "database", quantity: "150", unit: "trang" }), context());
    expect(lineTable(result)).toEqual([["CSDL.TRANGWEB", "150", "12000", "1800000"]]);
    const before = databaseRecipe(activity({ kind: "database", quantity: "150", unit: "trang" }), context({ date: "2012-06-01" }));
    expect(before.findings.map((f) => f.code)).toEqual(["norm-not-found"]);
  });
});
