import { isoDate } from "../dates/isoDate";
import { conferenceRecipe, trainingRecipe, workshopRecipe } from "./meeting";
import { activity, context, findingCells, lineTable, totalOf, unitLevel } from "../../../test/support/recipeKit";

/*
 * Catalog levels used below (src/core/norms/catalog.ts):
 *   HN.HOITRUONG 3.000.000/ngày, HN.TRANGTRI 500.000/cuộc, HN.TAILIEU 30.000/người,
 *   HN.NUOCUONG 40.000/người/ngày, HN.BAOCAOVIEN 1.000.000/buổi (estimates),
 *   HN.TIENAN.NOITHANH / TINH / XA 200.000 / 150.000 / 100.000 per person per day (points a, b, c
 *   of K4 Đ12 TT 40/2017: urban districts of a centrally-run city; elsewhere in a province; a
 *   commune's meeting), paid only for delegates not on a state payroll,
 *   TH.GIANGVIEN 1.000.000/buổi national, 1.300.000/buổi Đồng Nai (NQ 180/2019, from 2020).
 * A day has 2 sessions (buổi).
 */

describe("conference recipe (hội nghị)", () => {
  it("breaks the Trà Vinh conference (2 cuộc x 60 người x 1 ngày, 2020, cấp tỉnh) into its lines; no meal support without the guests' count", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "2", participants: "60", unit: "cuộc" }),
      context({ province: "Trà Vinh" }),
    );
    expect(lineTable(result)).toEqual([
      ["HN.HOITRUONG", "2", "3000000", "6000000"], //     2 cuộc x 1 ngày x 3.000.000 = 6.000.000
      ["HN.TRANGTRI", "2", "500000", "1000000"], //       2 cuộc x 500.000 = 1.000.000
      ["HN.TAILIEU", "120", "30000", "3600000"], //       2 cuộc x 60 người x 30.000 = 3.600.000
      ["HN.NUOCUONG", "120", "40000", "4800000"], //      2 cuộc x 60 người x 1 ngày x 40.000 = 4.800.000
      ["HN.BAOCAOVIEN", "4", "1000000", "4000000"], //    2 cuộc x 1 ngày x 2 buổi x 1.000.000 = 4.000.000
    ]);
    // 6.000.000 + 1.000.000 + 3.600.000 + 4.800.000 + 4.000.000 = 19.400.000
    expect(totalOf(result)).toBe("19400000");
  });

  it("without the guests' count, a warning names the meal support at stake and the cell to fill", () => {
    const result = conferenceRecipe(activity({ kind: "conference", quantity: "2", participants: "60" }), context({ province: "Trà Vinh" }));
    expect(findingCells(result)).toEqual([
      { severity: "info", code: "assumed-days", sheet: "Kế hoạch", range: "H3" },
      { severity: "warning", code: "guests-unknown", sheet: "Kế hoạch", range: "G3" },
    ]);
    const warning = result.findings[1];
    // Trà Vinh is a province (point b): at most 2 cuộc x 1 ngày x 60 người x 150.000 = 18.000.000
    expect(warning.amounts).toEqual({ atStake: "18000000" });
    expect(warning.message).toContain("18.000.000");
    expect(warning.message).toContain("Kế hoạch!G3");
  });

  it("pays the guests' meal support at point b in a province (150.000)", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "2", participants: "60", guests: "60" }),
      context({ province: "Trà Vinh" }),
    );
    const meals = result.lines.find((l) => l.normCode === "HN.TIENAN.TINH")!;
    // 2 cuộc x 1 ngày x 60 khách x 150.000 = 18.000.000
    expect([meals.quantity.toFixed(), meals.unitCost.toFixed(), meals.amount.toFixed(), meals.basis]).toEqual([
      "120",
      "150000",
      "18000000",
      "Điểm b K4 Đ12 TT 40/2017/TT-BTC",
    ]);
  });

  it("pays point a (200.000) in a centrally-run city, and says it assumed the urban districts", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "50", guests: "50", days: "1" }),
      context({ province: "Hà Nội", date: "2024-05-01" }),
    );
    const meals = result.lines.find((l) => l.normCode === "HN.TIENAN.NOITHANH")!;
    // 1 x 1 ngày x 50 khách x 200.000 = 10.000.000
    expect(meals.amount.toFixed()).toBe("10000000");
    expect(findingCells(result)).toContainEqual({ severity: "info", code: "meal-support-urban-assumed", sheet: "Kế hoạch", range: "G3" });
  });

  it("pays meal support only for the guests not paid by the state; a district's meeting is point b", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "80", guests: "30", days: "2" }),
      context({ level: "huyen" }),
    );
    expect(lineTable(result)).toEqual([
      ["HN.HOITRUONG", "2", "3000000", "6000000"], //     1 cuộc x 2 ngày x 3.000.000 = 6.000.000
      ["HN.TRANGTRI", "1", "500000", "500000"], //        1 cuộc x 500.000 = 500.000
      ["HN.TAILIEU", "80", "30000", "2400000"], //        1 x 80 người x 30.000 = 2.400.000
      ["HN.NUOCUONG", "160", "40000", "6400000"], //      1 x 2 ngày x 80 người x 40.000 = 6.400.000
      ["HN.TIENAN.TINH", "60", "150000", "9000000"], //   1 x 2 ngày x 30 khách x 150.000 = 9.000.000
      ["HN.BAOCAOVIEN", "4", "1000000", "4000000"], //    1 x 2 ngày x 2 buổi x 1.000.000 = 4.000.000
    ]);
    // 6.000.000 + 500.000 + 2.400.000 + 6.400.000 + 9.000.000 + 4.000.000 = 28.300.000
    expect(totalOf(result)).toBe("28300000");
    expect(result.findings).toEqual([]);
  });

  it("uses the commune level (100.000) for a meeting held by a xã", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "40", guests: "40", days: "1" }),
      context({ level: "xa" }),
    );
    const meals = result.lines.find((l) => l.normCode === "HN.TIENAN.XA")!;
    // 1 cuộc x 1 ngày x 40 người x 100.000 = 4.000.000
    expect([meals.quantity.toFixed(), meals.unitCost.toFixed(), meals.amount.toFixed()]).toEqual(["40", "100000", "4000000"]);
  });

  it("never pays more guests than participants", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "20", guests: "50", days: "1" }),
      context(),
    );
    // min(50, 20) = 20 guests x 1 ngày x 150.000 = 3.000.000
    expect(result.lines.find((l) => l.normCode === "HN.TIENAN.TINH")!.amount.toFixed()).toBe("3000000");
  });

  it("reads decimal quantities: 2,5 days", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "10", guests: "0", days: "2.5" }),
      context(),
    );
    expect(lineTable(result)).toEqual([
      ["HN.HOITRUONG", "2.5", "3000000", "7500000"], //   1 x 2,5 ngày x 3.000.000 = 7.500.000
      ["HN.TRANGTRI", "1", "500000", "500000"], //        1 x 500.000
      ["HN.TAILIEU", "10", "30000", "300000"], //         1 x 10 x 30.000
      ["HN.NUOCUONG", "25", "40000", "1000000"], //       1 x 2,5 x 10 x 40.000 = 1.000.000
      // no guests (Số đại biểu không hưởng lương = 0): no meal-support line at all
      ["HN.BAOCAOVIEN", "5", "1000000", "5000000"], //    1 x 2,5 ngày x 2 buổi = 5 buổi x 1.000.000
    ]);
    // 7.500.000 + 500.000 + 300.000 + 1.000.000 + 5.000.000 = 14.300.000
    expect(totalOf(result)).toBe("14300000");
  });

  it("a negative guest count is an error on its cell, never a negative line", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "10", guests: "-5", days: "1" }),
      context(),
    );
    expect(findingCells(result)).toEqual([{ severity: "error", code: "invalid-guests", sheet: "Kế hoạch", range: "G3" }]);
    for (const l of result.lines) expect(l.amount.isNegative()).toBe(false);
    expect(result.lines.some((l) => l.normCode === "HN.TIENAN.TINH")).toBe(false);
  });

  it("a 2016 conference gets the pre-TT 40/2017 meal level (an estimate)", () => {
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "50", guests: "50", days: "1" }),
      context({ date: isoDate("2016-05-01") }),
    );
    const meals = result.lines.find((l) => l.normCode === "HN.TIENAN.TINH")!;
    // 1 x 1 ngày x 50 người x 100.000 (the estimate for TT 97/2010) = 5.000.000
    expect(meals.amount.toFixed()).toBe("5000000");
    expect(meals.status).toBe("estimate");
    expect(meals.basis).toContain("TT 97/2010");
  });

  it("every line carries its norm code and its basis: TT 40/2017 or TT 36/2018 for the law's levels, the quote for the rest", () => {
    const result = conferenceRecipe(activity({ kind: "conference", quantity: "2", participants: "60", guests: "10" }), context());
    for (const l of result.lines) {
      expect(l.normCode).toBeTruthy();
      expect(l.basis).toMatch(/TT 40\/2017|TT 36\/2018|Báo giá/);
      expect(l.description.trim()).not.toBe("");
      expect(l.unit.trim()).not.toBe("");
    }
  });
});

describe("conference recipe: missing parameters are findings on the row's cell, not zeros", () => {
  it("without participants: an error on the Số người cell, and no line that needs them", () => {
    const result = conferenceRecipe(activity({ kind: "conference", quantity: "2", days: "1", row: 7 }), context());
    expect(findingCells(result)).toEqual([{ severity: "error", code: "missing-participants", sheet: "Kế hoạch", range: "F7" }]);
    expect(result.findings[0].message).toContain("Dòng 7");
    expect(result.findings[0].messageEn).toContain("Row 7");
    expect(result.lines.map((l) => l.normCode)).toEqual(["HN.HOITRUONG", "HN.TRANGTRI", "HN.BAOCAOVIEN"]);
    for (const l of result.lines) expect(l.amount.isZero()).toBe(false);
  });

  it.each([["0"], ["-5"]])("participants %s is an error, not a line of 0", (participants) => {
    const result = conferenceRecipe(activity({ kind: "conference", quantity: "1", participants, days: "1" }), context());
    expect(findingCells(result)).toEqual([{ severity: "error", code: "invalid-participants", sheet: "Kế hoạch", range: "F3" }]);
    expect(result.lines.some((l) => l.normCode === "HN.TAILIEU")).toBe(false);
  });

  it("zero days is an error on the Số ngày cell", () => {
    const result = conferenceRecipe(activity({ kind: "conference", quantity: "1", participants: "10", days: "0" }), context());
    expect(findingCells(result)).toContainEqual({ severity: "error", code: "invalid-days", sheet: "Kế hoạch", range: "H3" });
  });

  it("a missing norm (a date before the catalog) is an error naming the code, not a zero line", () => {
    const result = trainingRecipe(activity({ kind: "training", quantity: "1", participants: "10", days: "1" }), {
      ...context(),
      norms: {
        date: isoDate("2020-03-19"),
        get: (code) => (code === "TH.GIANGVIEN" ? undefined : context().norms.get(code)),
        all: () => [],
      },
    });
    expect(findingCells(result)).toContainEqual({ severity: "error", code: "norm-not-found", sheet: "Kế hoạch", range: "B3" });
    expect(result.lines.some((l) => l.normCode === "TH.GIANGVIEN")).toBe(false);
  });
});

describe("workshop recipe (hội thảo)", () => {
  it("has the lines of a conference", () => {
    const result = workshopRecipe(activity({ kind: "workshop", quantity: "1", participants: "50", guests: "20", days: "1" }), context());
    expect(lineTable(result)).toEqual([
      ["HN.HOITRUONG", "1", "3000000", "3000000"], //    1 x 1 ngày x 3.000.000
      ["HN.TRANGTRI", "1", "500000", "500000"], //       1 x 500.000
      ["HN.TAILIEU", "50", "30000", "1500000"], //       50 x 30.000
      ["HN.NUOCUONG", "50", "40000", "2000000"], //      50 x 1 ngày x 40.000
      ["HN.TIENAN.TINH", "20", "150000", "3000000"], //  20 khách x 1 ngày x 150.000
      ["HN.BAOCAOVIEN", "2", "1000000", "2000000"], //   2 buổi x 1.000.000
    ]);
    expect(totalOf(result)).toBe("12000000");
  });
});

describe("training recipe (tập huấn / lớp)", () => {
  it("pays lecturers at Đồng Nai's level in a Đồng Nai 2020 class", () => {
    const result = trainingRecipe(
      activity({ kind: "training", quantity: "1", participants: "50", guests: "30", days: "2" }),
      context({ date: isoDate("2020-06-01"), province: "Đồng Nai", level: "huyen" }),
    );
    expect(lineTable(result)).toEqual([
      ["HN.HOITRUONG", "2", "3000000", "6000000"], //    1 lớp x 2 ngày x 3.000.000 = 6.000.000
      ["HN.TRANGTRI", "1", "500000", "500000"], //       1 lớp x 500.000 = 500.000
      ["HN.TAILIEU", "50", "30000", "1500000"], //       1 x 50 học viên x 30.000 = 1.500.000
      ["HN.NUOCUONG", "100", "40000", "4000000"], //     1 x 2 ngày x 50 x 40.000 = 4.000.000
      ["HN.TIENAN.TINH", "60", "150000", "9000000"], //  1 x 2 ngày x 30 khách x 150.000 = 9.000.000
      ["TH.GIANGVIEN", "4", "1300000", "5200000"], //    2 ngày x 2 buổi x 1.300.000 = 5.200.000 (NQ 180/2019)
    ]);
    // 6.000.000 + 500.000 + 1.500.000 + 4.000.000 + 9.000.000 + 5.200.000 = 26.200.000
    expect(totalOf(result)).toBe("26200000");
    expect(result.lines[5].basis).toContain("NQ 180/2019");
    expect(result.lines[5].unit).toBe("buổi");
  });

  it("pays lecturers at the national level elsewhere", () => {
    const result = trainingRecipe(
      activity({ kind: "training", quantity: "3", participants: "40", days: "1" }),
      context({ province: "Trà Vinh" }),
    );
    const lecturers = result.lines.find((l) => l.normCode === "TH.GIANGVIEN")!;
    // 3 lớp x 1 ngày x 2 buổi x 1.000.000 = 6.000.000
    expect([lecturers.quantity.toFixed(), lecturers.amount.toFixed()]).toEqual(["6", "6000000"]);
  });

  it("a unit cost typed on a multi-line row is not used, and said", () => {
    const result = trainingRecipe(activity({ kind: "training", quantity: "1", participants: "10", days: "1", unitCost: "999" }), context());
    expect(findingCells(result)).toContainEqual({ severity: "info", code: "unit-cost-ignored", sheet: "Kế hoạch", range: "I3" });
    expect(result.lines.some((l) => l.unitCost.toFixed() === "999")).toBe(false);
  });
});

describe("meeting recipes round each line, not the total", () => {
  // The unit's own levels (Định mức sheet) with odd amounts, so rounding shows.
  const overrides = [
    unitLevel("HN.HOITRUONG", "1500"),
    unitLevel("HN.TRANGTRI", "1400"),
    unitLevel("HN.TAILIEU", "1400"),
    unitLevel("HN.NUOCUONG", "1400"),
    unitLevel("HN.TIENAN.TINH", "1400"),
    unitLevel("HN.BAOCAOVIEN", "700"),
  ];
  const row = activity({ kind: "conference", quantity: "1", participants: "1", guests: "1", days: "1" });

  it("to the thousand: each line rounded half up, the total their sum", () => {
    const result = conferenceRecipe(row, context({ rounding: "thousand", overrides }));
    expect(lineTable(result)).toEqual([
      ["HN.HOITRUONG", "1", "1500", "2000"], //   1.500 -> 2.000 (half up)
      ["HN.TRANGTRI", "1", "1400", "1000"], //    1.400 -> 1.000
      ["HN.TAILIEU", "1", "1400", "1000"],
      ["HN.NUOCUONG", "1", "1400", "1000"],
      ["HN.TIENAN.TINH", "1", "1400", "1000"],
      ["HN.BAOCAOVIEN", "2", "700", "1000"], //   2 buổi x 700 = 1.400 -> 1.000
    ]);
    // sum of rounded lines = 7.000; rounding the unrounded sum (8.500) would give 9.000
    expect(totalOf(result)).toBe("7000");
  });

  it("to the đồng: fractional đồng rounded half up per line", () => {
    const odd = [unitLevel("HN.NUOCUONG", "12345.5"), unitLevel("HN.TAILIEU", "0.4")];
    const result = conferenceRecipe(
      activity({ kind: "conference", quantity: "1", participants: "3", guests: "0", days: "1" }),
      context({ overrides: odd }),
    );
    const byCode = Object.fromEntries(result.lines.map((l) => [l.normCode, l.amount.toFixed()]));
    expect(byCode["HN.NUOCUONG"]).toBe("37037"); // 3 x 12.345,5 = 37.036,5 -> 37.037
    expect(byCode["HN.TAILIEU"]).toBe("1"); //     3 x 0,4 = 1,2 -> 1
  });
});
