import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { runEstimate } from "../../src/workbook/commands/estimate";

async function studyTour(timing: string): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Kế hoạch").addRows([
    ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian"],
    ["1", "Trao đổi học tập kinh nghiệm tại các tỉnh phía Nam", "Đoàn công tác / trao đổi kinh nghiệm", "đoàn", 1, 2, 1, timing],
  ]);
  return XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
}

const perDiem = (result: Awaited<ReturnType<typeof runEstimate>>) =>
  result.estimate!.activities[0].lines.find((l) => l.normCode === "CT.LUUTRU")!.unitCost.toFixed();

describe("a plan without a date", () => {
  test("takes its year from Thời gian: a 2024 plan gets TT 40/2017's per diem, not today's, and says so", async () => {
    const result = await runEstimate(await studyTour("Quý II-IV/2024"));
    // The assumed day chooses the norms; it is never taken for the plan's own date.
    expect(result.reading.plan.info.date).toBeUndefined();
    expect(result.estimate!.norms.date).toBe("2024-01-01");
    expect(result.normsDateSource).toBe("timing");
    expect(perDiem(result)).toBe("200000");
    expect(result.findings.map((f) => f.code)).toContain("plan-date-inferred");
    expect(result.findings.map((f) => f.code)).not.toContain("missing-plan-date");
  });

  test("with no year anywhere, uses today's norms and says that instead", async () => {
    const result = await runEstimate(await studyTour("Quý II - Quý IV"));
    expect(result.findings.map((f) => f.code)).toContain("missing-plan-date");
    expect(result.findings.map((f) => f.code)).not.toContain("plan-date-inferred");
  });
});
