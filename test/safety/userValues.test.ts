import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { EXIT, type CliIO } from "../../src/cli/io";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runRestore } from "../../src/workbook/safety/restore";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bookOf, differences, everyCell, reopen, userCells } from "./workbookCells";
import { HEADER, planWorkbook, SMALL_PLAN } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

async function step(wb: ExcelJS.Workbook, run: (book: XlsxWorkbook) => Promise<unknown>): Promise<ExcelJS.Workbook> {
  const book = await bookOf(wb);
  await run(book);
  return reopen(book);
}

/** The plan with its own Dự toán and Căn cứ columns (J and K), as an officer lays it out. */
const withOutputColumns = (fill: (rowIndex: number) => [unknown, unknown]) =>
  planWorkbook({ header: [...HEADER, "Dự toán", "Căn cứ"], rows: SMALL_PLAN.map((r, i) => [...r, ...fill(i)]) });

describe("the user's own typing wins", () => {
  test("a value the user typed in Dự toán is kept, with a finding naming the cell; the other rows are written", async () => {
    const original = await reopen(withOutputColumns((i) => (i === 2 ? [7500000, null] : [null, null])));
    const book = await bookOf(original);
    const result = await runEstimate(book);
    expect(result.findings.filter((f) => f.code === "user-value-kept")).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Kế hoạch",
        range: "J4",
        message: expect.stringContaining("7500000"),
        messageEn: expect.stringContaining("--force"),
      }),
    ]);
    const after = (await reopen(book)).getWorksheet("Kế hoạch")!;
    expect(after.getCell("J4").value).toBe(7500000);
    expect(after.getCell("J3").value).toEqual(expect.any(Number));
    expect(after.getCell("J5").value).toEqual(expect.any(Number));
    expect(after.getCell("K4").value).toEqual(expect.any(String)); // Căn cứ of that row was empty: written
  });

  test("a formula the user typed in Căn cứ or Dự toán is kept, and so is its number format", async () => {
    const wb = withOutputColumns(() => [null, null]);
    const plan = wb.getWorksheet("Kế hoạch")!;
    plan.getCell("J5").value = { formula: "E5*5000000", result: 10000000 } as ExcelJS.CellFormulaValue;
    plan.getCell("J5").numFmt = "0.00";
    plan.getCell("K3").value = { formula: '"TT 40/2017"', result: "TT 40/2017" } as ExcelJS.CellFormulaValue;
    const book = await bookOf(await reopen(wb));
    const result = await runEstimate(book);
    expect(result.findings.filter((f) => f.code === "user-value-kept").map((f) => f.range)).toEqual(["J5", "K3"]);
    const after = (await reopen(book)).getWorksheet("Kế hoạch")!;
    expect(after.getCell("J5").formula).toBe("E5*5000000");
    expect(after.getCell("J5").numFmt).toBe("0.00");
    expect(after.getCell("K3").formula).toBe('"TT 40/2017"');
    expect(after.getCell("J4").numFmt).toBe("#,##0");
  });

  test("what the add-in wrote last time is its own: after the plan changes it is overwritten without a finding", async () => {
    const once = await step(await reopen(planWorkbook()), runEstimate);
    const before = once.getWorksheet("Kế hoạch")!.getCell("J4").value;
    once.getWorksheet("Kế hoạch")!.getCell("E4").value = 80;
    const book = await bookOf(await reopen(once));
    const result = await runEstimate(book);
    expect(result.findings.map((f) => f.code)).not.toContain("user-value-kept");
    expect((await reopen(book)).getWorksheet("Kế hoạch")!.getCell("J4").value).not.toEqual(before);
  });

  test("a value the user typed over the add-in's own is theirs from then on", async () => {
    const once = await step(await reopen(planWorkbook()), runEstimate);
    once.getWorksheet("Kế hoạch")!.getCell("J4").value = 9000000;
    const book = await bookOf(await reopen(once));
    const result = await runEstimate(book);
    expect(result.findings.filter((f) => f.code === "user-value-kept").map((f) => f.range)).toEqual(["J4"]);
    expect((await reopen(book)).getWorksheet("Kế hoạch")!.getCell("J4").value).toBe(9000000);
  });

  test("a value the user typed that equals the add-in's is no finding", async () => {
    const once = await step(await reopen(planWorkbook()), runEstimate);
    const ours = once.getWorksheet("Kế hoạch")!.getCell("J4").value as number;
    const fresh = await reopen(withOutputColumns((i) => (i === 2 ? [ours, null] : [null, null])));
    const result = await runEstimate(await bookOf(fresh));
    expect(result.findings.map((f) => f.code)).not.toContain("user-value-kept");
  });

  test("force overwrites the user's value, and restore brings it back", async () => {
    const original = await reopen(withOutputColumns((i) => (i === 2 ? [7500000, "báo giá của tôi"] : [null, null])));
    const forced = await step(original, (b) => runEstimate(b, { force: true }));
    expect(forced.getWorksheet("Kế hoạch")!.getCell("J4").value).not.toBe(7500000);
    expect(forced.getWorksheet("Kế hoạch")!.getCell("K4").value).not.toBe("báo giá của tôi");
    const restored = await step(forced, runRestore);
    expect(differences(userCells(everyCell(original)), userCells(everyCell(restored)))).toEqual([]);
    expect(restored.getWorksheet("Kế hoạch")!.getCell("J4").value).toBe(7500000);
  });
});

describe("dutoan estimate refuses with the finding unless --force", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-safety-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const dutoan = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir };
    return { code: await main(args, io), out: out.join("\n"), err: err.join("\n") };
  };

  test("without --force: exit 1, the finding printed, the file untouched; with --force: written", async () => {
    const file = path.join(dir, "plan.xlsx");
    await withOutputColumns((i) => (i === 2 ? [7500000, null] : [null, null])).xlsx.writeFile(file);
    const bytes = fs.readFileSync(file);

    const refused = await dutoan("estimate", "plan.xlsx");
    expect(refused.code).toBe(EXIT.findings);
    expect(refused.out).toContain("Kế hoạch!J4");
    expect(refused.err).toContain("--force");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const json = await dutoan("estimate", "plan.xlsx", "--json");
    expect(JSON.parse(json.out).findings).toContainEqual(
      expect.objectContaining({ code: "user-value-kept", sheet: "Kế hoạch", range: "J4" }),
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const forced = await dutoan("estimate", "plan.xlsx", "--force");
    expect(forced.code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("Kế hoạch")!.getCell("J4").value).not.toBe(7500000);
  });

  test("dutoan restore brings the file back as it was before the last command", async () => {
    const file = path.join(dir, "plan.xlsx");
    await planWorkbook().xlsx.writeFile(file);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(file);

    expect((await dutoan("estimate", "plan.xlsx")).code).toBe(EXIT.ok);
    const restored = await dutoan("restore", "plan.xlsx", "-o", "back.xlsx");
    expect(restored.code).toBe(EXIT.ok);
    expect(restored.out).toMatch(/Chi tiết dự toán/);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path.join(dir, "back.xlsx"));
    expect(differences(everyCell(original), everyCell(back))).toEqual([]);

    const nothing = await dutoan("restore", "back.xlsx", "--json");
    expect(nothing.code).toBe(EXIT.ok);
    expect(JSON.parse(nothing.out).findings).toEqual([expect.objectContaining({ code: "nothing-to-restore" })]);
    expect((await dutoan("restore")).code).toBe(EXIT.io);
    expect((await dutoan("restore", "missing.xlsx")).code).toBe(EXIT.io);
  });
});
