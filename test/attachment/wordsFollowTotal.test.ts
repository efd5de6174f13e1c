import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { money } from "../../src/core/money/money";
import { amountInWords } from "../../src/core/words/amountInWords";
import { convertWithSoffice, disposeSoffice, hasSoffice } from "../../src/render/libreoffice";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { formulaOf } from "./kit";

/*
 * The attachment goes to the Department of Finance, which does not have the add-in.
 * An officer there (or here) who corrects a unit price on the printed sheet must see
 * the total and its words follow. Proven in a second spreadsheet engine: LibreOffice
 * recomputes every formula of the edited file.
 */

const run = hasSoffice() ? it : it.skip;
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-words-"))));
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await disposeSoffice();
});

run("one Đơn giá doubled on the Dự toán sheet: LibreOffice shows the new total and the words of the new total", async () => {
  const book = new XlsxWorkbook(buildTraVinhWorkbook());
  const result = await runAttachment(book);
  const { activityRows, totalRow, wordsRow } = result.layout!;
  const file = path.join(dir, "edited.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Dự toán")!;
  // The market banners' unit price, 600.000 -> 1.200.000: 108 more of 600.000 = +64.800.000.
  const banners = activityRows.get(4)! + 1;
  expect(ws.getCell(banners, 5).value).toBe(600000);
  ws.getCell(banners, 5).value = 1200000;
  await wb.xlsx.writeFile(file);

  const recalculated = await convertWithSoffice(file, "xlsx", path.join(dir, "lo"));
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(recalculated!);
  const sheet = after.getWorksheet("Dự toán")!;
  const expected = result.estimate!.total.plus(108 * 600000);
  expect(formulaOf(sheet.getCell(totalRow, 6))?.result).toBe(expected.toNumber());
  expect(formulaOf(sheet.getCell(wordsRow, 1))?.result).toBe(`Bằng chữ: ${amountInWords(money(expected))}`);
  // ... and not the words of the total the add-in wrote.
  expect(formulaOf(sheet.getCell(wordsRow, 1))?.result).not.toBe(`Bằng chữ: ${amountInWords(result.estimate!.total)}`);
});
