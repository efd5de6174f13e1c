/**
 * Issue 13: workbooks from before the one record keep working. Their state sheet
 * (version 1: the written record and the backup, no marker) and their marks sheet
 * (_dutoan_marks) are read once: the next write moves everything into the one
 * state sheet (version 2) and deletes _dutoan_marks.
 */
import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runCheck } from "../../src/workbook/commands/check";
import { runRestore } from "../../src/workbook/safety/restore";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bookOf, differences, everyCell, reopen, stateDocument, userCells, writeStateDocument } from "./workbookCells";
import { planWorkbook } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

async function step<R>(wb: ExcelJS.Workbook, run: (book: XlsxWorkbook) => Promise<R>): Promise<{ result: R; after: ExcelJS.Workbook }> {
  const book = await bookOf(wb);
  const result = await run(book);
  return { result, after: await reopen(book) };
}

const check = (b: XlsxWorkbook) => runCheck(b, { asOf: isoDate("2020-12-31") });

const LEGACY_TITLE = "Dấu của add-in Dự toán (ô tô màu, ghi chú, số chia quý) — đừng sửa / marks of the Dự toán add-in — do not edit";
const LEGACY_HEADER = ["Loại", "Sheet", "Ô", "Màu nền trước", "Ghi chú trước", "Màu nền add-in", "Ghi chú add-in", "Giá trị chia quý"];

const noteText = (cell: ExcelJS.Cell) => {
  const n = cell.note;
  return typeof n === "string" || n === undefined ? (n ?? "") : n.texts!.map((t) => t.text).join("");
};

type Backup = { sheets: Record<string, unknown>[]; written: unknown } | null;

/**
 * Ages a workbook the add-in wrote into the form the version before wrote: the
 * state sheet as version 1 (the record's fingerprints and the backup without
 * what the command left), the marks and phased quarters in _dutoan_marks.
 */
function age(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.getWorksheet("_dutoan")!;
  const doc = stateDocument(ws);
  const backup: Backup = doc.backup && {
    written: doc.backup.written,
    sheets: doc.backup.sheets.map((sheet: Record<string, unknown>) => {
      const rest = { ...sheet };
      delete rest.after; // what the command left: not kept before version 2
      delete rest.rows;
      if (Array.isArray(rest.fills)) rest.fills = (rest.fills as unknown[][]).map((f) => f.slice(0, 2));
      if (Array.isArray(rest.notes)) rest.notes = (rest.notes as unknown[][]).map((n) => n.slice(0, 2));
      return rest;
    }),
  };
  const hasMarks = doc.marks.length || doc.phased.length;
  // The old check rewrote _dutoan_marks whole, so its backup held that sheet: created the first time.
  if (backup && hasMarks)
    backup.sheets.push(
      doc.backup.marks.length || doc.backup.phased.length
        ? { sheet: "_dutoan_marks", kind: "cells", cells: [], blank: [], fills: [], notes: [] }
        : { sheet: "_dutoan_marks", kind: "created" },
    );
  writeStateDocument(ws, { v: 1, written: doc.written, backup }, 1);
  if (hasMarks) {
    const marks = wb.addWorksheet("_dutoan_marks");
    marks.state = "veryHidden";
    marks.addRow([LEGACY_TITLE]);
    marks.addRow(LEGACY_HEADER);
    for (const [sheet, address, previousFill, previousNote, fill] of doc.marks)
      marks.addRow([
        "mark",
        sheet,
        address,
        previousFill ?? "",
        previousNote ?? "",
        fill,
        noteText(wb.getWorksheet(sheet)!.getCell(address)),
        "",
      ]);
    for (const [sheet, address, value] of doc.phased) marks.addRow(["phase", sheet, address, "", "", "", "", value]);
  }
  return wb;
}

describe("a workbook from before the one record", () => {
  test("check: the old marks are taken off as its own, the phased quarters recognised; _dutoan_marks is deleted, the record moves into _dutoan", async () => {
    const wb = planWorkbook();
    wb.getWorksheet("Kế hoạch")!.getCell("H3").value = "Quý V"; // unreadable timing: marked
    const checked = await step(await reopen(wb), check);
    const old = await reopen(age(checked.after));
    expect(old.getWorksheet("_dutoan_marks")).toBeDefined();
    expect(old.getWorksheet("_dutoan")!.getCell("B1").value).toBeNull();

    // The officer fixes the timing; the next check takes its old mark off (it knows it from _dutoan_marks).
    old.getWorksheet("Kế hoạch")!.getCell("H3").value = "Quý III";
    const fixed = await reopen(old);
    const { result, after } = await step(fixed, check);
    expect(result.findings.map((f) => f.code)).not.toContain("user-value-kept");
    expect(after.getWorksheet("_dutoan_marks")).toBeUndefined();
    expect(after.getWorksheet("Kế hoạch")!.getCell("H3").note).toBeUndefined();
    const doc = stateDocument(after.getWorksheet("_dutoan")!);
    expect(doc.v).toBe(2);
    expect(String(after.getWorksheet("_dutoan")!.getCell("B1").value)).toMatch(/^dutoan-state\/2 /);
    // The quarters it phased were recognised as its own, so it phased them again from the plan (no user-value-kept).
    expect(doc.phased.length).toBe(checked.result.quarters.length * 4 + 8);
  });

  test("estimate: the old fingerprints still tell the add-in's values from the user's", async () => {
    const estimated = await step(await reopen(planWorkbook()), runEstimate);
    const old = age(estimated.after);
    old.getWorksheet("Kế hoạch")!.getCell("E4").value = 80; // the plan changes: J4 must be rewritten without a finding
    old.getWorksheet("Kế hoạch")!.getCell("J5").value = 5; // and a value the officer typed stays
    const { result, after } = await step(await reopen(old), runEstimate);
    expect(result.findings.filter((f) => f.code === "user-value-kept").map((f) => f.range)).toEqual(["J5"]);
    expect(after.getWorksheet("Kế hoạch")!.getCell("J4").value).not.toBe(estimated.after.getWorksheet("Kế hoạch")!.getCell("J4").value);
    expect(stateDocument(after.getWorksheet("_dutoan")!).v).toBe(2);
  });

  test("restore of an old backup (after check): the cells come back, _dutoan_marks goes, the record is version 2", async () => {
    const wb = planWorkbook();
    wb.getWorksheet("Kế hoạch")!.getCell("H3").value = "Quý V";
    const original = await reopen(wb);
    const checked = await step(original, check);
    const old = await reopen(age(checked.after));
    const { result, after } = await step(old, runRestore);
    expect(result.findings).toEqual([]);
    // The check created the marks sheet: the marks record before it was empty, and nothing is left to keep.
    expect(differences(everyCell(original), everyCell(after))).toEqual([]);
  });

  test("restore of an old backup (after estimate): the workbook as before, cell for cell", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    const { result, after } = await step(await reopen(age(estimated.after)), runRestore);
    expect(result.findings).toEqual([]);
    expect(differences(everyCell(original), everyCell(after))).toEqual([]);
  });

  test("restore of an old backup still keeps a value the officer typed over the add-in's (from the old fingerprints)", async () => {
    const original = await reopen(planWorkbook());
    const estimated = await step(original, runEstimate);
    const old = age(estimated.after);
    old.getWorksheet("Kế hoạch")!.getCell("J4").value = 7777777;
    const { result, after } = await step(await reopen(old), runRestore);
    expect(result.findings.map((f) => `${f.code}@${f.range}`)).toEqual(["restore-kept-user-value@J4"]);
    expect(after.getWorksheet("Kế hoạch")!.getCell("J4").value).toBe(7777777);
    const expected = userCells(everyCell(original));
    expected.set("Kế hoạch!J4", userCells(everyCell(after)).get("Kế hoạch!J4")!);
    expect(differences(expected, userCells(everyCell(after)))).toEqual([]);
  });
});
