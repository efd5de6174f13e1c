import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { runCheck } from "../../src/workbook/commands/check";
import { runRestore } from "../../src/workbook/safety/restore";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bookOf, countingPort, differences, everyCell, reopen } from "./workbookCells";
import { planWorkbook, SMALL_PLAN } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

async function step(wb: ExcelJS.Workbook, run: (book: XlsxWorkbook) => Promise<unknown>): Promise<ExcelJS.Workbook> {
  const book = await bookOf(wb);
  await run(book);
  return reopen(book);
}

const manyRows = (n: number): unknown[][] =>
  Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `Băng rôn tuyên truyền số ${i + 1}`,
    "Băng rôn",
    "cái",
    10 + (i % 7),
    null,
    null,
    "Quý II",
    null,
  ]);

describe("running a command twice gives the same workbook as running it once", () => {
  test.each([
    ["estimate", runEstimate],
    ["attachment", (b: XlsxWorkbook) => runAttachment(b)],
    ["check", (b: XlsxWorkbook) => runCheck(b, { asOf: isoDate("2020-12-31") })],
  ] as const)("%s: every cell of every sheet, the hidden one included; no sheet, row or note added", async (_name, run) => {
    const once = await step(await reopen(planWorkbook()), run);
    const twice = await step(once, run);
    expect(differences(everyCell(once), everyCell(twice))).toEqual([]);
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
  });

  test("estimate, attachment, estimate: the second estimate changes nothing", async () => {
    const e1 = await step(await reopen(planWorkbook()), runEstimate);
    const a = await step(e1, (b) => runAttachment(b));
    const e2 = await step(a, runEstimate);
    expect(differences(everyCell(a), everyCell(e2))).toEqual([]);
  });

  test("a run that changes nothing keeps the backup of the run that did: restore still goes back to the original", async () => {
    const original = await reopen(planWorkbook());
    const twice = await step(await step(original, runEstimate), runEstimate);
    expect(differences(everyCell(original), everyCell(await step(twice, runRestore)))).toEqual([]);
  });

  test("a command takes one list, one read and one write batch, at 10 rows as at 2.000", async () => {
    for (const n of [10, 2000]) {
      const book = countingPort(await bookOf(planWorkbook({ rows: manyRows(n) })));
      const result = await runEstimate(book);
      expect(result.estimate?.activities).toHaveLength(n);
      await runEstimate(book);
      expect(book.calls).toEqual(["listSheets", "readSheets", "apply", "listSheets", "readSheets", "apply"]);
    }
  });

  test("the restore data of a 2.000-row plan spans several cells of the hidden sheet and still restores exactly", async () => {
    const first = await step(await reopen(planWorkbook({ rows: manyRows(2000) })), runEstimate);
    const plan = first.getWorksheet("Kế hoạch")!;
    for (let r = 2; r <= 2001; r += 2) plan.getCell(r, 5).value = 99;
    const edited = await reopen(first);
    const second = await step(edited, runEstimate);
    const state = second.getWorksheet("_dutoan")!;
    expect(state.state).toBe("veryHidden");
    expect(state.getCell("A3").value).toEqual(expect.any(String));
    const restored = await step(second, runRestore);
    const user = (m: Map<string, string>) => new Map([...m].filter(([k]) => !k.startsWith("_dutoan!")));
    expect(differences(user(everyCell(edited)), user(everyCell(restored)))).toEqual([]);
  });

  test("the plan's own rows are never duplicated by repeated runs", async () => {
    let wb = await reopen(planWorkbook());
    for (let i = 0; i < 3; i++) wb = await step(wb, runEstimate);
    expect(wb.getWorksheet("Kế hoạch")!.rowCount).toBe(SMALL_PLAN.length + 1);
  });
});
