import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { check, codes, INFO, other, planBook, sheetValues, workbook } from "./workbook";

describe("phasing the quarters on Kế hoạch", () => {
  it("appends Quý I..IV after Dự toán and Căn cứ when the table has none of them", async () => {
    const book = await workbook({
      "Thông tin": INFO,
      "Kế hoạch": [
        ["STT", "Nội dung", "Loại", "Số lượng", "Thời gian"],
        ["1", "Treo băng rôn", "Băng rôn", 4, "Quý II - Quý IV"],
      ],
    });
    const { saved } = await check(book);
    expect(await sheetValues(saved, "Kế hoạch", ["F1", "G1", "H1", "I1", "J1", "K1"])).toEqual([
      "Dự toán",
      "Căn cứ",
      "Quý I",
      "Quý II",
      "Quý III",
      "Quý IV",
    ]);
    expect(await sheetValues(saved, "Kế hoạch", ["H2", "I2", "J2", "K2"])).toEqual([0, 800000, 800000, 800000]); // 4 x 600.000
    // the estimate then fills the reserved columns, and adds none
    await runEstimate(saved);
    expect(await sheetValues(saved, "Kế hoạch", ["F2", "L1"])).toEqual([2400000, null]);
  });

  it("appends the quarters after the Dự toán and Căn cứ the estimate wrote", async () => {
    const book = await workbook({
      "Thông tin": INFO,
      "Kế hoạch": [
        ["STT", "Nội dung", "Loại", "Số lượng"],
        ["1", "Treo băng rôn", "Băng rôn", 4],
      ],
    });
    await runEstimate(book);
    const { saved } = await check(book);
    expect(await sheetValues(saved, "Kế hoạch", ["E1", "F1", "G1", "J1", "E2", "G2", "J2"])).toEqual([
      "Dự toán",
      "Căn cứ",
      "Quý I",
      "Quý IV",
      2400000,
      600000,
      600000,
    ]);
  });

  it("keeps the quarters the user filled, and checks them", async () => {
    const { saved, result } = await check(await planBook([other("1", "A", 1000, { quarters: [null, 999, null, null] })]));
    expect(await sheetValues(saved, "Kế hoạch", ["J2", "K2", "L2", "M2"])).toEqual([null, 999, null, null]);
    expect(codes(result, "quarter-sum-mismatch")).toEqual([{ severity: "error", at: "Kế hoạch!J2:M2" }]);
  });

  it("phases again from the new amount when its own quarters are untouched", async () => {
    const first = await check(await planBook([other("1", "A", 1000, { timing: "Quý I - Quý II" })]));
    expect(await sheetValues(first.saved, "Kế hoạch", ["J2", "K2", "L2", "M2"])).toEqual([500, 500, 0, 0]);
    first.saved.workbook.getWorksheet("Kế hoạch")!.getCell("I2").value = 3001;
    const { saved, result } = await check(first.saved);
    expect(await sheetValues(saved, "Kế hoạch", ["J2", "K2", "L2", "M2"])).toEqual([1500, 1501, 0, 0]);
    expect(codes(result, "quarter-sum-mismatch")).toEqual([]);
  });

  it("treats its quarters as the user's once the user changed one", async () => {
    const first = await check(await planBook([other("1", "A", 1000, { timing: "Quý I - Quý II" })]));
    first.saved.workbook.getWorksheet("Kế hoạch")!.getCell("K2").value = 400;
    const { saved, result } = await check(first.saved);
    expect(await sheetValues(saved, "Kế hoạch", ["J2", "K2"])).toEqual([500, 400]);
    expect(codes(result, "quarter-sum-mismatch")).toEqual([{ severity: "error", at: "Kế hoạch!J2:M2" }]);
  });

  it("phases to the thousand when the plan rounds to the thousand", async () => {
    const { saved } = await check(await planBook([other("1", "A", 10000000, { timing: "Quý I - Quý III" })]), { rounding: "thousand" });
    expect(await sheetValues(saved, "Kế hoạch", ["J2", "K2", "L2", "M2"])).toEqual([3333000, 3333000, 3334000, 0]);
  });

  it("writes nothing on a protected Kế hoạch, and says so", async () => {
    const book = await planBook([other("1", "A", 1000)], undefined, (wb: ExcelJS.Workbook) => {
      void wb.getWorksheet("Kế hoạch")!.protect("", {});
    });
    const { saved, result } = await check(book);
    expect(await sheetValues(saved, "Kế hoạch", ["J2", "K2", "L2", "M2"])).toEqual([null, null, null, null]);
    expect(codes(result, "sheet-protected-not-marked")).toEqual([{ severity: "warning", at: "Kế hoạch!A1" }]);
  });

  it("leaves a row whose Thời gian cannot be read unphased", async () => {
    const { saved } = await check(await planBook([other("1", "A", 1000, { timing: "khi có vốn" })]));
    expect(await sheetValues(saved, "Kế hoạch", ["J2", "K2", "L2", "M2"])).toEqual([null, null, null, null]);
  });
});

void XlsxWorkbook;
