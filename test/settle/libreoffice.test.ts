import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { isoDate } from "../../src/core/dates/isoDate";
import { amountInWords } from "../../src/core/words/amountInWords";
import { convertWithSoffice, disposeSoffice, findProgram, pdfInfo, pdfText } from "../../src/render/libreoffice";
import { renderSheet } from "../../src/render/renderSheet";
import { runSettle, type SettleCommandResult } from "../../src/workbook/commands/settle";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { formulaOf } from "../attachment/kit";
import { cached, formulaCells, show } from "./formulas";
import { traVinhWithActuals } from "./kit";

/*
 * The Quyết toán sheet in a second spreadsheet engine: LibreOffice recomputes
 * every formula (its profile recalculates on load) and must find the add-in's
 * figures to the đồng; after an officer corrects an actual on the sheet, the totals,
 * the rates and the words follow. Then the sheet as printed. Skipped, with a note,
 * only when soffice is missing; CI installs it.
 */
const soffice = findProgram("soffice");
if (!soffice) console.warn("test/settle/libreoffice.test.ts: soffice (LibreOffice) không có / not installed: SKIPPED");
const run = soffice ? test : test.skip;
jest.setTimeout(180_000);

let dir: string;
let result: SettleCommandResult;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-settle-lo-"));
  const book = new XlsxWorkbook(traVinhWithActuals());
  result = await runSettle(book, { asOf: isoDate("2021-01-15") });
  file = path.join(dir, "tra-vinh-quyet-toan.xlsx");
  await book.save(file);
});
afterAll(async () => {
  await disposeSoffice();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(f: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb.getWorksheet("Quyết toán")!;
}

/** Each formula cell's cached value; "0|''" where ExcelJS reads none back (a cached 0 or "": formulas.ts). */
function values(ws: ExcelJS.Worksheet): Map<string, string> {
  return new Map(formulaCells(ws).map((a) => [a, ((v) => (v === undefined ? "0|''" : show(v)))(cached(ws, a))]));
}

const same = (a: string | undefined, b: string | undefined) =>
  a === b || (a === "0|''" && (b === "0" || b === "text:")) || (b === "0|''" && (a === "0" || a === "text:"));

async function recalculated(source: string, name: string): Promise<ExcelJS.Worksheet> {
  const copy = path.join(dir, `${name}.xlsx`);
  fs.copyFileSync(source, copy);
  const out = await convertWithSoffice(copy, "xlsx", path.join(dir, `lo-${name}`));
  return open(out!);
}

run("LibreOffice recomputes every formula of the sheet to the add-in's values, to the đồng (a spoiled cached total included)", async () => {
  const ours = await open(file);
  const expected = values(ours);
  expect(expected.size).toBeGreaterThan(60);
  // Spoil the cached TỔNG CỘNG of the actuals: only a recomputation brings back 82.949.948.
  const { year } = result.layout!;
  const wb = ours.workbook;
  const total = ours.getCell(year.totalRow, 4);
  total.value = { formula: formulaOf(total)!.formula.slice(1), result: 1 } as ExcelJS.CellFormulaValue;
  const spoiled = path.join(dir, "spoiled.xlsx");
  await wb.xlsx.writeFile(spoiled);
  expect(cached(await open(spoiled), total.address)?.toString()).toBe("1");

  const theirs = values(await recalculated(spoiled, "spoiled"));
  const differ = [...expected].filter(([a, v]) => !same(v, theirs.get(a))).map(([a, v]) => ({ a, ours: v, libreoffice: theirs.get(a) }));
  expect(differ).toEqual([]);
  expect(theirs.get(total.address)).toBe("82949948");
});

run("an actual corrected on the sheet: LibreOffice updates the activity, the totals, the rate and the words", async () => {
  const ws = await open(file);
  const { quarters, year, wordsRow } = result.layout!;
  // The conferences' Quý II, 9.500.000 -> 10.500.000.
  const q2 = quarters.activityRows.get(3)! + 2;
  expect(ws.getCell(q2, 4).value).toBe(9500000);
  ws.getCell(q2, 4).value = 10500000;
  const edited = path.join(dir, "edited.xlsx");
  await ws.workbook.xlsx.writeFile(edited);

  const after = await recalculated(edited, "edited");
  const result_ = (r: number, c: number) => formulaOf(after.getCell(r, c))?.result;
  expect(result_(year.activityRows.get(3)!, 4)).toBe(20150000);
  expect(result_(year.activityRows.get(3)!, 5)).toBe(19400000 - 20150000);
  expect(result_(year.activityRows.get(3)!, 6)).toBe(103.9);
  expect(result_(year.totalRow, 4)).toBe(83949948);
  expect(result_(quarters.yearRow, 4)).toBe(83949948);
  expect(result_(wordsRow, 1)).toBe(`Số thực hiện bằng chữ: ${amountInWords(new Decimal(83949948))}`);
});

run("printed: A4, the title, every activity, the totals with thousands separators, the words, nothing clipped to ###", async () => {
  const out = await renderSheet(file, "Quyết toán", dir, "quyet-toan");
  const text = (await pdfText(out!.pdf)) ?? "";
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const info = await pdfInfo(out!.pdf);
  expect(info).toMatchObject({ width: expect.closeTo(595, 0), height: expect.closeTo(842, 0) });
  expect(text).toContain("QUYẾT TOÁN KINH PHÍ");
  expect(text).not.toContain("###");
  for (const a of result.settlement!.activities) expect(squeeze(text)).toContain(squeeze(a.activity.name).slice(0, 20));
  expect(text).toContain("82.949.948");
  expect(text).toContain("97.600.000");
  expect(squeeze(text)).toContain(squeeze(amountInWords(new Decimal(82949948))));
  expect(squeeze(text)).toContain(squeeze("Chuyển nguồn sang năm sau"));
});
