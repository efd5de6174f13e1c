import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { findProgram, pdfPageToPng, xlsxToPdf } from "./libreoffice";

/**
 * A copy of the workbook in which only `sheet` is visible and active. LibreOffice
 * prints every visible sheet into the PDF; the attachment must print alone.
 */
export async function printCopy(data: Uint8Array, sheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const target = wb.getWorksheet(sheet);
  if (!target) throw new Error(`Sheet "${sheet}" không tồn tại / does not exist`);
  let active = 0;
  wb.worksheets.forEach((ws, i) => {
    if (ws === target) {
      ws.state = "visible";
      active = i;
    } else if (ws.state === "visible") ws.state = "hidden";
  });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: active, activeTab: active, visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface Rendered {
  pdf: string;
  /** Page 1 as PNG, when pdftoppm is installed. */
  png?: string;
}

/**
 * Prints one sheet of an .xlsx as LibreOffice would: `<outDir>/<name>.pdf`, and
 * page 1 as `<outDir>/<name>-trang-1.png`. Undefined when soffice is missing.
 */
export async function renderSheet(xlsxFile: string, sheet: string, outDir: string, name: string): Promise<Rendered | undefined> {
  if (!findProgram("soffice")) return undefined;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-print-"));
  try {
    const copy = path.join(scratch, `${name}.xlsx`);
    fs.writeFileSync(copy, await printCopy(fs.readFileSync(xlsxFile), sheet));
    const converted = await xlsxToPdf(copy, scratch);
    if (!converted) return undefined;
    fs.mkdirSync(outDir, { recursive: true });
    const pdf = path.join(outDir, `${name}.pdf`);
    fs.copyFileSync(converted, pdf);
    const png = await pdfPageToPng(pdf, path.join(outDir, `${name}-trang-1`));
    return { pdf, png };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
