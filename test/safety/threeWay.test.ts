/**
 * Issue 12: restore is three-way. Before the command (the backup), as the command
 * left it (what the add-in wrote), now: what the officer changed after the command
 * is theirs, and restore keeps it with a finding naming it, never erases it. A
 * restore is undone by running the same command again; a second restore is harmless.
 */
import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { runCheck } from "../../src/workbook/commands/check";
import { runRestore } from "../../src/workbook/safety/restore";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bookOf, differences, everyCell, reopen, userCells } from "./workbookCells";
import { planWorkbook } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

async function step(wb: ExcelJS.Workbook, run: (book: XlsxWorkbook) => Promise<unknown>): Promise<ExcelJS.Workbook> {
  const book = await bookOf(wb);
  await run(book);
  return reopen(book);
}

/** Runs restore on the workbook; its result and the workbook after. */
async function restore(wb: ExcelJS.Workbook) {
  const book = await bookOf(wb);
  const result = await runRestore(book);
  return { result, after: await reopen(book) };
}

const check = (b: XlsxWorkbook) => runCheck(b, { asOf: isoDate("2020-12-31") });
const codes = (findings: { code: string; sheet?: string; range?: string }[]) =>
  findings.map((f) => `${f.code}@${f.sheet ?? ""}!${f.range ?? ""}`);

describe("restore keeps what the officer changed after the command", () => {
  test("a value typed into a Dự toán cell after estimate stays, with a finding; every other cell comes back", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    estimated.getWorksheet("Kế hoạch")!.getCell("J4").value = 7777777; // the officer's own figure
    const typed = await reopen(estimated);

    const { result, after } = await restore(typed);
    expect(codes(result.findings)).toEqual(["restore-kept-user-value@Kế hoạch!J4"]);
    expect(result.findings[0].message).toContain("7777777");
    expect(result.keptCells).toBe(1);
    expect(after.getWorksheet("Kế hoạch")!.getCell("J4").value).toBe(7777777);
    // Everything else is as before the command: the other outputs gone, the sheet it created deleted.
    const expected = everyCell(original);
    expected.set("Kế hoạch!J4", everyCell(typed).get("Kế hoạch!J4")!);
    expect(differences(expected, everyCell(after))).toEqual([]);
  });

  test("a value typed over a cell the command had overwritten with --force stays too", async () => {
    const wb = planWorkbook({
      header: ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch", "Dự toán"],
    });
    wb.getWorksheet("Kế hoạch")!.getCell("J3").value = 123; // the officer's value before the command
    const original = await reopen(wb);
    const forced = await step(original, (b) => runEstimate(b, { force: true }));
    forced.getWorksheet("Kế hoạch")!.getCell("J3").value = 456; // and a new one after
    const { result, after } = await restore(await reopen(forced));
    expect(codes(result.findings)).toEqual(["restore-kept-user-value@Kế hoạch!J3"]);
    expect(after.getWorksheet("Kế hoạch")!.getCell("J3").value).toBe(456);
    expect(after.getWorksheet("Kế hoạch")!.getCell("J4").value).toBeNull();
  });

  test("a value the officer typed back to what it was before the command is no finding", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    estimated.getWorksheet("Kế hoạch")!.getCell("J4").value = null;
    const { result, after } = await restore(await reopen(estimated));
    expect(result.findings).toEqual([]);
    expect(differences(everyCell(original), everyCell(after))).toEqual([]);
  });

  test("a remark typed on the Chi tiết dự toán sheet estimate created: the sheet is not deleted, and the finding names the row", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    const breakdown = estimated.getWorksheet("Chi tiết dự toán")!;
    breakdown.getCell("M5").value = "đã đối chiếu với báo giá";
    const typed = await reopen(estimated);

    const { result, after } = await restore(typed);
    expect(codes(result.findings)).toEqual(["restore-kept-sheet@Chi tiết dự toán!5:5"]);
    expect(result.deletedSheets).toEqual([]);
    expect(after.getWorksheet("Chi tiết dự toán")!.getCell("M5").value).toBe("đã đối chiếu với báo giá");
    // The plan's own cells are back as typed.
    const plan = (m: Map<string, string>) => new Map([...m].filter(([k]) => k.startsWith("Kế hoạch!")));
    expect(differences(plan(everyCell(original)), plan(everyCell(after)))).toEqual([]);
  });

  test("a note added on Chi tiết dự toán counts as a change too", async () => {
    const estimated = await step(await reopen(planWorkbook()), runEstimate);
    estimated.getWorksheet("Chi tiết dự toán")!.getCell("B6").note = "hỏi lại phòng Tài chính";
    const { result, after } = await restore(await reopen(estimated));
    expect(codes(result.findings)).toEqual(["restore-kept-sheet@Chi tiết dự toán!6:6"]);
    expect(after.getWorksheet("Chi tiết dự toán")).toBeDefined();
  });

  test("a cell of Chi tiết dự toán the second estimate rewrote, then typed over, stays; the rest of the first estimate comes back", async () => {
    const first = await step(await reopen(planWorkbook()), runEstimate);
    first.getWorksheet("Kế hoạch")!.getCell("E4").value = 50; // 50 banners instead of 40
    const edited = await reopen(first);
    const second = await step(edited, runEstimate);
    const changed = differences(everyCell(edited), everyCell(second)).filter((k) => k.startsWith("Chi tiết dự toán!"));
    expect(changed.length).toBeGreaterThan(0);
    const cell = changed[0].split("!")[1];
    second.getWorksheet("Chi tiết dự toán")!.getCell(cell).value = "sửa tay";
    const { result, after } = await restore(await reopen(second));
    expect(codes(result.findings)).toEqual([`restore-kept-user-value@Chi tiết dự toán!${cell}`]);
    const expected = userCells(everyCell(edited));
    expected.set(`Chi tiết dự toán!${cell}`, userCells(everyCell(after)).get(`Chi tiết dự toán!${cell}`)!);
    expect(differences(expected, userCells(everyCell(after)))).toEqual([]);
  });

  test("a note the officer wrote over a check mark stays; the other marks come off", async () => {
    const wb = planWorkbook();
    wb.getWorksheet("Kế hoạch")!.getCell("H3").value = "Quý V"; // unreadable timing: marked
    wb.getWorksheet("Kế hoạch")!.getCell("H4").value = "Quý X";
    const original = await reopen(wb);
    const checked = await step(original, check);
    expect(checked.getWorksheet("Kế hoạch")!.getCell("H3").note).toBeTruthy();
    checked.getWorksheet("Kế hoạch")!.getCell("H3").note = "đã hỏi, quý III";
    const { result, after } = await restore(await reopen(checked));
    expect(codes(result.findings)).toEqual(["restore-kept-user-value@Kế hoạch!H3"]);
    const ws = after.getWorksheet("Kế hoạch")!;
    const noteOf = (a: string) => {
      const n = ws.getCell(a).note;
      return typeof n === "string" || n === undefined ? n : n.texts!.map((t) => t.text).join("");
    };
    expect(noteOf("H3")).toBe("đã hỏi, quý III");
    expect(noteOf("H4")).toBeUndefined();
  });
});

describe("restore twice is harmless; a restore is undone by running the command again", () => {
  test.each([
    ["estimate", runEstimate],
    ["check", check],
    ["attachment", (b: XlsxWorkbook) => runAttachment(b)],
  ] as const)(
    "%s → restore → restore: the second changes nothing; the command again: the workbook it made, cell for cell",
    async (_n, run) => {
      const original = await reopen(planWorkbook());
      const done = await step(original, run);
      const once = await restore(done);
      expect(differences(everyCell(original), everyCell(once.after))).toEqual([]);
      const twice = await restore(once.after);
      expect(codes(twice.result.findings)).toEqual(["nothing-to-restore@!"]);
      expect(twice.result.writes).toEqual([]);
      expect(differences(everyCell(once.after), everyCell(twice.after))).toEqual([]);
      // Undo the restore: the same command again gives back exactly what the restore took away, the record included.
      const redone = await step(twice.after, run);
      expect(differences(everyCell(done), everyCell(redone))).toEqual([]);
    },
  );

  test("restore after two commands goes back one: the second command's changes only (one backup is kept)", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    const checked = await step(estimated, check);
    const { after } = await restore(checked);
    expect(differences(userCells(everyCell(estimated)), userCells(everyCell(after)))).toEqual([]);
  });

  test("what restore kept for the officer is theirs at the next run: estimate again keeps it (user-value-kept)", async () => {
    const estimated = await step(await reopen(planWorkbook()), runEstimate);
    estimated.getWorksheet("Kế hoạch")!.getCell("J4").value = 7777777;
    const { after } = await restore(await reopen(estimated));
    const book = await bookOf(after);
    const again = await runEstimate(book);
    expect(codes(again.findings.filter((f) => f.code === "user-value-kept"))).toEqual(["user-value-kept@Kế hoạch!J4"]);
    expect((await reopen(book)).getWorksheet("Kế hoạch")!.getCell("J4").value).toBe(7777777);
  });
});
