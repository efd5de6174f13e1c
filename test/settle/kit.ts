import ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";

/** A row of the Thực hiện table: its STT, Nội dung, Dòng KH (the Kế hoạch row) and Quý I..IV as typed. */
export type ActualLine = [stt: string, name: string, planRow: number, ...quarters: (number | string | null)[]];

/**
 * The Trà Vinh 2020 year as the officer records it on Phân bổ (made up for the
 * tests; the plan states no actuals): the conferences in Quý II and IV, the market
 * banners over three quarters, the database every quarter (above its estimate of
 * 11.000.000), and nothing for the banners of the environment days (row 5).
 */
export const TRA_VINH_ACTUALS: ActualLine[] = [
  ["a", "Tổ chức 02 cuộc Hội nghị truyền thông môi trường", 3, null, 9500000, null, 9650000],
  ["b", "Trang bị băng rôn tuyên truyền bảo vệ môi trường tại các chợ", 4, null, 30000000, 20000000, 1999948],
  ["2", "Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương", 6, 2950000, 2950000, 2950000, 2950000],
];

/** Where the Thực hiện table sits on Phân bổ: its title on row 6, its header on row 7, its rows from row 8 (Quý I..IV in D..G). */
export const ACTUALS_FIRST_ROW = 8;

/** The Trà Vinh sample with a Thực hiện table on Phân bổ, under its allocation of 87.000.000. */
export function traVinhWithActuals(lines: ActualLine[] = TRA_VINH_ACTUALS): ExcelJS.Workbook {
  const wb = buildTraVinhWorkbook();
  const ws = wb.getWorksheet("Phân bổ")!;
  ws.getCell("A6").value = "THỰC HIỆN (GIẢI NGÂN)";
  ws.getRow(7).values = ["STT", "Nội dung", "Dòng KH", "Quý I", "Quý II", "Quý III", "Quý IV"];
  lines.forEach((line, i) => (ws.getRow(ACTUALS_FIRST_ROW + i).values = line));
  return wb;
}
