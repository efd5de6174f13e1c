import ExcelJS from "exceljs";
import { isoDate } from "../../src/core/dates/isoDate";
import { runSettle } from "../../src/workbook/commands/settle";
import { runRestore } from "../../src/workbook/safety/restore";
import { bookOf, differences, everyCell, reopen, userCells } from "../safety/workbookCells";
import { traVinhWithActuals } from "./kit";

/* Settle is restorable like every command: the workbook comes back as it was before it ran. */
jest.setTimeout(60_000);

/** Opens the workbook as a file would hold it after each step, like a user saving between commands. */
async function step(wb: ExcelJS.Workbook, run: (book: Awaited<ReturnType<typeof bookOf>>) => Promise<unknown>): Promise<ExcelJS.Workbook> {
  const book = await bookOf(wb);
  await run(book);
  return reopen(book);
}

const settle = (asOf: string) => (book: Awaited<ReturnType<typeof bookOf>>) => runSettle(book, { asOf: isoDate(asOf) });

test("restore after settle: every cell of every sheet as before, and the Quyết toán sheet it created is gone", async () => {
  const original = await reopen(traVinhWithActuals());
  const settled = await step(original, settle("2021-01-15"));
  expect(settled.getWorksheet("Quyết toán")).toBeDefined();
  expect(differences(everyCell(original), everyCell(settled)).length).toBeGreaterThan(100);

  const restored = await step(settled, runRestore);
  expect(differences(everyCell(original), everyCell(restored))).toEqual([]);
  expect(restored.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
});

test("restore after a second settle (another as-of day): the first Quyết toán sheet comes back cell for cell", async () => {
  const first = await step(await reopen(traVinhWithActuals()), settle("2021-01-15"));
  const second = await step(first, settle("2020-08-15"));
  expect(differences(everyCell(first), everyCell(second))).toEqual(expect.arrayContaining(["Quyết toán!A5"]));

  const restored = await step(second, runRestore);
  expect(differences(userCells(everyCell(first)), userCells(everyCell(restored)))).toEqual([]);
  expect(restored.getWorksheet("Quyết toán")!.getCell("A5").value).toBe("QUYẾT TOÁN KINH PHÍ");
});

test("settling twice gives the same workbook as settling once", async () => {
  const once = await step(await reopen(traVinhWithActuals()), settle("2021-01-15"));
  const twice = await step(once, settle("2021-01-15"));
  expect(differences(everyCell(once), everyCell(twice))).toEqual([]);
});
