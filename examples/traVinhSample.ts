import ExcelJS from "exceljs";
import { TRA_VINH_SHEETS } from "./traVinhData";

/**
 * The sample workbook: Kế hoạch 30/KH-SCT of the Trà Vinh Department of Industry
 * and Trade, 19/3/2020 (../shared/seeds/tra-vinh-2020-bao-ve-moi-truong.txt), laid
 * out as an officer would type it: its four activities with quantities,
 * participants, quarters and the amounts the plan states, and the allocation.
 * The rows live in traVinhData.ts, shared with the browser playground.
 */
export function buildTraVinhWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dutoan";
  for (const sheet of TRA_VINH_SHEETS) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRows(sheet.rows);
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    sheet.moneyColumns.forEach((c) => (ws.getColumn(c).numFmt = "#,##0"));
    sheet.boldRows.forEach((r) => (ws.getRow(r).font = { bold: true }));
  }
  return wb;
}
