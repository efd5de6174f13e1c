import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { dutoanIn } from "../support/cli";

/*
 * An officer copies the printed Dự toán sheet to try other figures (Excel names the
 * copy "Dự toán (2)") and types numbers over its formulas. The add-in's record says
 * which sheet it wrote: check and explain read that one, and leave the copy alone.
 */

const SAMPLE = path.join(__dirname, "..", "..", "examples", "tra-vinh-2020.xlsx");
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-own-attachment-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const dutoan = dutoanIn(() => dir);

type Json = { findings: { code: string; sheet?: string }[]; amount?: string };

test("a user's copy named Dự toán (2) beside the add-in's Dự toán: check finds no broken formula in the copy, explain reads the add-in's sheet", async () => {
  expect((await dutoan("attachment", SAMPLE, "-o", "made.xlsx")).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "made.xlsx"));
  const own = wb.getWorksheet("Dự toán")!;
  const copy = wb.addWorksheet("Dự toán (2)");
  own.eachRow((row, r) =>
    row.eachCell((cell, c) => (copy.getCell(r, c).value = typeof cell.value === "object" ? (cell.result ?? null) : cell.value)),
  );
  await wb.xlsx.writeFile(path.join(dir, "copied.xlsx"));

  const check = JSON.parse((await dutoan("check", "copied.xlsx", "-o", "checked.xlsx", "--json")).stdout) as Json;
  expect(check.findings.filter((f) => /formula/.test(f.code))).toEqual([]);

  let lineRow = 0;
  own.eachRow((row, r) => {
    if (!lineRow && row.getCell(1).value === "-") lineRow = r;
  });
  const explained = JSON.parse((await dutoan("explain", "copied.xlsx", `Dự toán!F${lineRow}`, "--json")).stdout) as Json;
  expect(explained.amount).toBe(String((own.getCell(lineRow, 6).value as ExcelJS.CellFormulaValue).result));
  const copyExplained = await dutoan("explain", "copied.xlsx", `'Dự toán (2)'!F${lineRow}`, "--json");
  expect((JSON.parse(copyExplained.stdout) as Json).findings.map((f) => f.code)).toContain("explain-not-written");
});
