import ExcelJS from "exceljs";
import type { BookSnapshot } from "../workbook/port";
import { readSheet, sheetInfo } from "./readSheet";

/**
 * Every sheet of an .xlsx file given as bytes, read once: the snapshot a pure
 * command reads (last year's dự toán chosen in the task pane, or a unit's file).
 * Read only: nothing is ever written back to those bytes.
 */
export async function bookFromBytes(bytes: ArrayBuffer | Uint8Array): Promise<BookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return { sheets: wb.worksheets.map(sheetInfo), read: new Map(wb.worksheets.map((ws) => [ws.name, readSheet(ws)])) };
}
