import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "./fakeExcel";

/** Kinds the generated plans cycle through: [Loại, ĐVT, Số lượng, Số người, Số ngày]. */
const KINDS: [string, string, number, number | null, number | null][] = [
  ["Hội nghị", "cuộc", 2, 60, 1],
  ["Băng rôn", "cái", 10, null, null],
  ["Tập huấn", "lớp", 1, 40, 2],
  ["Truyền hình", "phóng sự", 6, null, null],
  ["In ấn tài liệu", "cuốn", 500, null, null],
];

/** A plan of `n` activities in the workbook layout, numbered 1..n, with its Thông tin sheet. */
export function planWorkbook(n: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("Thông tin");
  info.addRows([
    ["Tên kế hoạch", "Kế hoạch thử"],
    ["Ngày", "19/03/2020"],
    ["Tỉnh", "Trà Vinh"],
    ["Cấp tổ chức", "tỉnh"],
  ]);
  const plan = wb.addWorksheet("Kế hoạch");
  plan.addRow(["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch"]);
  for (let i = 0; i < n; i++) {
    const [kind, unit, quantity, people, days] = KINDS[i % KINDS.length];
    plan.addRow([
      String(i + 1),
      `Hoạt động số ${i + 1}: ${kind.toLowerCase()} về bảo vệ môi trường`,
      kind,
      unit,
      quantity,
      people,
      days,
      "Quý II - Quý IV",
      null,
    ]);
  }
  return wb;
}

export async function copyOf(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

/** The same workbook behind both adapters: .xlsx (ExcelJS) and Office.js (over the fake). */
export async function bothAdapters(wb: ExcelJS.Workbook, options: { web?: boolean } = {}) {
  const xlsx = await XlsxWorkbook.fromBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const excel = FakeExcel.fromExcelJS(await copyOf(wb));
  if (!options.web) excel.desktop();
  const office = new OfficeWorkbook(excel.run, { supports: () => true, syncBudget: options.web ? undefined : Infinity });
  return { xlsx, excel, office };
}
