import { studyTourRecipe } from "./studyTour";
import { activity, context, findingCells, lineTable, totalOf } from "../../../test/support/recipeKit";

/*
 * Per diem (CT.LUUTRU): 150.000 (TT 97/2010, to 30/6/2017), 200.000 (TT 40/2017), 300.000 (TT 12/2025, from 04/5/2025).
 * Lump-sum lodging, thị xã / TP thuộc tỉnh (CT.PHONG.TP): 250.000 (TT 97/2010), 350.000 (TT 40/2017, kept after 2025 as an estimate).
 * Transport (CT.PHUONGTIEN): 1.000.000 per person, an estimate (actual cost).
 * People x days of per diem, people x (days - 1) nights of lodging, people x transport.
 */

describe("study tour recipe (đoàn trao đổi kinh nghiệm)", () => {
  it("a 2020 trip: 1 đoàn x 10 người x 3 ngày", () => {
    const result = studyTourRecipe(activity({ kind: "study_tour", quantity: "1", participants: "10", days: "3" }), context());
    expect(lineTable(result)).toEqual([
      ["CT.LUUTRU", "30", "200000", "6000000"], //     10 người x 3 ngày x 200.000 = 6.000.000
      ["CT.PHONG.TP", "20", "350000", "7000000"], //   10 người x 2 đêm x 350.000 = 7.000.000
      ["CT.PHUONGTIEN", "10", "1000000", "10000000"], // 10 người x 1.000.000 = 10.000.000
    ]);
    // 6.000.000 + 7.000.000 + 10.000.000 = 23.000.000
    expect(totalOf(result)).toBe("23000000");
    expect(result.findings).toEqual([]);
  });

  it("a 2016 trip gets TT 97/2010's levels", () => {
    const result = studyTourRecipe(
      activity({ kind: "study_tour", quantity: "1", participants: "10", days: "3" }),
      context({ date: "2016-05-01" }),
    );
    expect(lineTable(result)).toEqual([
      ["CT.LUUTRU", "30", "150000", "4500000"], //     30 người-ngày x 150.000 = 4.500.000
      ["CT.PHONG.TP", "20", "250000", "5000000"], //   20 người-đêm x 250.000 = 5.000.000
      ["CT.PHUONGTIEN", "10", "1000000", "10000000"],
    ]);
    expect(totalOf(result)).toBe("19500000");
  });

  it("a trip after 04/5/2025 gets TT 12/2025's per diem", () => {
    const result = studyTourRecipe(
      activity({ kind: "study_tour", quantity: "2", participants: "5", days: "2" }),
      context({ date: "2025-06-01" }),
    );
    expect(lineTable(result)).toEqual([
      ["CT.LUUTRU", "20", "300000", "6000000"], //     2 đoàn x 5 người x 2 ngày x 300.000 = 6.000.000
      ["CT.PHONG.TP", "10", "350000", "3500000"], //   2 x 5 x 1 đêm x 350.000 = 3.500.000
      ["CT.PHUONGTIEN", "10", "1000000", "10000000"], // 2 x 5 x 1.000.000 = 10.000.000
    ]);
    expect(totalOf(result)).toBe("19500000");
    expect(result.lines[0].basis).toContain("TT 12/2025");
  });

  it("a one-day trip has no lodging", () => {
    const result = studyTourRecipe(activity({ kind: "study_tour", quantity: "1", participants: "8", days: "1" }), context());
    expect(lineTable(result)).toEqual([
      ["CT.LUUTRU", "8", "200000", "1600000"], //      8 x 1 x 200.000
      ["CT.PHUONGTIEN", "8", "1000000", "8000000"], // 8 x 1.000.000
    ]);
  });

  it("half days: 2,5 days are 1,5 nights", () => {
    const result = studyTourRecipe(
      activity({ kind: "study_tour", quantity: "1", participants: "3", days: "2.5" }),
      context({ rounding: "thousand" }),
    );
    expect(lineTable(result)).toEqual([
      ["CT.LUUTRU", "7.5", "200000", "1500000"], //    3 x 2,5 x 200.000 = 1.500.000
      ["CT.PHONG.TP", "4.5", "350000", "1575000"], //  3 x 1,5 x 350.000 = 1.575.000
      ["CT.PHUONGTIEN", "3", "1000000", "3000000"],
    ]);
  });

  it("without Số lượng one trip is assumed, and said", () => {
    const result = studyTourRecipe(activity({ kind: "study_tour", participants: "10", days: "3" }), context());
    expect(totalOf(result)).toBe("23000000");
    expect(findingCells(result)).toEqual([{ severity: "info", code: "assumed-quantity", sheet: "Kế hoạch", range: "E3" }]);
  });

  it("without people or days: errors on those cells and no line", () => {
    const result = studyTourRecipe(activity({ kind: "study_tour", quantity: "1", row: 8 }), context());
    expect(result.lines).toEqual([]);
    expect(findingCells(result)).toEqual([
      { severity: "error", code: "missing-participants", sheet: "Kế hoạch", range: "F8" },
      { severity: "error", code: "missing-days", sheet: "Kế hoạch", range: "H8" },
    ]);
  });
});
