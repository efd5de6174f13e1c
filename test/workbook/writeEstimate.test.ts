import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { runEstimate } from "../../src/workbook/commands/estimate";

/** Builds a plan, estimates it through the adapter, and re-opens the saved bytes with plain ExcelJS. */
async function estimateAndReopen(rows: (string | number | null)[][], options: Parameters<typeof runEstimate>[1] = {}) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Kế hoạch").addRows(rows);
  const port = await XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
  const result = await runEstimate(port, options);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
  return { result, saved, port };
}

describe("writing the estimate back", () => {
  it("appends Dự toán and Căn cứ after the last header when the plan has neither", async () => {
    const { saved } = await estimateAndReopen([
      ["STT", "Nội dung", "Loại", "Số lượng", "Ghi chú"],
      ["1", "Treo băng rôn", "Băng rôn", 4, "tại Sở"],
      ["2", "In tờ rơi", "In ấn", 100, null],
    ]);
    const ws = saved.getWorksheet("Kế hoạch")!;
    expect([ws.getCell("F1").value, ws.getCell("G1").value]).toEqual(["Dự toán", "Căn cứ"]);
    expect(ws.getCell("F1").font?.bold).toBe(true);
    // 4 x 600.000 = 2.400.000; 100 x 30.000 = 3.000.000
    expect([ws.getCell("F2").value, ws.getCell("F3").value]).toEqual([2400000, 3000000]);
    expect(ws.getCell("G3").value).toBe("Báo giá / hợp đồng in");
    expect(ws.getCell("E2").value).toBe("tại Sở");
  });

  it("a second run finds the columns it wrote and does not add more", async () => {
    const first = await estimateAndReopen([
      ["STT", "Nội dung", "Loại", "Số lượng"],
      ["1", "Treo băng rôn", "Băng rôn", 4],
    ]);
    const again = await XlsxWorkbook.fromBuffer((await first.saved.xlsx.writeBuffer()) as ArrayBuffer);
    await runEstimate(again);
    const ws = again.workbook.getWorksheet("Kế hoạch")!;
    expect(ws.getRow(1).values).toEqual([undefined, "STT", "Nội dung", "Loại", "Số lượng", "Dự toán", "Căn cứ"]);
  });

  it("to the thousand: the breakdown's formulas round to -3 and their cached results are the engine's", async () => {
    const { saved, result } = await estimateAndReopen(
      [
        ["STT", "Nội dung", "Loại", "Số lượng", "Đơn giá"],
        ["1", "In sổ tay", "In ấn", 7, "12.345,6"],
      ],
      { rounding: "thousand" },
    );
    const ws = saved.getWorksheet("Chi tiết dự toán")!;
    // 7 x 12.345,6 = 86.419,2 -> 86.000
    expect(ws.getCell("F5").value).toEqual({ formula: "ROUND(D5*E5,-3)", result: 86000 });
    expect(ws.getCell("E5").value).toBe(12345.6);
    expect(result.estimate!.total.toFixed()).toBe("86000");
    expect(String(ws.getCell("A2").value)).toContain("làm tròn đến nghìn đồng");
  });

  it("writes text that looks like a formula as text", async () => {
    const { saved } = await estimateAndReopen([
      ["STT", "Nội dung", "Loại", "Số lượng"],
      ["1", "=1+1 băng rôn", "Băng rôn", 1],
    ]);
    const cell = saved.getWorksheet("Chi tiết dự toán")!.getCell("B4");
    expect(typeof cell.value).toBe("string");
    expect(cell.value).toBe("=1+1 băng rôn (Băng rôn)");
  });

  it("writes nothing when the plan cannot be read", async () => {
    const { result, saved } = await estimateAndReopen([["Danh sách"], ["1", "Hội nghị"]]);
    expect(result.writes).toEqual([]);
    expect(saved.getWorksheet("Chi tiết dự toán")).toBeUndefined();
  });
});
