import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runCheck } from "../../src/workbook/commands/check";
import { headerMoneyScale } from "../../src/workbook/layout";

async function open(build: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
}

const values = (book: XlsxWorkbook) =>
  book.workbook.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((r, n) => rows.push([n, JSON.stringify(r.values)]));
    return [ws.name, rows];
  });

describe("money columns kept in triệu or nghìn đồng", () => {
  test("the unit in a header's brackets gives the đồng per unit", () => {
    expect(headerMoneyScale("Kinh phí (triệu đồng)")).toBe("1000000");
    expect(headerMoneyScale("KINH PHI (TR.Đ)")).toBe("1000000");
    expect(headerMoneyScale("Đơn giá (nghìn đồng)")).toBe("1000");
    expect(headerMoneyScale("Đơn giá (1.000 đ)")).toBe("1000");
    expect(headerMoneyScale("Kinh phí (đồng)")).toBeUndefined();
    expect(headerMoneyScale("Kinh phí")).toBeUndefined();
  });

  test("a planned amount and a unit cost in triệu / nghìn đồng are read in đồng, exactly", async () => {
    const book = await open((wb) => {
      wb.addWorksheet("Thông tin").addRows([
        ["Ngày", "19/03/2020"],
        ["Tổng kinh phí (triệu đồng)", "2,4"],
      ]);
      wb.addWorksheet("Kế hoạch").addRows([
        ["STT", "Nội dung", "Loại", "ĐVT", "Số lượng", "Đơn giá (nghìn đồng)", "Kinh phí kế hoạch (triệu đồng)"],
        ["1", "Treo băng rôn", "Băng rôn", "cái", 4, 600, 2.4],
      ]);
    });
    const result = await runEstimate(book);
    const activity = result.reading.plan.activities[0];
    expect(activity.statedAmount!.toFixed()).toBe("2400000");
    expect(activity.unitCost!.toFixed()).toBe("600000");
    expect(result.reading.plan.info.statedTotal!.toFixed()).toBe("2400000");
    // 4 x 600.000 (the row's own unit cost, read from nghìn đồng)
    expect(result.estimate!.total.toFixed()).toBe("2400000");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(book.workbook.getWorksheet("Kế hoạch")!.getCell("H2").value).toBe(2400000);
  });

  test("an output column in triệu đồng is an error naming its header, and nothing is written", async () => {
    const build = (wb: ExcelJS.Workbook) => {
      wb.addWorksheet("Thông tin").addRows([["Ngày", "19/03/2020"]]);
      wb.addWorksheet("Kế hoạch").addRows([
        [
          "STT",
          "Nội dung",
          "Loại",
          "ĐVT",
          "Số lượng",
          "Kinh phí kế hoạch",
          "Dự toán (triệu đồng)",
          "Quý I (triệu đồng)",
          "Quý II",
          "Quý III",
          "Quý IV",
        ],
        ["1", "Treo băng rôn", "Băng rôn", "cái", 4, 2400000, null, null, null, null, null],
      ]);
    };
    const estimateBook = await open(build);
    const before = values(estimateBook);
    const estimate = await runEstimate(estimateBook);
    expect(estimate.findings.filter((f) => f.code === "scaled-output-column").map((f) => f.range)).toEqual(["G1", "H1"]);
    expect(estimate.writes).toEqual([]);
    expect(values(estimateBook)).toEqual(before);

    const checkBook = await open(build);
    const check = await runCheck(checkBook, { asOf: isoDate("2020-03-20") });
    expect(check.findings.some((f) => f.code === "scaled-output-column")).toBe(true);
    expect(check.writes).toEqual([]);
    expect(values(checkBook)).toEqual(before);
  });
});

test("stated totals in triệu đồng reconcile with their parts: no false mismatch", async () => {
  const book = await open((wb) => {
    wb.addWorksheet("Thông tin").addRows([
      ["Ngày", "19/03/2020"],
      ["Tổng kinh phí (triệu đồng)", "87"],
    ]);
    wb.addWorksheet("Kế hoạch").addRows([
      ["STT", "Nội dung", "Loại", "ĐVT", "Số lượng", "Kinh phí kế hoạch (triệu đồng)"],
      ["1", "Truyền thông môi trường", null, null, null, "75,2"],
      ["a", "Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "Hội nghị", "cuộc", 2, "20,8"],
      ["b", "Trang bị băng rôn tại các chợ", "Băng rôn", "chợ", 108, 52],
      ["c", "Treo băng rôn hưởng ứng các Ngày lễ môi trường", "Băng rôn", "cái", 4, "2,4"],
      ["2", "Duy trì cơ sở dữ liệu môi trường", "Cơ sở dữ liệu / website", "cơ sở", 60, "11,8"],
      [null, "Tổng cộng", null, null, null, 87],
    ]);
  });
  const check = await runCheck(book, { asOf: isoDate("2020-03-20") });
  expect(check.findings.filter((f) => f.code === "stated-sum-mismatch")).toEqual([]);
});
