/**
 * Issue 12: the state sheet is input like any other. A record that is damaged or
 * was edited by hand is refused with a clear error and never executed (no stack
 * trace, no running out of memory); what restore writes from a record is checked
 * like any other write: text stays text, and a formula that reaches outside the
 * workbook (DDE, links, web) is written as text, never run.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/io";
import { runEstimate } from "../../src/workbook/commands/estimate";
import type { SheetSnapshot } from "../../src/workbook/port";
import { hash } from "../../src/workbook/safety/fingerprint";
import { reachesOutside, runRestore } from "../../src/workbook/safety/restore";
import { STATE_TITLE, loadState } from "../../src/workbook/safety/state";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { dutoanIn } from "../support/cli";
import { bookOf, differences, everyCell, reopen, stateDocument, writeStateDocument } from "./workbookCells";
import { planWorkbook } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

async function step<R>(wb: ExcelJS.Workbook, run: (book: XlsxWorkbook) => Promise<R>): Promise<{ result: R; after: ExcelJS.Workbook }> {
  const book = await bookOf(wb);
  const result = await run(book);
  return { result, after: await reopen(book) };
}

/** A state sheet as a port reads it: the title, B1, and the document in one piece (or as given). */
function stateSheet(doc: unknown, b1?: string | null, pieces?: string[]): SheetSnapshot {
  const json = typeof doc === "string" ? doc : JSON.stringify(doc);
  const marker = b1 === undefined ? `dutoan-state/2 ${hash(json)} ${json.length}` : b1;
  const t = (value: string) => ({ type: "text" as const, value });
  return {
    name: "_dutoan",
    visible: false,
    protected: false,
    top: 1,
    left: 1,
    cells: [[t(STATE_TITLE), ...(marker === null ? [] : [t(marker)])], ...(pieces ?? [`j${json}`]).map((p) => [t(p)])],
    formulas: [],
    numberFormats: [],
    merges: [],
    hiddenRows: [],
    notes: {},
    fills: {},
  };
}

const problemOf = (sheet: SheetSnapshot) => loadState([sheet], new Map([[sheet.name, sheet]])).problem?.en;

const GOOD = { v: 2, written: {}, marks: [], phased: [], owned: [], backup: null };
const withBackup = (sheets: unknown[]) => ({ ...GOOD, backup: { written: {}, marks: [], phased: [], owned: [], sheets } });
const cellsBackup = (extra: Record<string, unknown>) =>
  withBackup([{ sheet: "Kế hoạch", kind: "cells", cells: [], blank: [], fills: [], notes: [], ...extra }]);

describe("a damaged or hand-edited record is refused with a clear reason, never thrown", () => {
  test("a well-formed record is read", () => {
    expect(problemOf(stateSheet(GOOD))).toBeUndefined();
    expect(problemOf(stateSheet(cellsBackup({ cells: [["J2", "n:1500000", "", "#,##0"]], blank: ["K2:K5"] })))).toBeUndefined();
  });

  test.each([
    ["B1 not the add-in's marker", stateSheet(GOOD, "xin chào"), /B1/],
    [
      "a piece edited (the checksum)",
      stateSheet(GOOD, `dutoan-state/2 ${hash(JSON.stringify(GOOD))} ${JSON.stringify(GOOD).length}`, [
        `j${JSON.stringify(GOOD).replace('"owned":[]', '"owned":{}')}`,
      ]),
      /checksum/,
    ],
    ["a piece cut", stateSheet(GOOD, undefined, ["j{", "hỏng"]), /A3/],
    [
      "a piece that is a number",
      {
        ...stateSheet(GOOD),
        cells: [
          [
            { type: "text", value: STATE_TITLE },
            { type: "text", value: "dutoan-state/2 0 1" },
          ],
          [{ type: "number", value: "1" }],
        ],
      } as SheetSnapshot,
      /A2/,
    ],
    ["no data", stateSheet("", undefined, []), /no data/],
    ["a length of 999.999.999", stateSheet(GOOD, "dutoan-state/2 abc 999999999"), /too large/],
    ["not JSON", stateSheet("{v:2,"), /not JSON/],
    ["JSON nested a million deep", stateSheet("[".repeat(1_000_000) + "]".repeat(1_000_000)), /./],
    ["another version", stateSheet({ ...GOOD, v: 3 }), /unknown version 3/],
    ["an unknown key", stateSheet({ ...GOOD, run: "=cmd" }), /unknown key "run"/],
    ["sheets not a list", stateSheet(withBackup("x" as unknown as unknown[])), /backup.sheets: wrong shape/],
    ["a sheet name that is a number", stateSheet(withBackup([{ sheet: 5, kind: "created" }])), /wrong shape/],
    ["a sheet name Excel refuses", stateSheet(withBackup([{ sheet: "a/b", kind: "created" }])), /invalid sheet name/],
    ["an unknown kind", stateSheet(withBackup([{ sheet: "Kế hoạch", kind: "formula" }])), /invalid kind/],
    ["a backup of the state sheet itself", stateSheet(withBackup([{ sheet: "_DuToan", kind: "created" }])), /own sheet/],
    ["an address off the sheet", stateSheet(cellsBackup({ cells: [["A0", "n:1"]] })), /invalid address "A0"/],
    ["a column off the sheet", stateSheet(cellsBackup({ cells: [["XFE1", "n:1"]] })), /invalid address "XFE1"/],
    ["a blank range of the whole sheet (out of memory before)", stateSheet(cellsBackup({ blank: ["A1:XFD1048576"] })), /too many cells/],
    ["an error value that is a DDE call", stateSheet(cellsBackup({ cells: [["J2", "e:cmd|' /C calc'!A0"]] })), /invalid value/],
    ["a number that is a formula", stateSheet(cellsBackup({ cells: [["J2", "n:=1+1"]] })), /invalid value/],
    ["a value of an unknown type", stateSheet(cellsBackup({ cells: [["J2", "f:=1+1"]] })), /invalid value/],
    ["a formula without =", stateSheet(cellsBackup({ cells: [["J2", "", "SUM(A1)"]] })), /invalid formula/],
    ["a fill that is not a colour", stateSheet(cellsBackup({ fills: [["J2", "red", null]] })), /invalid colour/],
    ["written: a column that is text", stateSheet({ ...GOOD, written: { "Kế hoạch": { J: "x" } } }), /wrong shape/],
    ["written: row 0", stateSheet({ ...GOOD, written: { "Kế hoạch": { J: [0, ["abc"]] } } }), /out of range/],
    [
      "written: a fingerprint that is not one",
      stateSheet({ ...GOOD, written: { "Kế hoạch": { J: [2, ["=1+1"]] } } }),
      /invalid fingerprint/,
    ],
    ["a phased quarter that is a formula", stateSheet({ ...GOOD, phased: [["Kế hoạch", "J2", "=1"]] }), /not a number/],
    ["a mark with a bad colour", stateSheet({ ...GOOD, marks: [["Kế hoạch", "J2", null, null, "x", "abc"]] }), /invalid colour/],
  ])("%s", (_name, sheet, reason) => {
    let problem: string | undefined;
    expect(() => (problem = problemOf(sheet))).not.toThrow();
    expect(problem).toMatch(reason);
  });
});

describe("restore from a damaged record writes nothing and says why", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-tampered-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const dutoan = dutoanIn(() => dir);

  test("an edited piece: restore-data-unreadable (an error), no cell changed; dutoan restore exits 1 without a stack trace and leaves the file", async () => {
    const { after } = await step(await reopen(planWorkbook()), runEstimate);
    const ws = after.getWorksheet("_dutoan")!;
    ws.getCell("A2").value = String(ws.getCell("A2").value).replace("Kế hoạch", "Ke hoach");
    const tampered = await reopen(after);
    const { result, after: restored } = await step(tampered, runRestore);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "restore-data-unreadable",
        sheet: "_dutoan",
        message: expect.stringContaining("tổng kiểm tra"),
      }),
    ]);
    expect(result.writes).toEqual([]);
    expect(differences(everyCell(tampered), everyCell(restored))).toEqual([]);

    const file = path.join(dir, "plan.xlsx");
    await tampered.xlsx.writeFile(file);
    const bytes = fs.readFileSync(file);
    const run = await dutoan("restore", "plan.xlsx");
    expect(run.code).toBe(EXIT.findings);
    expect(run.stdout).toContain(
      'The hidden sheet "_dutoan" (restore data) is damaged or was edited by hand (the data was edited or cut (checksum mismatch))',
    );
    expect(JSON.parse((await dutoan("restore", "plan.xlsx", "--json")).stdout).findings).toEqual([
      expect.objectContaining({ code: "restore-data-unreadable", severity: "error" }),
    ]);
    expect([...run.out, ...run.err].join("\n")).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test("a whole-sheet blank range with a valid checksum: refused at once, nothing written", async () => {
    const { after } = await step(await reopen(planWorkbook()), runEstimate);
    const ws = after.getWorksheet("_dutoan")!;
    const doc = stateDocument(ws);
    doc.backup.sheets.find((s: { kind: string }) => s.kind === "cells").blank.push("A1:XFD1048576");
    writeStateDocument(ws, doc);
    const { result } = await step(await reopen(after), runRestore);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([["restore-data-unreadable", "error"]]);
    expect(result.findings[0].messageEn).toContain("too many cells");
    expect(result.writes).toEqual([]);
  });
});

describe("what restore writes from a record is checked like any other write", () => {
  test("formulas that reach outside the workbook are written as text, with a finding; text that looks like a formula stays text", async () => {
    const { after } = await step(await reopen(planWorkbook()), runEstimate);
    const ws = after.getWorksheet("_dutoan")!;
    const doc = stateDocument(ws);
    doc.backup.sheets.push({
      sheet: "Thông tin",
      kind: "cells",
      cells: [
        ["D1", "", "=cmd|' /C calc'!A0"],
        ["D2", "", '=HYPERLINK("http://x","y")'],
        ["D3", "t:=1+1"],
        ["D4", "t:@SUM(A1)"],
        ["D5", "n:3", "=1+2"],
      ],
      blank: [],
      fills: [],
      notes: [],
    });
    writeStateDocument(ws, doc);
    const { result, after: restored } = await step(await reopen(after), runRestore);
    expect(result.findings.map((f) => `${f.code}@${f.range}`)).toEqual(["restore-formula-as-text@D1", "restore-formula-as-text@D2"]);
    const info = restored.getWorksheet("Thông tin")!;
    for (const [address, shown] of [
      ["D1", "=cmd|' /C calc'!A0"],
      ["D2", '=HYPERLINK("http://x","y")'],
      ["D3", "=1+1"],
      ["D4", "@SUM(A1)"],
    ]) {
      const cell = info.getCell(address);
      expect({ address, type: cell.type, value: cell.value, formula: cell.formula }).toEqual({
        address,
        type: ExcelJS.ValueType.String,
        value: shown,
        formula: undefined,
      });
    }
    expect(info.getCell("D5").formula).toBe("1+2"); // a formula inside the workbook comes back as a formula
  });

  test.each([
    ["=cmd|' /C calc'!A0", true],
    ['=HYPERLINK("http://x","y")', true],
    ["=webservice(A1)", true],
    ["='C:\\tmp\\[Book.xlsx]Sheet1'!A1", true],
    ["=[Book.xlsx]Sheet1!A1", true],
    ["=[1]Sheet1!A1", true],
    ['=IF(A1="|",1,2)', false],
    ["=SUM(Table1[Amount])+Sheet2!A1", false],
    ["=ROUND(D5*E5,0)", false],
    ["=SUBTOTAL(9,F4:F9)", false],
  ])("%s reaches outside the workbook: %s", (formula, outside) => {
    expect(reachesOutside(formula)).toBe(outside);
  });
});
