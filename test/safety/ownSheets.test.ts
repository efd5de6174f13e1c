/**
 * Issue 12: the add-in's own sheets are recognised by what it wrote in them, not
 * by name. A user's sheet named _dutoan, _DuToan, _dutoan_marks or "chi tiết dự
 * toán" (any case) is never cleared, hidden, written or deleted: the add-in writes
 * its own under another name and says so.
 * Issue 13: one record (the state sheet) of what the add-in wrote; no second sheet.
 */
import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runCheck } from "../../src/workbook/commands/check";
import { runRestore } from "../../src/workbook/safety/restore";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bookOf, differences, everyCell, reopen, stateDocument } from "./workbookCells";
import { planWorkbook } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

async function step<R>(wb: ExcelJS.Workbook, run: (book: XlsxWorkbook) => Promise<R>): Promise<{ result: R; after: ExcelJS.Workbook }> {
  const book = await bookOf(wb);
  const result = await run(book);
  return { result, after: await reopen(book) };
}

const check = (b: XlsxWorkbook) => runCheck(b, { asOf: isoDate("2020-12-31") });
const cellsOf = (cells: Map<string, string>, sheet: string) => new Map([...cells].filter(([k]) => k.startsWith(`${sheet}!`)));
const sheetsOf = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => `${w.name}:${w.state}`);

/** A user's sheet: visible, with their own rows. */
const USER_ROWS = [
  ["Ghi chú riêng của phòng", "không phải của add-in"],
  ["=1+1 là văn bản", 42],
];

describe("a user's sheet with the name of the state sheet is never touched", () => {
  test.each(["_dutoan", "_DuToan", "_DUTOAN"])(
    "%s: estimate, estimate again and restore leave it as it is; the record goes to _dutoan_1",
    async (name) => {
      const original = await reopen(planWorkbook({ extra: { [name]: USER_ROWS } }));
      const user = cellsOf(everyCell(original), name);
      expect(user.get(`${name}!`)).toBe("sheet:visible");

      const first = await step(original, runEstimate);
      expect(first.result.findings).toContainEqual(expect.objectContaining({ code: "sheet-name-in-use", sheet: "_dutoan_1" }));
      expect(differences(user, cellsOf(everyCell(first.after), name))).toEqual([]);
      expect(first.after.getWorksheet("_dutoan_1")!.state).toBe("veryHidden");

      const second = await step(first.after, runEstimate);
      expect(differences(everyCell(first.after), everyCell(second.after))).toEqual([]);

      const restored = await step(second.after, runRestore);
      expect(restored.result.findings).toEqual([]);
      expect(differences(everyCell(original), everyCell(restored.after))).toEqual([]);
      expect(sheetsOf(restored.after)).toEqual(sheetsOf(original));
    },
  );

  test("a user's _dutoan holding the add-in's title text but no record of it is still the user's: no finding, untouched", async () => {
    const wb = planWorkbook({ extra: { _dutoan: [["Ghi chú"], ["jxin chào"]] } });
    const original = await reopen(wb);
    const { result, after } = await step(original, runEstimate);
    expect(result.findings.map((f) => f.code)).not.toContain("restore-data-unreadable");
    expect(differences(cellsOf(everyCell(original), "_dutoan"), cellsOf(everyCell(after), "_dutoan"))).toEqual([]);
  });

  test("restore with only a user's _dutoan in the workbook: nothing to restore, nothing touched", async () => {
    const original = await reopen(planWorkbook({ extra: { _dutoan: USER_ROWS } }));
    const { result, after } = await step(original, runRestore);
    expect(result.findings.map((f) => f.code)).toEqual(["nothing-to-restore"]);
    expect(differences(everyCell(original), everyCell(after))).toEqual([]);
  });

  test("a user's _dutoan_marks stays visible and untouched through check, check again and restore; no marks sheet is made", async () => {
    const wb = planWorkbook({ extra: { _dutoan_marks: USER_ROWS } });
    wb.getWorksheet("Kế hoạch")!.getCell("H3").value = "Quý V"; // a finding to mark
    const original = await reopen(wb);
    const once = await step(original, check);
    const twice = await step(once.after, check);
    for (const wbk of [once.after, twice.after]) {
      expect(differences(cellsOf(everyCell(original), "_dutoan_marks"), cellsOf(everyCell(wbk), "_dutoan_marks"))).toEqual([]);
    }
    expect(sheetsOf(twice.after)).toEqual([...sheetsOf(original), "_dutoan:veryHidden"]);
    expect(twice.after.getWorksheet("Kế hoạch")!.getCell("H3").note).toBeTruthy();
    const restored = await step(twice.after, runRestore);
    expect(differences(everyCell(original), everyCell(restored.after))).toEqual([]);
  });
});

describe("a user's sheet named like the breakdown is never touched", () => {
  test.each(["chi tiết dự toán", "Chi tiết dự toán", "CHI TIẾT DỰ TOÁN"])(
    "%s: estimate writes Chi tiết dự toán (2), again in place; restore deletes only that",
    async (name) => {
      const original = await reopen(planWorkbook({ extra: { [name]: USER_ROWS } }));
      const user = cellsOf(everyCell(original), name);

      const first = await step(original, runEstimate);
      expect(first.result.findings).toContainEqual(
        expect.objectContaining({ code: "sheet-name-in-use", severity: "info", sheet: "Chi tiết dự toán (2)" }),
      );
      expect(first.result.findings.find((f) => f.code === "sheet-name-in-use")!.message).toContain(name);
      expect(differences(user, cellsOf(everyCell(first.after), name))).toEqual([]);
      const own = first.after.getWorksheet("Chi tiết dự toán (2)")!;
      expect(own.getCell("A1").value).toBe("CHI TIẾT DỰ TOÁN THEO NỘI DUNG CHI");
      expect(first.result.writes.filter((w) => w.sheet === name)).toEqual([]);

      // The next run recognises its own sheet by the record and its A1, and writes it in place: nothing changes.
      const second = await step(first.after, runEstimate);
      expect(differences(everyCell(first.after), everyCell(second.after))).toEqual([]);
      expect(sheetsOf(second.after)).toEqual(sheetsOf(first.after));

      const restored = await step(second.after, runRestore);
      expect(restored.result.deletedSheets).toEqual(["Chi tiết dự toán (2)"]);
      expect(differences(everyCell(original), everyCell(restored.after))).toEqual([]);
    },
  );

  test("the add-in's own breakdown, its A1 changed by the user, becomes the user's: the next estimate leaves it and writes (2)", async () => {
    const first = await step(await reopen(planWorkbook()), runEstimate);
    first.after.getWorksheet("Chi tiết dự toán")!.getCell("A1").value = "Bảng của tôi";
    const mine = await reopen(first.after);
    const second = await step(mine, runEstimate);
    expect(second.after.getWorksheet("Chi tiết dự toán")!.getCell("A1").value).toBe("Bảng của tôi");
    expect(second.after.getWorksheet("Chi tiết dự toán (2)")).toBeDefined();
    expect(differences(cellsOf(everyCell(mine), "Chi tiết dự toán"), cellsOf(everyCell(second.after), "Chi tiết dự toán"))).toEqual([]);
  });
});

describe("one record: the state sheet holds what the add-in wrote, its marks and the sheets it owns", () => {
  test("after estimate and check there is one hidden sheet, and it lists the breakdown as the add-in's", async () => {
    const wb = planWorkbook();
    wb.getWorksheet("Kế hoạch")!.getCell("H3").value = "Quý V";
    const estimated = await step(await reopen(wb), runEstimate);
    const { after } = await step(estimated.after, check);
    expect(sheetsOf(after).filter((s) => !s.endsWith(":visible"))).toEqual(["_dutoan:veryHidden"]);
    const doc = stateDocument(after.getWorksheet("_dutoan")!);
    expect(doc.v).toBe(2);
    expect(doc.owned.map(([name]: [string]) => name)).toEqual(["Chi tiết dự toán"]);
    expect(doc.marks.length).toBeGreaterThan(0);
    expect(Object.keys(doc.written)).toEqual(["Kế hoạch"]);
  });
});
