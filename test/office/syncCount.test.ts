import { isoDate } from "../../src/core/dates/isoDate";
import { estimateCommand, runEstimate, sheetsForEstimate } from "../../src/workbook/commands/estimate";
import { runCheck } from "../../src/workbook/commands/check";
import { attachmentCommand, runAttachment, sheetsForAttachment } from "../../src/workbook/commands/attachment";
import { readBook, type WorkbookPort, type WriteOp } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "./fakeExcel";
import { copyOf, planWorkbook } from "./plans";

/**
 * Each command reads in one batch and writes in one batch, whatever the size of
 * the plan: the number of context.sync() calls is the same for 10 activities and
 * for 5.000. (Desktop Excel: no payload limit. In Excel on the web a write over
 * the request budget is split, see the last test.)
 */
type Command = (port: WorkbookPort) => Promise<{ findings: unknown[]; writes: unknown[] }>;

const small = planWorkbook(10);
const large = planWorkbook(5000);
/** A plan of 1.000 activities: large enough for Excel on the web to split its write, quicker than 5.000. */
const thousand = planWorkbook(1000);

/*
 * Every total is =SUBTOTAL(9,Fa:Fb) over a block of rows, so its formula stays short
 * however many activities the plan has (a list of one reference per activity passed
 * Excel's 8.192 characters at about 1.200 activities): all three commands compare
 * 10 and 5.000 activities.
 */
const COMMANDS: [string, Command][] = [
  ["Tính dự toán (runEstimate)", (port) => runEstimate(port)],
  ["Kiểm tra (runCheck)", (port) => runCheck(port, { asOf: isoDate("2020-06-30") })],
  ["Lập phụ lục (runAttachment)", (port) => runAttachment(port)],
];

async function syncsFor(command: Command, wb: typeof small, runs = 1): Promise<{ syncs: number[]; excel: FakeExcel }> {
  const excel = FakeExcel.fromExcelJS(await copyOf(wb)).desktop();
  const port = new OfficeWorkbook(excel.run, { supports: () => true, syncBudget: Infinity });
  const syncs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = excel.syncCount;
    const result = await command(port);
    expect(result.writes.length).toBeGreaterThan(0);
    syncs.push(excel.syncCount - before);
  }
  return { syncs, excel };
}

describe("syncs per command over Office.js", () => {
  jest.setTimeout(120_000);

  it.each(COMMANDS)("%s makes as many syncs for 5.000 activities as for 10, on a first and a second run", async (_name, command) => {
    const ten = await syncsFor(command, small, 2);
    const many = await syncsFor(command, large, 2);
    expect(many.syncs).toEqual(ten.syncs);
    // The list with the layout's sheets read in the same sync, then the write, checked against what the read
    // learned (no preflight sync); a second run reads once more (which cells the first run's notes are on, its
    // marks' fills): what Office.js cannot navigate in the batch that loads them.
    expect(ten.syncs[0]).toBe(2);
    expect(ten.syncs[1]).toBeLessThanOrEqual(3);
    expect(many.excel.syncs.every((s) => !s.error)).toBe(true);
  });

  it("a host that refuses reads from a sheet that does not exist: the first command asks again without it and learns; the next lists alone and reads once, with the same result", async () => {
    // The plan has no Định mức, Dự toán or record sheet yet: the layout's names the first sync guesses include missing ones.
    const run = async (refuses: boolean) => {
      const excel = FakeExcel.fromExcelJS(await copyOf(small)).desktop();
      excel.nullObjectChildrenThrow = refuses;
      const port = new OfficeWorkbook(excel.run, { supports: () => true, syncBudget: Infinity });
      const syncs: number[] = [];
      const totals: string[] = [];
      for (let i = 0; i < 2; i++) {
        const before = excel.syncCount;
        totals.push((await runEstimate(port)).estimate!.total.toFixed());
        syncs.push(excel.syncCount - before);
      }
      return { syncs, totals };
    };
    const refusing = await run(true);
    const lenient = await run(false);
    expect(refusing.totals).toEqual(lenient.totals);
    expect(lenient.syncs[0]).toBe(2);
    expect(refusing.syncs[0]).toBeGreaterThan(2);
    expect(refusing.syncs[1]).toBeLessThanOrEqual(4);
  });

  it("every write sync suspends calculation first, no cell is written one by one, and Excel's recalculated TỔNG CỘNG is the engine's total", async () => {
    let total = "";
    const { excel } = await syncsFor(async (port) => {
      const result = await runEstimate(port);
      total = result.estimate!.total.toFixed();
      return result;
    }, large);
    const writing = excel.syncs.filter((s) => s.writes > 0);
    expect(writing).toHaveLength(1);
    expect(writing.every((s) => s.suspendedBeforeWrites)).toBe(true);
    const valueWrites = excel.writes.filter((w) => w.property === "values" || w.property === "formulas");
    expect(valueWrites.length).toBeLessThan(20);
    const breakdown = excel.sheet("Chi tiết dự toán");
    const totalRow = breakdown.usedBox()!.bottom;
    expect(totalRow).toBeGreaterThan(5000);
    // The fake evaluates the formulas as Excel would: the SUBTOTAL over the whole body leaves out the activities' SUBTOTALs.
    expect(breakdown.cell(totalRow, 2)?.value).toBe("TỔNG CỘNG");
    expect(breakdown.cell(totalRow, 6)).toEqual({ formula: `=SUBTOTAL(9,F4:F${totalRow - 1})`, value: Number(total) });
  });

  it("in Excel on the web a write over the request budget is split by bytes into syncs that each fit the limit, and a small plan stays one write sync", async () => {
    const excel = FakeExcel.fromExcelJS(await copyOf(thousand));
    excel.limits.requestBytes = 1024 * 1024;
    const port = new OfficeWorkbook(excel.run, { supports: () => true, syncBudget: 800 * 1024 });
    await runEstimate(port);
    const writing = excel.syncs.filter((s) => s.writes > 0);
    expect(excel.syncs.every((s) => !s.error)).toBe(true);
    expect(writing.length).toBeGreaterThan(1);
    expect(writing.every((s) => s.requestBytes < 1024 * 1024 && s.suspendedBeforeWrites)).toBe(true);
    // The same plan of 10 activities stays one write sync on the web too.
    const web10 = FakeExcel.fromExcelJS(await copyOf(small));
    await runEstimate(new OfficeWorkbook(web10.run, { supports: () => true }));
    expect(web10.syncs.filter((s) => s.writes > 0)).toHaveLength(1);
  });

  it("the formulas written for 5.000 activities stay within Excel's 8.192 characters", async () => {
    const port = await XlsxWorkbook.fromBuffer((await large.xlsx.writeBuffer()) as ArrayBuffer);
    // A loop, not Math.max(...lengths): 5.000 activities write over 100.000 cells, too many arguments for a call.
    const longest = (writes: WriteOp[]) =>
      writes.reduce(
        (max, w) =>
          w.op === "cells"
            ? w.cells.reduce((m, row) => row.reduce((n, c) => (c.type === "formula" ? Math.max(n, c.formula.length) : n), m), max)
            : max,
        0,
      );
    expect(longest(estimateCommand(await readBook(port, sheetsForEstimate)).writes)).toBeLessThanOrEqual(8192);
    expect(longest(attachmentCommand(await readBook(port, sheetsForAttachment)).writes)).toBeLessThanOrEqual(8192);
  });
});
