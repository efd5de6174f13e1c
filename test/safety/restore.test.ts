import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { runCheck } from "../../src/workbook/commands/check";
import { runCommand } from "../../src/workbook/commands/run";
import { runRestore } from "../../src/workbook/safety/restore";
import { pickSheets } from "../../src/workbook/commands/sheets";
import type { WorkbookPort, WriteOp } from "../../src/workbook/port";
import { bookOf, countingPort, differences, everyCell, reopen, userCells } from "./workbookCells";
import { planWorkbook } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

/** A command of the shape of every command: reads the plan sheet, writes what it is given. */
function runWrites(port: WorkbookPort, writes: WriteOp[], force = false) {
  return runCommand(
    port,
    (s) => pickSheets(s, ["plan"]),
    () => ({ findings: [], writes }),
    { force },
  );
}

/** Opens the workbook as a file would hold it, after each step, like a user saving between commands. */
async function step(wb: ExcelJS.Workbook, run: (book: Awaited<ReturnType<typeof bookOf>>) => Promise<unknown>): Promise<ExcelJS.Workbook> {
  const book = await bookOf(wb);
  await run(book);
  return reopen(book);
}

describe("restore brings back what the last command overwrote", () => {
  test("after estimate: every cell of every sheet as before, and the sheets estimate created are gone", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    expect(differences(everyCell(original), everyCell(estimated)).length).toBeGreaterThan(10);
    expect(estimated.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Kế hoạch", "Chi tiết dự toán", "_dutoan"]);

    const restored = await step(estimated, runRestore);
    expect(differences(everyCell(original), everyCell(restored))).toEqual([]);
    expect(restored.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Kế hoạch"]);
  });

  test("after a second estimate over a changed plan: the first estimate's cells, not the original's", async () => {
    const first = await step(await reopen(planWorkbook()), runEstimate);
    first.getWorksheet("Kế hoạch")!.getCell("E4").value = 50; // 50 banners instead of 40
    const edited = await reopen(first);
    const second = await step(edited, runEstimate);
    expect(differences(everyCell(edited), everyCell(second))).toEqual(
      expect.arrayContaining(["Kế hoạch!J4", "Kế hoạch!J2", "Kế hoạch!J6"]),
    );

    const restored = await step(second, runRestore);
    expect(differences(userCells(everyCell(edited)), userCells(everyCell(restored)))).toEqual([]);
  });

  test("after attachment: the Dự toán sheet it created is deleted, and a rewritten one comes back cell for cell", async () => {
    const original = await reopen(planWorkbook());
    const once = await step(original, (b) => runAttachment(b));
    expect(once.getWorksheet("Dự toán")).toBeDefined();
    expect(differences(everyCell(original), everyCell(await step(once, runRestore)))).toEqual([]);

    // The officer edits the attachment by hand (a value, a formula, a format), then runs it again.
    const ws = once.getWorksheet("Dự toán")!;
    ws.getCell("H30").value = "ghi chú của tôi";
    ws.getCell("I30").value = { formula: "1+2", result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell("I30").numFmt = "0.00";
    const edited = await reopen(once);
    const again = await step(edited, (b) => runAttachment(b));
    expect(everyCell(again).get("Dự toán!H30")).toBeUndefined();
    expect(differences(userCells(everyCell(edited)), userCells(everyCell(await step(again, runRestore))))).toEqual([]);
  });

  test("after check: its marks (fills, notes), the quarters it phased and its record are taken off, cell for cell", async () => {
    const wb = planWorkbook();
    const plan = wb.getWorksheet("Kế hoạch")!;
    plan.getCell("H3").value = "Quý V"; // unreadable timing: a marked cell
    plan.getCell("I4").value = 9000000; // a stated amount the norms do not give
    plan.getCell("E5").note = "ghi chú của người dùng";
    const original = await reopen(wb);
    const checked = await step(original, (b) => runCheck(b, { asOf: isoDate("2020-12-31") }));
    const changed = differences(everyCell(original), everyCell(checked));
    expect(changed).toEqual(expect.arrayContaining(["Kế hoạch!H3", "_dutoan!"]));
    expect(checked.getWorksheet("_dutoan_marks")).toBeUndefined(); // one record: the marks are in the state sheet
    expect(differences(everyCell(original), everyCell(await step(checked, runRestore)))).toEqual([]);
  });

  test("after estimate, check and attachment in turn, restoring each time: back to the plan as typed", async () => {
    const original = await reopen(planWorkbook());
    let wb = original;
    for (const run of [
      runEstimate,
      (b: Parameters<typeof runEstimate>[0]) => runCheck(b, { asOf: isoDate("2020-12-31") }),
      (b: Parameters<typeof runEstimate>[0]) => runAttachment(b),
    ]) {
      const before = everyCell(wb);
      wb = await step(wb, run);
      wb = await step(wb, runRestore);
      expect(differences(userCells(before), userCells(everyCell(wb)))).toEqual([]);
    }
    expect(differences(everyCell(original), everyCell(wb))).toEqual([]);
  });

  test("fills and notes a command sets (as the check marks do) are taken off, and the user's own come back", async () => {
    const wb = planWorkbook();
    const plan = wb.getWorksheet("Kế hoạch")!;
    plan.getCell("F3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    plan.getCell("F3").note = "ghi chú của người dùng";
    const original = await reopen(wb);
    const marked = await step(original, (b) =>
      runWrites(b, [
        { op: "style", sheet: "Kế hoạch", range: "E3:F3", style: { fill: "#FFC7CE" } },
        { op: "note", sheet: "Kế hoạch", address: "E3", text: "Số lượng phải lớn hơn 0" },
        { op: "note", sheet: "Kế hoạch", address: "F3", text: "Thiếu số người" },
      ]),
    );
    expect(differences(everyCell(original), everyCell(marked))).toEqual([
      "Kế hoạch!E3",
      "Kế hoạch!F3",
      "_dutoan!",
      "_dutoan!A1",
      "_dutoan!A2",
      "_dutoan!B1",
    ]);
    expect(differences(everyCell(original), everyCell(await step(marked, runRestore)))).toEqual([]);
  });

  test("merged areas of a sheet the add-in clears come back with its cells", async () => {
    const once = await step(await reopen(planWorkbook()), runEstimate);
    const ws = once.getWorksheet("Chi tiết dự toán")!;
    ws.mergeCells("H20:J21");
    ws.getCell("H20").value = "khối ghi chú";
    const edited = await reopen(once);
    const again = await step(edited, runEstimate);
    expect(again.getWorksheet("Chi tiết dự toán")!.getCell("H20").value).toBeNull();
    const restored = await step(again, runRestore);
    expect(differences(userCells(everyCell(edited)), userCells(everyCell(restored)))).toEqual([]);
    expect((restored.getWorksheet("Chi tiết dự toán")!.model as { merges: string[] }).merges).toContain("H20:J21");
  });

  test("numbers, text, formulas, dates and number formats overwritten with force come back exactly", async () => {
    const wb = planWorkbook({ extra: {} });
    const plan = wb.getWorksheet("Kế hoạch")!;
    plan.getCell("L3").value = new Date(Date.UTC(2020, 5, 15));
    plan.getCell("L3").numFmt = "dd/mm/yyyy";
    plan.getCell("M3").value = 1234.5;
    plan.getCell("M3").numFmt = "#,##0.00";
    plan.getCell("N3").value = { formula: "M3*2", result: 2469 } as ExcelJS.CellFormulaValue;
    plan.getCell("O3").value = "chữ của tôi";
    const original = await reopen(wb);
    const overwritten = await step(original, (b) =>
      runWrites(
        b,
        [
          {
            op: "cells",
            sheet: "Kế hoạch",
            row: 3,
            col: 12,
            cells: [[{ type: "number", value: "1" }, { type: "text", value: "x" }, { type: "empty" }, { type: "number", value: "2" }]],
            numberFormats: [["0", null, null, "0"]],
          },
        ],
        true,
      ),
    );
    expect(differences(everyCell(original), everyCell(overwritten))).toEqual(
      expect.arrayContaining(["Kế hoạch!L3", "Kế hoạch!M3", "Kế hoạch!N3", "Kế hoạch!O3"]),
    );
    expect(differences(everyCell(original), everyCell(await step(overwritten, runRestore)))).toEqual([]);
  });

  test("a sheet written but not read cannot be backed up: the run says so; named in targets, it is read and restored", async () => {
    const original = await reopen(planWorkbook());
    const writes: WriteOp[] = [{ op: "cells", sheet: "Thông tin", row: 10, col: 1, cells: [[{ type: "text", value: "ghi thêm" }]] }];
    const unread = await bookOf(original);
    const blind = await runCommand(
      unread,
      (s) => pickSheets(s, ["plan"]),
      () => ({ findings: [], writes }),
    );
    expect(blind.findings).toEqual([expect.objectContaining({ code: "not-backed-up", sheet: "Thông tin" })]);

    const named = await step(original, (b) =>
      runCommand(
        b,
        (s) => pickSheets(s, ["plan"]),
        () => ({ findings: [], writes }),
        {},
        () => ["Thông tin"],
      ),
    );
    expect(named.getWorksheet("Thông tin")!.getCell("A10").value).toBe("ghi thêm");
    expect(differences(everyCell(original), everyCell(await step(named, runRestore)))).toEqual([]);
  });

  test("a second restore finds nothing to restore and changes nothing", async () => {
    const restored = await step(await step(await reopen(planWorkbook()), runEstimate), runRestore);
    const book = await bookOf(restored);
    const result = await runRestore(book);
    expect(result.writes).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["nothing-to-restore"]);
    expect(differences(everyCell(restored), everyCell(await reopen(book)))).toEqual([]);
  });

  test("a protected sheet stops restore before anything is written", async () => {
    const twice = await step(await step(await reopen(planWorkbook()), runEstimate), async (b) => {
      await b.apply([{ op: "cells", sheet: "Kế hoạch", row: 4, col: 5, cells: [[{ type: "number", value: "45" }]] }]);
      await runEstimate(b);
    });
    await twice.getWorksheet("Kế hoạch")!.protect("", {});
    const locked = await reopen(twice);
    const book = await bookOf(locked);
    const result = await runRestore(book);
    expect(result.findings).toEqual([expect.objectContaining({ code: "sheet-protected", sheet: "Kế hoạch", range: "A1" })]);
    expect(result.writes).toEqual([]);
    expect(differences(everyCell(locked), everyCell(await reopen(book)))).toEqual([]);
  });

  test("restore takes one list, two reads (the record, then the sheets it names, as they are now) and one write batch", async () => {
    const book = countingPort(await bookOf(await step(await reopen(planWorkbook()), runEstimate)));
    await runRestore(book);
    expect(book.calls).toEqual(["listSheets", "readSheets", "readSheets", "apply"]);
  });

  test("a damaged restore sheet is a finding; the command still runs and starts a fresh record", async () => {
    const once = await step(await reopen(planWorkbook()), runEstimate);
    once.getWorksheet("_dutoan")!.getCell("A2").value = "hỏng";
    const book = await bookOf(await reopen(once));
    const result = await runEstimate(book);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "restore-data-unreadable", sheet: "_dutoan" }));
    expect(result.estimate?.activities).toHaveLength(3);
    expect((await runRestore(book)).findings.map((f) => f.code)).not.toContain("restore-data-unreadable");
  });
});
