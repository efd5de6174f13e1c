import type ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { isoDate } from "../../src/core/dates/isoDate";
import { amountInWords } from "../../src/core/words/amountInWords";
import { runSettle, type SettleCommandResult } from "../../src/workbook/commands/settle";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { reload, rowTexts } from "../attachment/kit";
import { everyCell, differences } from "../safety/workbookCells";
import { evaluate, formulaCells, mismatches } from "./formulas";
import { TRA_VINH_ACTUALS, traVinhWithActuals } from "./kit";

/*
 * The Trà Vinh sample (Kế hoạch 30/KH-SCT, 2020) with a year of actual spending
 * recorded on Phân bổ, settled as of 15/01/2021: the Quyết toán sheet as the file
 * holds it.
 */
jest.setTimeout(60_000);

let result: SettleCommandResult;
let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
let before: Map<string, string>;

beforeAll(async () => {
  const source = traVinhWithActuals();
  before = everyCell(await reload(new XlsxWorkbook(source)));
  const book = new XlsxWorkbook(source);
  result = await runSettle(book, { asOf: isoDate("2021-01-15") });
  wb = await reload(book);
  ws = wb.getWorksheet("Quyết toán")!;
});

const layout = () => result.layout!;
/** A cell's value, or a formula's cached result (ExcelJS reads a cached 0 back as none: formulas.ts). */
const money = (v: ExcelJS.CellValue) => (typeof v === "object" && v && "formula" in v ? (v.result ?? 0) : v);
const figures = (row: number) => [3, 4, 5, 6].map((c) => money(ws.getCell(row, c).value) ?? null);
/** What the officer typed on Phân bổ for an activity (its Kế hoạch row), summed exactly. */
const typed = (planRow: number) =>
  TRA_VINH_ACTUALS.filter((l) => l[2] === planRow)
    .flatMap((l) => l.slice(3))
    .reduce<Decimal>((s, v) => s.plus(typeof v === "number" ? v : 0), new Decimal(0));

test("settle writes the Quyết toán sheet only: every other cell of the workbook is as before", () => {
  expect(new Set(result.writes.map((w) => w.sheet))).toEqual(new Set(["Quyết toán"]));
  const after = everyCell(wb);
  const others = differences(before, after).filter((k) => !k.startsWith("Quyết toán!") && !k.startsWith("_dutoan!"));
  expect(others).toEqual([]);
});

test("every formula of the sheet, recomputed from the sheet's own figures, gives the engine's cached value to the đồng", () => {
  const cells = formulaCells(ws);
  expect(cells.length).toBeGreaterThan(60);
  expect(mismatches(ws, (a) => evaluate(ws, a), cells)).toEqual([]);
});

test("the totals add up: the year table, the quarterly table and the actuals typed on Phân bổ agree to the đồng", () => {
  const { year, quarters } = layout();
  const typedTotal = [3, 4, 5, 6].reduce((s, r) => s.plus(typed(r)), new Decimal(0));
  expect(typedTotal.toFixed()).toBe("82949948");
  expect(figures(year.totalRow)).toEqual([97600000, 82949948, 14650052, 85]);
  expect(figures(quarters.yearRow)).toEqual(figures(year.totalRow));
  // Quý I..IV of the plan add up to the year, in both columns.
  const q = quarters.quarterTotalRows.map((r) => figures(r));
  expect(q.reduce((s, f) => s + (f[0] as number), 0)).toBe(97600000);
  expect(q.reduce((s, f) => s + (f[1] as number), 0)).toBe(82949948);
  // The engine's totals are the sheet's.
  expect(result.settlement!.total.actual.toFixed()).toBe("82949948");
});

test("each activity: its estimate, what was typed for it on Phân bổ, the difference and the rate", () => {
  const { year } = layout();
  const row = (planRow: number) => year.activityRows.get(planRow)!;
  expect(figures(row(3))).toEqual([19400000, typed(3).toNumber(), 19400000 - 19150000, 98.7]);
  expect(figures(row(4))).toEqual([64800000, 51999948, 12800052, 80.2]);
  expect(figures(row(5))).toEqual([2400000, 0, 2400000, 0]);
  expect(figures(row(6))).toEqual([11000000, 11800000, -800000, 107.3]);
  expect(rowTexts(ws, row(6))[6]).toBe("Vượt dự toán");
  // The activity's spending lines keep their estimate; the Thực hiện table has no actual per line.
  const lines = year.lineRows.get(6)!;
  expect(lines.map((r) => figures(r))).toEqual([
    [5000000, null, null, null],
    [6000000, null, null, null],
  ]);
  expect(result.findings.map((f) => f.code)).toContain("actuals-by-activity-only");
});

test("the quarterly table shows each quarter's estimate and actual; the year table shows the quarterly table's actuals", () => {
  const { year, quarters } = layout();
  const at = quarters.activityRows.get(3)!;
  expect([1, 2, 3, 4].map((i) => rowTexts(ws, at + i)[1])).toEqual(["Quý I", "Quý II", "Quý III", "Quý IV"]);
  expect([1, 2, 3, 4].map((i) => figures(at + i).slice(0, 2))).toEqual([
    [4850000, null],
    [4850000, 9500000],
    [4850000, null],
    [4850000, 9650000],
  ]);
  expect(ws.getCell(year.activityRows.get(3)!, 4).value).toMatchObject({ formula: `D${at}` });
});

test("an activity with no actual is listed as not carried out, with its unused estimate", () => {
  const { year, notCarriedOutRows } = layout();
  expect(rowTexts(ws, year.activityRows.get(5)!)[6]).toBe("Không thực hiện");
  expect(notCarriedOutRows.map((r) => rowTexts(ws, r).slice(0, 2))).toEqual([
    ["c", "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020"],
  ]);
  expect(money(ws.getCell(notCarriedOutRows[0], 3).value)).toBe(2400000);
  const f = result.findings.find((x) => x.code === "activity-not-carried-out")!;
  expect(f).toMatchObject({ severity: "warning", sheet: "Kế hoạch", range: "B5", amounts: { estimate: "2400000" } });
});

test("the money left: allocation minus actual, and the return / carry-over lines left blank because the data cannot tell", () => {
  const { unspent } = layout();
  expect(figures(unspent.allocationRow)[0]).toBe(87000000);
  expect(figures(unspent.unspentRow)[0]).toBe(87000000 - 82949948);
  expect([1, 2].map((i) => rowTexts(ws, unspent.unspentRow + i).slice(1, 3))).toEqual([
    ["Trong đó: - Nộp trả ngân sách", "……"],
    ["- Chuyển nguồn sang năm sau", "……"],
  ]);
  expect(result.settlement!.disposition).toBe("undetermined");
  expect(result.findings.find((f) => f.code === "unspent-disposition-unknown")).toMatchObject({
    severity: "warning",
    amounts: { unspent: "4050052" },
  });
  expect(money(ws.getCell(unspent.wordsRow!, 1).value)).toBe(`Số chưa sử dụng bằng chữ: ${amountInWords(new Decimal(4050052))}`);
});

test("the actual total in words, under the year table", () => {
  expect(money(ws.getCell(layout().wordsRow, 1).value)).toBe(`Số thực hiện bằng chữ: ${amountInWords(new Decimal(82949948))}`);
});

test("the checks of the actuals appear on the sheet: the overspent database, the disbursement by quarter", () => {
  const texts: string[] = [];
  ws.eachRow((row) => texts.push(String(row.getCell(2).value ?? "")));
  const overspend = result.findings.find((f) => f.code === "actual-over-plan")!;
  expect(overspend.range).toBe("D10:G10");
  expect(texts).toContain(overspend.message);
  for (const f of result.findings.filter((x) => x.code === "disbursement-rate")) expect(texts).toContain(f.message);
});

test("the header, the title and the plan it settles, as on the attachment; the as-of day given is printed", () => {
  expect([1, 2].map((r) => ws.getCell(r, 1).value)).toEqual(["UBND TỈNH TRÀ VINH", "SỞ CÔNG THƯƠNG"]);
  expect(ws.getCell(1, 3).value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const head = Array.from({ length: 12 }, (_, i) => String(ws.getCell(i + 1, 1).value ?? ""));
  expect(head).toEqual(
    expect.arrayContaining([
      "QUYẾT TOÁN KINH PHÍ",
      "Bảo vệ môi trường ngành Công Thương năm 2020",
      "(Thực hiện Kế hoạch số 30/KH-SCT ngày 19/3/2020 của Sở Công Thương tỉnh Trà Vinh)",
      "Số liệu thực hiện đến ngày 15/01/2021 (Quý I – Quý IV năm 2020)",
      "Đơn vị tính: đồng",
    ]),
  );
  // The signature line: the settlement's own date is not the plan's, so it prints blank.
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toContain("Trà Vinh, ngày … tháng … năm …");
  expect(ws.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToWidth: 1 });
});

test("without an as-of day, today is assumed: said in a finding and a note, never printed", async () => {
  const book = new XlsxWorkbook(traVinhWithActuals());
  const r = await runSettle(book);
  const sheet = (await reload(book)).getWorksheet("Quyết toán")!;
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts.some((t) => t.includes("đến ngày"))).toBe(false);
  expect(texts).toContain("Số liệu thực hiện cả năm 2020");
  expect(r.findings.find((f) => f.code === "settle-as-of-assumed")).toMatchObject({ severity: "info" });
  expect(r.settlement!.total.actual.toFixed()).toBe("82949948");
});

test("as of 15/08/2020: the third quarter counts, the fourth is outside the period and said; a report of spending so far", async () => {
  const book = new XlsxWorkbook(traVinhWithActuals());
  const r = await runSettle(book, { asOf: isoDate("15/08/2020") });
  expect(r.settlement!.period.counted).toEqual([1, 2, 3]);
  expect(r.settlement!.total.actual.toFixed()).toBe(String(82949948 - 9650000 - 1999948 - 2950000));
  const after = r.findings.filter((f) => f.code === "actual-after-as-of").map((f) => f.range);
  expect(after).toEqual(["G8", "G9", "G10"]);
  const sheet = (await reload(book)).getWorksheet("Quyết toán")!;
  expect(sheet.getCell(5, 1).value).toBe("BÁO CÁO THỰC HIỆN KINH PHÍ");
  // Not carried out "yet", and no return or carry-over before the year is over.
  expect(r.settlement!.disposition).toBe("in-year");
  expect(r.findings.find((f) => f.code === "activity-not-carried-out")).toMatchObject({ severity: "info" });
});
