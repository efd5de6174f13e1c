/**
 * Issue 12: saving through the command line keeps the whole workbook. Real files
 * (test/fixtures/workbooks, made by make-workbooks.ts: one written part by part as
 * Excel writes it, its .xlsm twin, and LibreOffice's copy) go through estimate,
 * check, attachment and restore, each opened from the disk and saved over itself
 * as `dutoan <command> plan.xlsx` does. After each, every part the command does not
 * write is byte for byte as it was; the plan sheet it writes keeps every element
 * but its cells; LibreOffice opens the result.
 */
import fs from "fs";
import path from "path";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runCheck } from "../../src/workbook/commands/check";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { runRestore } from "../../src/workbook/safety/restore";
import type { WorkbookPort } from "../../src/workbook/port";
import { isoDate } from "../../src/core/dates/isoDate";
import { differences, everyCell } from "../safety/workbookCells";
import {
  FIXTURES,
  copyOf,
  libreOfficeSheets,
  partsOf,
  partsOfSheet,
  readBack,
  sheetParts,
  step,
  textOf,
  topElements,
  type Step,
} from "./kit";

jest.setTimeout(300_000);

const PLAN = "Kế hoạch";
/** Sheets the commands write: the plan's output columns, and the sheets the add-in owns. */
const WRITTEN = [PLAN, "Chi tiết dự toán", "Dự toán", "_dutoan", "_dutoan_marks"];
/** Parts that list the sheets, formats and strings: they change with the sheets the command writes (the last two only grow). */
const INDEX_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

/** The entries of a list in a part (<si> of the shared strings, <xf> of cellXfs), as text. */
function entries(parts: Map<string, Buffer>, part: string, list: string, item: string): string[] {
  const xml = textOf(parts, part);
  const inner = list ? (topElements(xml).find(([n]) => n === list)?.[1] ?? "") : xml;
  return inner.match(new RegExp(`<${item}\\b[\\s\\S]*?(?:/>|</${item}>)`, "g")) ?? [];
}

type Command = [name: string, run: (port: WorkbookPort) => Promise<unknown>];
const ESTIMATE: Command = ["estimate", (p) => runEstimate(p)];
const CHECK: Command = ["check", (p) => runCheck(p, { asOf: isoDate("2020-03-19") })];
const ATTACHMENT: Command = ["attachment", (p) => runAttachment(p)];
const RESTORE: Command = ["restore", (p) => runRestore(p)];

/**
 * What a step may change: the index parts, the written sheets with their notes; what
 * it may remove: the calc chain (Excel rebuilds it) and the written sheets it deleted
 * with their parts. Returns the parts that changed or went missing otherwise.
 */
function unexpectedChanges(s: Step<unknown>): string[] {
  const sheets = sheetParts(s.before);
  const after = new Set(sheetParts(s.after).keys());
  const mayChange = new Set(INDEX_PARTS);
  const mayGo = new Set(["xl/calcChain.xml"]);
  for (const name of WRITTEN) {
    const part = sheets.get(name);
    if (!part) continue;
    const own = [
      part,
      `${path.dirname(part)}/_rels/${path.basename(part)}.rels`,
      ...partsOfSheet(s.before, part).filter((p) => /comments|vmlDrawing/.test(p)),
    ];
    own.forEach((p) => (after.has(name) ? mayChange : mayGo).add(p));
  }
  const wrong: string[] = [];
  for (const [name, bytes] of s.before) {
    if (mayGo.has(name)) continue;
    if (!s.after.has(name)) wrong.push(`missing ${name}`);
    else if (!mayChange.has(name) && !s.after.get(name)!.equals(bytes)) wrong.push(`changed ${name}`);
  }
  return wrong;
}

/** The plan sheet's elements but its cells (and the notes' drawing link), as text. */
function planElements(parts: Map<string, Buffer>): [string, string][] {
  const part = sheetParts(parts).get(PLAN)!;
  return topElements(textOf(parts, part)).filter(([name]) => !["sheetData", "dimension", "legacyDrawing"].includes(name));
}

const workbookElement = (parts: Map<string, Buffer>, name: string) =>
  topElements(textOf(parts, "xl/workbook.xml")).find(([n]) => n === name)?.[1];
const definedNames = (parts: Map<string, Buffer>) =>
  (workbookElement(parts, "definedNames") ?? "").match(/<definedName\b[\s\S]*?<\/definedName>/g) ?? [];
const sheetTags = (parts: Map<string, Buffer>) => (workbookElement(parts, "sheets") ?? "").match(/<sheet\b[^>]*>/g) ?? [];

/** The parts of the file as it was made, for each fixture. */
const originals = new Map<string, Map<string, Buffer>>();

/** Every file written by the steps, for LibreOffice at the end. */
const written: { fixture: string; command: string; file: string }[] = [];

async function run(fixture: string, commands: Command[]): Promise<{ file: string; steps: Step<unknown>[] }> {
  if (!originals.has(fixture)) originals.set(fixture, await partsOf(path.join(FIXTURES, fixture)));
  const original = originals.get(fixture)!;
  const file = copyOf(fixture);
  const steps: Step<unknown>[] = [];
  for (const [name, command] of commands) {
    const s = await step(file, command);
    expect({ step: name, lost: s.lost }).toEqual({ step: name, lost: [] });
    expect({ step: name, unexpected: unexpectedChanges(s) }).toEqual({ step: name, unexpected: [] });
    // The plan sheet keeps its table, chart, validations, conditional formats and extensions.
    expect(planElements(s.after)).toEqual(planElements(original));
    // Workbook protection, the pivot caches and every name and sheet of the file stay as they were.
    for (const element of ["workbookProtection", "pivotCaches", "workbookPr", "extLst"])
      expect(workbookElement(s.after, element)).toEqual(workbookElement(original, element));
    expect(definedNames(s.after)).toEqual(expect.arrayContaining(definedNames(original)));
    expect(sheetTags(s.after)).toEqual(expect.arrayContaining(sheetTags(original)));
    // Shared strings and cell formats are only appended to: every cell left alone keeps its text and look.
    for (const [part, list, item] of [
      ["xl/sharedStrings.xml", "", "si"],
      ["xl/styles.xml", "cellXfs", "xf"],
      ["xl/styles.xml", "fonts", "font"],
      ["xl/styles.xml", "numFmts", "numFmt"],
    ]) {
      const before = entries(s.before, part, list, item);
      expect(entries(s.after, part, list, item).slice(0, before.length)).toEqual(before);
    }
    const copy = `${file}.${steps.length}-${name}${path.extname(fixture)}`;
    fs.copyFileSync(file, copy);
    written.push({ fixture, command: name, file: copy });
    steps.push(s);
  }
  return { file, steps };
}

const FIXTURE_NAMES = ["hand-assembled.xlsx", "hand-assembled.xlsm", "libreoffice.xlsx"];

describe.each(FIXTURE_NAMES)("%s", (fixture) => {
  test("estimate, check, attachment and restore in turn keep every part they do not write", async () => {
    const { file, steps } = await run(fixture, [ESTIMATE, CHECK, ATTACHMENT, RESTORE]);
    const [estimated, checked, attached] = steps;

    const est = await readBack(written.find((w) => w.file.startsWith(file) && w.command === "estimate")!.file);
    const plan = est.getWorksheet(PLAN)!;
    expect(plan.getCell("J1").value).toBe("Dự toán");
    expect(plan.getCell("J3").value).toEqual(expect.any(Number));
    expect(String(plan.getCell("K3").value)).toMatch(/TT 40\/2017/);
    expect(est.getWorksheet("Chi tiết dự toán")).toBeDefined();
    expect(est.getWorksheet("_dutoan")?.state).toBe("veryHidden");
    expect(sheetParts(estimated.after).has("Chi tiết dự toán")).toBe(true);

    // check: its marks are notes beside the user's own note, in the sheet's own comments part
    const marked = (checked.result as { findings: { sheet?: string; range?: string }[] }).findings.filter(
      (f) => f.sheet === PLAN && f.range && !f.range.includes(":"),
    );
    expect(marked.length).toBeGreaterThan(0);
    const chk = await readBack(written.find((w) => w.file.startsWith(file) && w.command === "check")!.file);
    for (const f of marked) expect(chk.getWorksheet(PLAN)!.getCell(f.range!).note).toBeTruthy();

    // attachment: a new sheet with its print area
    expect(sheetParts(attached.after).has("Dự toán")).toBe(true);
    expect(definedNames(attached.after).some((n) => n.includes("'Dự toán'!$A$1"))).toBe(true);

    // restore takes the attachment's sheet off, and its print area with it
    const restored = await readBack(file);
    expect(restored.getWorksheet("Dự toán")).toBeUndefined();
    expect(definedNames(steps[3].after).some((n) => n.includes("Dự toán"))).toBe(false);
  });

  test("estimate then restore: the plan's cells are back as typed, every other part as it was", async () => {
    const { file, steps } = await run(fixture, [ESTIMATE, RESTORE]);
    const original = originals.get(fixture)!;
    const restored = steps[1].after;
    const before = await readBack(path.join(FIXTURES, fixture));
    const after = await readBack(file);
    // Values, formats, notes and fills of the cells that hold a value (an empty cell may keep a format restore gave it).
    const planCells = (wb: typeof before) =>
      new Map([...everyCell(wb)].filter(([k, v]) => k.startsWith(`${PLAN}!`) && !v.startsWith(" | ")));
    expect(differences(planCells(before), planCells(after))).toEqual([]);
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    const changed = [...original].filter(([name, bytes]) => !restored.get(name)?.equals(bytes)).map(([name]) => name);
    const mayChange = [...INDEX_PARTS, sheetParts(original).get(PLAN)!, "xl/calcChain.xml"];
    expect(changed.filter((p) => !mayChange.includes(p))).toEqual([]);
    expect(changed).toContain(sheetParts(original).get(PLAN)!); // rewritten, with the same cells
  });

  test("attachment twice: the sheet it owns is cleared and written again in place, its print names replaced", async () => {
    const { steps } = await run(fixture, [ATTACHMENT, ATTACHMENT]);
    const [first, second] = steps;
    const part = sheetParts(first.after).get("Dự toán")!;
    expect(sheetParts(second.after).get("Dự toán")).toBe(part);
    const rows = (parts: Map<string, Buffer>) => /<sheetData>[\s\S]*<\/sheetData>/.exec(textOf(parts, part))![0];
    expect(rows(second.after)).toBe(rows(first.after));
    for (const element of ["mergeCells", "cols", "sheetViews", "pageMargins"])
      expect(topElements(textOf(second.after, part)).find(([n]) => n === element)).toEqual(
        topElements(textOf(first.after, part)).find(([n]) => n === element),
      );
    expect(definedNames(second.after)).toEqual(definedNames(first.after));
  });

  test("LibreOffice opens every file the commands wrote", () => {
    const files = written.filter((w) => w.fixture === fixture);
    expect(files.length).toBe(8);
    const sheets = libreOfficeSheets(files.map((w) => w.file));
    for (const w of files) {
      const csv = sheets.get(w.file)!;
      expect(csv.get(PLAN)).toMatch(/^STT,Nội dung,Loại/);
      expect(csv.get("Thông tin")).toContain("Trà Vinh");
      if (w.command === "estimate") expect(csv.get(PLAN)!.split("\n")[0]).toContain("Dự toán,Căn cứ");
      if (w.command === "attachment") expect(csv.get("Dự toán")).toBeDefined();
    }
  });
});

describe("what ExcelJS alone would lose comes back", () => {
  test("a CR line break in a cell no command writes", async () => {
    const s = (await run("hand-assembled.xlsx", [ESTIMATE])).steps[0];
    expect(textOf(s.after, "xl/sharedStrings.xml")).toContain("Số 1 Lê Lợi_x000D_\nPhường 1");
    expect(textOf(s.after, sheetParts(s.after).get("Thông tin")!)).toContain("Phòng Kỹ thuật&#13;\nĐT");
  });

  test("the chart sheet, the chart on the plan sheet, the pivot table and the VBA project", async () => {
    const s = (await run("hand-assembled.xlsm", [ESTIMATE])).steps[0];
    for (const part of [
      "xl/chartsheets/sheet1.xml",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/drawing1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/tables/table1.xml",
      "xl/vbaProject.bin",
      "customXml/item1.xml",
      "xl/printerSettings/printerSettings1.bin",
    ])
      expect(s.after.get(part)?.equals(s.before.get(part)!)).toBe(true);
    expect(textOf(s.after, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(partsOfSheet(s.after, sheetParts(s.after).get(PLAN)!)).toEqual(
      expect.arrayContaining(["xl/drawings/drawing1.xml", "xl/tables/table1.xml"]),
    );
  });
});
