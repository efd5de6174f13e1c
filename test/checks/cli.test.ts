import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/io";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { allocationSheet, INFO, other, PLAN_HEADER } from "./workbook";
import { planColumnOf } from "../../src/workbook/layout";
import { columnLetter } from "../../src/workbook/address";
import { dutoanIn } from "../support/cli";

const K = columnLetter(planColumnOf("statedAmount"));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-check-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const dutoan = dutoanIn(() => dir);

async function writeBook(name: string, sheets: Record<string, (string | number | null)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const cleanPlan = () =>
  writeBook("ok.xlsx", {
    "Thông tin": INFO,
    "Kế hoạch": [
      PLAN_HEADER,
      other("1", "Hoạt động A", 600, { timing: "Quý I - Quý IV" }),
      other("2", "Hoạt động B", 400, { timing: "Quý II - Quý III" }),
    ],
    "Phân bổ": allocationSheet(1000),
  });

describe("dutoan check", () => {
  it("exits 0 when there is no error", async () => {
    await cleanPlan();
    const run = await dutoan("check", "ok.xlsx");
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain("0 lỗi");
  });

  it("exits 1 and lists the errors first when errors are found", async () => {
    const wb = buildTraVinhWorkbook();
    wb.getWorksheet("Kế hoạch")!.getCell(`${K}3`).value = 20800001;
    await wb.xlsx.writeFile(path.join(dir, "tv.xlsx"));
    const run = await dutoan("check", "tv.xlsx");
    expect(run.code).toBe(EXIT.findings);
    expect(run.out[0]).toMatch(/^LỖI \[/);
    expect(run.stdout).toContain(`LỖI [Kế hoạch!${K}2]`);
  });

  it("--json prints {findings} with amounts as decimal strings, and nothing else", async () => {
    await buildTraVinhWorkbook().xlsx.writeFile(path.join(dir, "tv.xlsx"));
    const run = await dutoan("check", "tv.xlsx", "--json");
    const doc = JSON.parse(run.stdout) as { findings: { code: string; amounts?: Record<string, unknown>; messageEn: string }[] };
    expect(Object.keys(doc)).toEqual(["findings"]);
    const over = doc.findings.find((f) => f.code === "over-allocation")!;
    expect(over.amounts).toEqual({ allocation: "87000000", total: "97600000", excess: "10600000" });
    for (const f of doc.findings) for (const v of Object.values(f.amounts ?? {})) expect(typeof v).toBe("string");
  });

  it("-o writes the marked copy and leaves the plan as it was", async () => {
    const file = await cleanPlan();
    const before = fs.readFileSync(file);
    const run = await dutoan("check", "ok.xlsx", "-o", "marked.xlsx");
    expect(run.code).toBe(EXIT.ok);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(path.join(dir, "marked.xlsx"));
    expect(marked.getWorksheet("Kế hoạch")!.getCell("J2").value).toBe(150); // 600 over four quarters
    expect(marked.getWorksheet("Kế hoạch")!.getCell("K3").value).toBe(200); // 400 over Quý II - III
  });

  it("without -o updates the plan in place", async () => {
    const file = await cleanPlan();
    await dutoan("check", "ok.xlsx");
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    expect(saved.getWorksheet("Kế hoạch")!.getCell("M2").value).toBe(150);
  });

  it("--as-of decides which quarters are past", async () => {
    await writeBook("act.xlsx", {
      "Thông tin": INFO,
      "Kế hoạch": [PLAN_HEADER, other("1", "Hoạt động A", 400, { timing: "Quý I - Quý IV" })],
      "Phân bổ": allocationSheet(400, [], [["1", "Hoạt động A", null, null, 0, null, null]]), // a 0 recorded, nothing spent
    });
    const early = JSON.parse((await dutoan("check", "act.xlsx", "--json", "--as-of", "2020-03-15")).stdout) as {
      findings: { code: string }[];
    };
    const late = JSON.parse((await dutoan("check", "act.xlsx", "--json", "--as-of", "2020-04-15")).stdout) as {
      findings: { code: string }[];
    };
    expect(early.findings.map((f) => f.code)).not.toContain("planned-nothing-spent");
    expect(late.findings.map((f) => f.code)).toContain("planned-nothing-spent");
  });

  it("--q4-threshold sets the year-end bunching threshold", async () => {
    await writeBook("q4.xlsx", { "Thông tin": INFO, "Kế hoạch": [PLAN_HEADER, other("1", "A", 100, { quarters: [20, 20, 25, 35] })] });
    const codes = async (...extra: string[]) =>
      (JSON.parse((await dutoan("check", "q4.xlsx", "--json", ...extra)).stdout) as { findings: { code: string }[] }).findings.map(
        (f) => f.code,
      );
    expect(await codes()).not.toContain("year-end-bunching");
    expect(await codes("--q4-threshold", "30")).toContain("year-end-bunching");
  });

  it("exits 2 when the workbook cannot be read", async () => {
    fs.writeFileSync(path.join(dir, "bad.xlsx"), "not a zip");
    expect((await dutoan("check", "bad.xlsx")).code).toBe(EXIT.io);
    expect((await dutoan("check", "missing.xlsx")).code).toBe(EXIT.io);
    await writeBook("noplan.xlsx", { Sheet1: [["x"]] });
    expect((await dutoan("check", "noplan.xlsx")).code).toBe(EXIT.io);
  });

  it("exits 2 on bad options", async () => {
    await cleanPlan();
    // Dates go through the one parser: an impossible day or a word is refused, never a silent fallback.
    expect((await dutoan("check", "ok.xlsx", "--as-of", "31/02/2020")).code).toBe(EXIT.io);
    expect((await dutoan("check", "ok.xlsx", "--as-of", "abc")).code).toBe(EXIT.io);
    expect((await dutoan("check", "ok.xlsx", "--q4-threshold", "abc")).code).toBe(EXIT.io);
    expect((await dutoan("check")).code).toBe(EXIT.io);
  });
});
