import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { EXIT } from "../../src/cli/io";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { bookOf, reload } from "./kit";
import { dutoanIn } from "../support/cli";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-attachment-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const dutoan = dutoanIn(() => dir);

async function samplePlan(name = "plan.xlsx"): Promise<string> {
  const file = path.join(dir, name);
  await buildTraVinhWorkbook().xlsx.writeFile(file);
  return file;
}

describe("runAttachment over a workbook", () => {
  test("a user's own Dự toán sheet, spelled without diacritics, is left as typed: the attachment goes to Dự toán (2), and says so", async () => {
    const wb = buildTraVinhWorkbook();
    const old = wb.addWorksheet("Du toan");
    old.getCell("A1").value = "bản cũ";
    old.getCell("Z99").value = "rác";
    const book = await bookOf(wb);
    const result = await runAttachment(book);
    expect(result.layout?.sheet).toBe("Dự toán (2)");
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "sheet-name-in-use", sheet: "Dự toán (2)" }));
    const after = await reload(book);
    expect(after.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name)).toEqual([
      "Thông tin",
      "Kế hoạch",
      "Phân bổ",
      "Du toan",
      "Dự toán (2)",
    ]);
    expect(after.getWorksheet("Du toan")!.getCell("A1").value).toBe("bản cũ");
    expect(after.getWorksheet("Du toan")!.getCell("Z99").value).toBe("rác");
    expect(after.getWorksheet("Dự toán (2)")!.getCell("A2").value).toBe("SỞ CÔNG THƯƠNG");
  });

  test("the add-in's own Dự toán sheet is rewritten in place, not added a second time", async () => {
    const book = await bookOf(buildTraVinhWorkbook());
    await runAttachment(book);
    const result = await runAttachment(book);
    expect(result.layout?.sheet).toBe("Dự toán");
    const after = await reload(book);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Kế hoạch", "Phân bổ", "Dự toán", "_dutoan"]);
    expect(after.getWorksheet("Dự toán")!.getCell("A2").value).toBe("SỞ CÔNG THƯƠNG");
  });

  test("running it twice leaves the same sheet as running it once", async () => {
    const book = await bookOf(buildTraVinhWorkbook());
    const first = await runAttachment(book);
    const once = sheetDump((await reload(book)).getWorksheet("Dự toán")!);
    const second = await runAttachment(book);
    expect(sheetDump((await reload(book)).getWorksheet("Dự toán")!)).toEqual(once);
    expect(second.layout?.lastRow).toBe(first.layout?.lastRow);
    // Only what the sample leaves for the officer to fill: the conference's guests.
    expect(second.findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual(["guests-unknown"]);
  });

  test("a protected Dự toán sheet is left alone and said so", async () => {
    const first = await bookOf(buildTraVinhWorkbook());
    await runAttachment(first);
    const wb = await reload(first);
    const sheet = wb.getWorksheet("Dự toán")!;
    sheet.getCell("H1").value = "đã ký";
    await sheet.protect("", {});
    const book = await bookOf(wb);
    const result = await runAttachment(book);
    expect(result.writes).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.sheet])).toContainEqual(["sheet-protected", "Dự toán"]);
    expect((await reload(book)).getWorksheet("Dự toán")!.getCell("H1").value).toBe("đã ký");
  });

  test("a workbook without a plan gets a finding and no sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "không phải kế hoạch";
    const book = await bookOf(wb);
    const result = await runAttachment(book);
    expect(result.writes).toEqual([]);
    expect(result.findings.map((f) => f.code)).toContain("missing-plan-sheet");
    expect((await reload(book)).getWorksheet("Dự toán")).toBeUndefined();
  });
});

describe("dutoan attachment", () => {
  test("writes the Dự toán sheet into the output file and prints the total in words", async () => {
    const plan = await samplePlan();
    const before = fs.readFileSync(plan);
    const run = await dutoan("attachment", plan, "-o", "out/du-toan.xlsx");
    expect(run.err).toEqual([]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out.join("\n")).toMatch(/Bằng chữ: .+ đồng/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out", "du-toan.xlsx"));
    expect(wb.getWorksheet("Dự toán")!.getCell("A2").value).toBe("SỞ CÔNG THƯƠNG");
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
  });

  test("--ngan writes ngàn in the words", async () => {
    const plan = await samplePlan();
    const run = await dutoan("attachment", plan, "-o", "ngan.xlsx", "--ngan");
    expect(run.code).toBe(EXIT.ok);
    expect(run.out.find((l) => l.startsWith("Bằng chữ: "))).toMatch(/ngàn/);
  });

  test("--rounding thousand puts the thousand rule in the formulas", async () => {
    const plan = await samplePlan();
    expect((await dutoan("attachment", plan, "-o", "k.xlsx", "--rounding", "thousand")).code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "k.xlsx"));
    const formulas: string[] = [];
    wb.getWorksheet("Dự toán")!.eachRow((row) =>
      row.eachCell((c) => {
        if (c.formula) formulas.push(c.formula);
      }),
    );
    expect(formulas.filter((f) => f.startsWith("ROUND(")).every((f) => f.endsWith(",-3)"))).toBe(true);
  });

  test("usage errors and unreadable files exit 2 and write nothing", async () => {
    const plan = await samplePlan();
    expect((await dutoan("attachment", plan)).code).toBe(EXIT.io);
    expect((await dutoan("attachment", plan, "-o", "x.xlsx", "--rounding", "tram")).code).toBe(EXIT.io);
    expect((await dutoan("attachment", plan, "-o", "x.xlsx", "--bogus")).code).toBe(EXIT.io);
    expect((await dutoan("attachment", "missing.xlsx", "-o", "x.xlsx")).code).toBe(EXIT.io);
    fs.writeFileSync(path.join(dir, "broken.xlsx"), "not a zip");
    expect((await dutoan("attachment", "broken.xlsx", "-o", "x.xlsx")).code).toBe(EXIT.io);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  test("a workbook without a plan table exits 2", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kế hoạch").getCell("A1").value = "trống";
    await wb.xlsx.writeFile(path.join(dir, "empty.xlsx"));
    const run = await dutoan("attachment", "empty.xlsx", "-o", "x.xlsx");
    expect(run.code).toBe(EXIT.io);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

function sheetDump(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [ws.model.merges, ws.pageSetup.printArea, ws.columns.map((c) => c.width)];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out.push([r, row.height]);
    row.eachCell({ includeEmpty: true }, (cell) =>
      out.push([cell.address, cell.value, cell.numFmt, cell.font, cell.border, cell.alignment]),
    );
  });
  return out;
}
