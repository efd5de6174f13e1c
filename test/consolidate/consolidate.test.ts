import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { dutoanIn } from "../support/cli";
import { parseRange } from "../../src/workbook/address";

/*
 * `dutoan consolidate` over the four seed plans as their officers would send
 * them: imported from the plan's text and estimated. The summary's total is the
 * sum of the four estimates to the đồng, every figure links to its unit's file and
 * cell (and that cell holds the figure), mixed norms are said, bad files named.
 */

const SEEDS = path.join(__dirname, "..", "fixtures", "seeds");
const SEED_FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));

let dir: string;
const dutoan = dutoanIn(() => dir);
/** Each seed's estimated workbook (relative to dir) and the total `estimate --json` gave. */
const units: { file: string; plan: string; total: string }[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-consolidate-"));
  fs.mkdirSync(path.join(dir, "units"));
  for (const seed of SEED_FILES) {
    const plan = `units/${seed.replace(/\.txt$/, ".xlsx")}`;
    const file = `units/${seed.replace(/\.txt$/, "-du-toan.xlsx")}`;
    expect((await dutoan("import", path.join(SEEDS, seed), "-o", plan)).code).toBe(0);
    const run = await dutoan("estimate", plan, "-o", file, "--json");
    expect([0, 1]).toContain(run.code);
    units.push({ file, plan, total: JSON.parse(run.stdout).total });
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) =>
  crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(dir, file)))
    .digest("hex");

async function openBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb;
}

/** A cell's number as Excel would show it (a formula's cached result). */
function numberAt(ws: ExcelJS.Worksheet, address: string): Decimal {
  const v = ws.getCell(address).value as unknown;
  const n = v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v;
  return new Decimal(typeof n === "number" ? n : 0);
}

/** "[units/x.xlsx]'Kế hoạch'!M8" from a HYPERLINK formula: the file (relative to the summary) and the cell. */
function linkOf(cell: ExcelJS.Cell): { file: string; sheet: string; range: string } {
  const formula = (cell.value as ExcelJS.CellFormulaValue).formula;
  const m = /^HYPERLINK\("\[([^\]]+)\](?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+(?::[A-Z]+\d+)?)"/.exec(formula);
  if (!m) throw new Error(`not a link to a file's cell: ${formula}`);
  return { file: m[1], sheet: (m[2] ?? m[3]).replace(/''/g, "'"), range: m[4] };
}

/** The sum of the numbers in a range of a unit's workbook. */
function sumOf(wb: ExcelJS.Workbook, sheet: string, range: string): Decimal {
  const ws = wb.getWorksheet(sheet)!;
  const box = parseRange(range);
  let total = new Decimal(0);
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) total = total.plus(numberAt(ws, ws.getCell(r, c).address));
  return total;
}

describe("consolidate of the four seed plans' estimated workbooks", () => {
  let json: {
    total: string;
    units: { file: string; name: string; total: string; allocation: string | null; errors: { file: string; code: string }[] }[];
    byKind: Record<string, string>;
    findings: { code: string; severity: string }[];
  };
  let code: number;
  const before = new Map<string, string>();

  beforeAll(async () => {
    for (const u of units) before.set(u.file, hash(u.file));
    const run = await dutoan("consolidate", ...units.map((u) => u.file), "-o", "out/tong-hop.xlsx", "--json");
    code = run.code;
    json = JSON.parse(run.stdout);
  }, 30_000);

  test("the summary's total is the sum of the four estimates to the đồng, in the JSON and on the sheet", async () => {
    const sum = units.reduce((s, u) => s.plus(u.total), new Decimal(0));
    expect(json.total).toBe(sum.toFixed());
    expect(json.units.map((u) => u.total)).toEqual(units.map((u) => u.total));
    const ws = (await openBook("out/tong-hop.xlsx")).getWorksheet("Tổng hợp")!;
    let totalRow = 0;
    ws.eachRow((row, n) => {
      if (!totalRow && row.getCell(2).text === "TỔNG CỘNG") totalRow = n;
    });
    expect((ws.getCell(`F${totalRow}`).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(F\d+:F\d+\)$/);
    expect(numberAt(ws, `F${totalRow}`).toFixed()).toBe(sum.toFixed());
    // Some units' plans have errors (missing quantities): done, with errors found.
    expect(code).toBe(1);
  });

  test("--json: total, units with file, name, total, allocation and errors, amounts by kind; decimal strings", () => {
    expect(json.total).toMatch(/^\d+$/);
    for (const u of json.units) {
      expect(Object.keys(u)).toEqual(expect.arrayContaining(["file", "name", "total", "allocation", "errors"]));
      expect(u.total).toMatch(/^\d+$/);
      if (u.allocation !== null) expect(u.allocation).toMatch(/^\d+$/);
      for (const e of u.errors) expect(e.file).toBe(u.file);
    }
    expect(json.units.map((u) => u.file)).toEqual(units.map((u) => u.file));
    expect(Object.keys(json.byKind).length).toBeGreaterThan(3);
    for (const amount of Object.values(json.byKind)) expect(amount).toMatch(/^\d+$/);
    expect(
      Object.values(json.byKind)
        .reduce((s, a) => s.plus(a), new Decimal(0))
        .toFixed(),
    ).toBe(json.total);
    expect(json.units.some((u) => u.errors.length > 0)).toBe(true);
  });

  test("each unit's row links to its file and cell, and that cell holds the unit's total", async () => {
    const ws = (await openBook("out/tong-hop.xlsx")).getWorksheet("Tổng hợp")!;
    let checked = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const cell = ws.getCell(`J${r}`);
      const value = cell.value as ExcelJS.CellFormulaValue | null;
      if (!value?.formula?.startsWith("HYPERLINK(")) continue;
      const link = linkOf(cell);
      const unit = units.find((u) => `../${u.file}` === link.file)!;
      expect(unit).toBeDefined();
      expect(numberAt(ws, `F${r}`).toFixed()).toBe(unit.total);
      expect(sumOf(await openBook(unit.file), link.sheet, link.range).toFixed()).toBe(unit.total);
      checked++;
    }
    expect(checked).toBe(4);
  });

  test("every activity row of the detail links to the cell of its unit's file that holds its amount", async () => {
    const ws = (await openBook("out/tong-hop.xlsx")).getWorksheet("Chi tiết hoạt động")!;
    const books = new Map<string, ExcelJS.Workbook>();
    let checked = 0;
    for (let r = 4; r <= ws.rowCount; r++) {
      const link = linkOf(ws.getCell(`I${r}`));
      const file = path.posix.join("out", link.file);
      if (!books.has(file)) books.set(file, await openBook(file));
      expect(sumOf(books.get(file)!, link.sheet, link.range).toFixed()).toBe(numberAt(ws, `H${r}`).toFixed());
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  test("units under different provinces' norms and days are said: a finding each, and a column on the sheet", async () => {
    const codes = json.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["units-mixed-provinces", "units-mixed-norms-dates"]));
    const ws = (await openBook("out/tong-hop.xlsx")).getWorksheet("Tổng hợp")!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts.some((t) => t.startsWith("Lưu ý: Các đơn vị áp dụng định mức của 4 tỉnh"))).toBe(true);
    let header = 0;
    ws.eachRow((row, n) => {
      if (!header && row.getCell(4).text === "Tỉnh") header = n;
    });
    expect(ws.getCell(`E${header}`).text).toBe("Ngày áp dụng định mức");
    const provinces = [1, 2, 3, 4].map((i) => ws.getCell(`D${header + i}`).text);
    expect(new Set(provinces).size).toBe(4);
  });

  test("the units' files are not changed", () => {
    for (const u of units) expect(hash(u.file)).toBe(before.get(u.file));
  });
});

test("units under the same norms are not flagged", async () => {
  const tv = units.find((u) => u.file.includes("tra-vinh"))!;
  fs.copyFileSync(path.join(dir, tv.file), path.join(dir, "units/tra-vinh-copy.xlsx"));
  const run = await dutoan("consolidate", tv.file, "units/tra-vinh-copy.xlsx", "--json");
  const json = JSON.parse(run.stdout);
  expect(json.findings.filter((f: { code: string }) => f.code.startsWith("units-mixed"))).toEqual([]);
  expect(json.total).toBe(new Decimal(tv.total).times(2).toFixed());
});

test("bad input is a finding naming the file, and the other units are still consolidated; a plan without estimate is estimated in memory", async () => {
  fs.writeFileSync(path.join(dir, "units/not-a-workbook.xlsx"), "không phải tệp Excel");
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Ghi chú").addRow(["Không có kế hoạch"]);
  await empty.xlsx.writeFile(path.join(dir, "units/no-plan.xlsx"));
  const tv = units.find((u) => u.file.includes("tra-vinh"))!;
  const planHash = hash(tv.plan);
  const run = await dutoan(
    "consolidate",
    tv.file,
    "units/missing.xlsx",
    "units/not-a-workbook.xlsx",
    "units/no-plan.xlsx",
    tv.plan,
    "-o",
    "out/bad.xlsx",
    "--json",
  );
  expect(run.code).toBe(1);
  const json = JSON.parse(run.stdout);
  const skipped = Object.fromEntries(json.skipped.map((s: { file: string; finding: { code: string } }) => [s.file, s.finding.code]));
  expect(skipped).toEqual({
    "units/missing.xlsx": "unit-file-missing",
    "units/not-a-workbook.xlsx": "unit-file-unreadable",
    "units/no-plan.xlsx": "unit-no-plan",
  });
  for (const [file] of Object.entries(skipped))
    expect(json.findings.find((f: { file: string }) => f.file === file).message).toContain(file);
  // The plan without an estimate is estimated here, to the same total, and its file left as it was.
  expect(json.units.map((u: { file: string; total: string }) => [u.file, u.total])).toEqual([
    [tv.file, tv.total],
    [tv.plan, tv.total],
  ]);
  expect(hash(tv.plan)).toBe(planHash);
  // The summary names the files left out.
  const ws = (await openBook("out/bad.xlsx")).getWorksheet("Tổng hợp")!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
  for (const file of Object.keys(skipped)) expect(texts).toContain(file);
});

test("the table output and the usage", async () => {
  const run = await dutoan("consolidate", ...units.map((u) => u.file), "-o", "out/plain.xlsx");
  expect(run.code).toBe(1);
  expect(run.out.join("\n")).toContain("TỔNG CỘNG");
  expect(run.out.join("\n")).toContain("out/plain.xlsx");
  expect((await dutoan("consolidate")).code).toBe(2);
  expect((await dutoan("consolidate", units[0].file)).code).toBe(2);
  // The summary is never written over a unit's file.
  expect((await dutoan("consolidate", units[0].file, units[1].file, "-o", units[0].file)).code).toBe(2);
  expect((await dutoan("consolidate", "units/nothing.xlsx", "-o", "out/none.xlsx")).code).toBe(2);
  expect(fs.existsSync(path.join(dir, "out/none.xlsx"))).toBe(false);
});

test("many files are read in worker threads, to the same summary as one by one", async () => {
  const files: string[] = [];
  for (let i = 0; i < 8; i++) {
    const u = units[i % units.length];
    const copy = `units/copy-${i}.xlsx`;
    fs.copyFileSync(path.join(dir, u.file), path.join(dir, copy));
    files.push(copy);
  }
  const run = await dutoan("consolidate", ...files, "--json");
  const json = JSON.parse(run.stdout);
  expect(json.units.map((u: { file: string }) => u.file)).toEqual(files);
  expect(json.total).toBe(
    units
      .reduce((s, u) => s.plus(u.total), new Decimal(0))
      .times(2)
      .toFixed(),
  );
  const alone = JSON.parse((await dutoan("consolidate", files[0], "--json")).stdout);
  expect(json.units[0]).toEqual(alone.units[0]);
}, 30_000);

test("the summary workbook reads back the same through ExcelJS and the fast reader (its bulk rows included)", async () => {
  const { XlsxWorkbook } = await import("../../src/xlsx/xlsxWorkbook");
  const { readBookValues } = await import("../../src/xlsx/values/bookValues");
  await dutoan("consolidate", ...units.map((u) => u.file), "-o", "out/again.xlsx");
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "out/again.xlsx")));
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const names = (await book.listSheets()).map((s) => s.name);
  expect(names).toEqual(["Tổng hợp", "Chi tiết hoạt động", "Chi tiết nội dung chi"]);
  const fast = await readBookValues(bytes, () => names);
  for (const s of await book.readSheets(names)) {
    expect(fast.read.get(s.name)!.cells).toEqual(s.cells);
    expect(fast.read.get(s.name)!.formulas).toEqual(s.formulas);
  }
});
