import { isoDate } from "../../src/core/dates/isoDate";
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/io";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { readNormsSheet } from "../../src/workbook/normsSheet";
import { builtInNorm, selectNorms } from "../../src/core/norms/select";
import { normAmount } from "../../src/core/norms/norm";
import { planColumnOf } from "../../src/workbook/layout";
import { columnLetter } from "../../src/workbook/address";
import { dutoanIn } from "../support/cli";

/** The Dự toán column of the sample (the layout's own order). */
const ESTIMATE = columnLetter(planColumnOf("estimate"));

const REPO = path.resolve(__dirname, "..", "..");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-cli-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const dutoan = dutoanIn(() => dir);

const file = (name: string) => path.join(dir, name);

async function writeSample(name = "plan.xlsx"): Promise<string> {
  await buildTraVinhWorkbook().xlsx.writeFile(file(name));
  return name;
}

async function writePlan(name: string, rows: (string | number | null)[][], extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thông tin").addRows([
    ["Ngày", "19/03/2020"],
    ["Tỉnh", "Trà Vinh"],
  ]);
  wb.addWorksheet("Kế hoạch").addRows(rows);
  extra?.(wb);
  await wb.xlsx.writeFile(file(name));
  return name;
}

async function open(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file(name));
  return wb;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

describe("dutoan estimate --json", () => {
  it("prints one JSON document: total and amounts as decimal strings, kinds as codes", async () => {
    const input = await writeSample();
    const run = await dutoan("estimate", input, "--json", "-o", "out.xlsx");
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toEqual([]);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["total", "activities", "findings"]));
    // 19.400.000 + 64.800.000 + 2.400.000 + 11.000.000 (no meal support: the guests' count is not given)
    expect(doc.total).toBe("97600000");
    expect(doc.activities.map((a: { row: number; kind: string; amount: string }) => [a.row, a.kind, a.amount])).toEqual([
      [3, "conference", "19400000"],
      [4, "banner", "64800000"],
      [5, "banner", "2400000"],
      [6, "database", "11000000"],
    ]);
    for (const a of doc.activities) {
      expect(typeof a.name).toBe("string");
      for (const l of a.lines) {
        expect(Object.keys(l).sort()).toEqual(["amount", "basis", "description", "normCode", "quantity", "unit", "unitCost"]);
        for (const k of ["quantity", "unitCost", "amount"]) {
          expect(typeof l[k]).toBe("string");
          expect(l[k]).toMatch(DECIMAL);
        }
      }
    }
    expect(doc.activities[0].lines[3]).toEqual({
      description: "Nước uống, giải khát giữa giờ",
      unit: "người/ngày",
      quantity: "120",
      unitCost: "40000",
      amount: "4800000",
      normCode: "HN.NUOCUONG",
      basis: "K3 Đ12 TT 40/2017/TT-BTC (mức do HĐND tỉnh quy định)",
    });
    expect(doc.findings.find((f: { code: string }) => f.code === "guests-unknown").amounts).toEqual({ atStake: "18000000" });
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) {
      expect(["error", "warning", "info"]).toContain(f.severity);
      for (const k of ["code", "message", "messageEn"]) expect(typeof f[k]).toBe("string");
    }
    // no float anywhere: every number in the document is a row number
    const numbers: number[] = [];
    JSON.parse(run.stdout, (key, value) => {
      if (typeof value === "number") numbers.push(key === "row" ? 0 : value);
      return value;
    });
    expect(numbers.every((n) => n === 0)).toBe(true);
  });

  it("writes the estimate to -o and leaves the input untouched", async () => {
    const input = await writeSample();
    const before = fs.readFileSync(file(input));
    const run = await dutoan("estimate", input, "--json", "-o", "out/estimated.xlsx");
    expect(run.code).toBe(EXIT.ok);
    expect(fs.readFileSync(file(input)).equals(before)).toBe(true);
    const out = await open("out/estimated.xlsx");
    expect(out.getWorksheet("Kế hoạch")!.getCell(`${ESTIMATE}7`).value).toBe(97600000);
    expect(out.getWorksheet("Chi tiết dự toán")).toBeDefined();
  });

  it("estimates in place without -o", async () => {
    const input = await writeSample();
    const run = await dutoan("estimate", input);
    expect(run.code).toBe(EXIT.ok);
    const book = await open(input);
    expect(book.getWorksheet("Kế hoạch")!.getCell(`${ESTIMATE}3`).value).toBe(19400000);
    expect(book.getWorksheet("Kế hoạch")!.getCell(`${ESTIMATE}7`).value).toBe(97600000);
    // the human table ends with the total against the plan's stated 87.000.000
    expect(run.out.find((l) => l.includes("TỔNG CỘNG"))).toMatch(/97\.600\.000\s+87\.000\.000\s+10\.600\.000/);
  });

  it("applies --rounding thousand and --date", async () => {
    const input = await writePlan("plan.xlsx", [
      ["STT", "Nội dung", "Loại", "Số lượng", "Đơn giá"],
      ["1", "In tờ rơi", "In ấn", "2,5", "1.234.567"],
      ["2", "Đoàn học tập kinh nghiệm", "study_tour", 1, null],
    ]);
    const run = await dutoan("estimate", input, "--json", "--rounding", "thousand", "--date", "2016-05-01", "-o", "out.xlsx");
    const doc = JSON.parse(run.stdout);
    // 2,5 x 1.234.567 = 3.086.417,5 -> 3.086.000 (to the thousand)
    expect(doc.activities[0].amount).toBe("3086000");
    expect(doc.activities[0].lines[0]).toMatchObject({ quantity: "2.5", unitCost: "1234567", amount: "3086000" });
    // the study tour lacks people and days: errors, exit 1
    expect(run.code).toBe(EXIT.findings);
  });
});

describe("dutoan estimate exit codes", () => {
  it("0 when the estimate is complete", async () => {
    expect((await dutoan("estimate", await writeSample(), "-o", "o.xlsx")).code).toBe(EXIT.ok);
  });

  it("1 when a row lacks participants, with the finding naming the cell; the workbook is still written", async () => {
    const input = await writePlan("plan.xlsx", [
      ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người"],
      ["1", "Hội nghị triển khai", "Hội nghị", "cuộc", 2, null],
      ["2", "Treo băng rôn", "Băng rôn", "cái", 4, null],
    ]);
    const run = await dutoan("estimate", input, "--json", "-o", "out.xlsx");
    expect(run.code).toBe(EXIT.findings);
    const doc = JSON.parse(run.stdout);
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ severity: "error", code: "missing-participants", sheet: "Kế hoạch", range: "F2" }),
    );
    expect(fs.existsSync(file("out.xlsx"))).toBe(true);
    const text = await dutoan("estimate", input, "-o", "out2.xlsx");
    expect(text.code).toBe(EXIT.findings);
    expect(text.out.some((l) => l.startsWith("LỖI [Kế hoạch!F2]"))).toBe(true);
  });

  it("2 when the file does not exist", async () => {
    const run = await dutoan("estimate", "missing.xlsx");
    expect(run.code).toBe(EXIT.io);
    expect(run.err.join("\n")).toMatch(/file not found: missing\.xlsx/);
    expect(run.out).toEqual([]);
  });

  it("2 when the file is not an .xlsx", async () => {
    fs.writeFileSync(file("notes.xlsx"), "not a zip");
    const run = await dutoan("estimate", "notes.xlsx");
    expect(run.code).toBe(EXIT.io);
    expect(run.err.join("\n")).toMatch(/cannot read the \.xlsx file/);
  });

  it("2 when the workbook has no Kế hoạch sheet, and nothing is written", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["STT", "Nội dung", "Số lượng"]);
    await wb.xlsx.writeFile(file("other.xlsx"));
    const run = await dutoan("estimate", "other.xlsx", "--json", "-o", "out.xlsx");
    expect(run.code).toBe(EXIT.io);
    expect(JSON.parse(run.stdout).findings).toContainEqual(expect.objectContaining({ severity: "error", code: "missing-plan-sheet" }));
    expect(fs.existsSync(file("out.xlsx"))).toBe(false);
  });

  it("2 for a usage error", async () => {
    expect((await dutoan("estimate")).code).toBe(EXIT.io);
    expect((await dutoan("estimate", "a.xlsx", "--bogus")).code).toBe(EXIT.io);
    expect((await dutoan("estimate", "a.xlsx", "--rounding", "hundred")).code).toBe(EXIT.io);
    expect((await dutoan("nonsense")).code).toBe(EXIT.io);
  });
});

describe("dutoan norms", () => {
  it("--date 2016-05-01 --json prints the catalog in force in 2016 (TT 97/2010), amounts as strings", async () => {
    const run = await dutoan("norms", "--date", "2016-05-01", "--json");
    expect(run.code).toBe(EXIT.ok);
    const doc = JSON.parse(run.stdout);
    expect(doc.date).toBe("2016-05-01");
    expect(doc.province).toBeNull();
    const perDiem = doc.norms.find((n: { code: string }) => n.code === "CT.LUUTRU");
    expect(perDiem).toMatchObject({
      amount: "150000",
      basis: "K3 Đ2 TT 97/2010/TT-BTC",
      status: "verified",
      cap: "max",
      layer: "national",
    });
    for (const n of doc.norms) {
      expect(n.amount).toMatch(DECIMAL);
      expect(typeof n.basis).toBe("string");
      expect(["verified", "unverified", "estimate"]).toContain(n.status);
    }
    const sxsh = doc.norms.find((n: { code: string }) => n.code === "SXSH.DANHGIA");
    expect(sxsh.rule).toEqual({ share: "0.5", cap: "50000000", base: "chi phí tư vấn" });
  });

  it("--province Đồng Nai --date 15/06/2020 gives NQ 180/2019's lecturer fee", async () => {
    const doc = JSON.parse((await dutoan("norms", "--date", "15/06/2020", "--province", "Đồng Nai", "--json")).stdout);
    expect(doc.norms.find((n: { code: string }) => n.code === "TH.GIANGVIEN")).toMatchObject({
      amount: "1300000",
      jurisdiction: "Đồng Nai",
    });
  });

  it("accepts a Vietnamese date and refuses a bad one", async () => {
    expect(
      JSON.parse((await dutoan("norms", "--date", "04/05/2025", "--json")).stdout).norms.find(
        (n: { code: string }) => n.code === "CT.LUUTRU",
      ).amount,
    ).toBe("300000");
    const bad = await dutoan("norms", "--date", "someday");
    expect(bad.code).toBe(EXIT.io);
  });

  it("--write creates a Định mức sheet that reads back as the same levels", async () => {
    const run = await dutoan("norms", "--date", "2020-03-19", "--write", "dinh-muc.xlsx");
    expect(run.code).toBe(EXIT.ok);
    const book = await XlsxWorkbook.open(file("dinh-muc.xlsx"));
    // The user sees the Định mức sheet; the add-in's restore record is very hidden.
    expect((await book.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual(["Định mức"]);
    const [sheet] = await book.readSheets(["Định mức"]);
    const query = { date: isoDate("2020-03-19") };
    const { overrides, findings } = readNormsSheet(sheet, (code) => builtInNorm(code, query));
    expect(findings).toEqual([]);
    const catalog = selectNorms(query).all();
    expect(overrides.map((n) => [n.code, normAmount(n).toFixed()])).toEqual(catalog.map((n) => [n.code, normAmount(n).toFixed()]));
    for (const n of overrides) expect(n.layer).toBe("unit");
    const sxsh = overrides.find((n) => n.code === "SXSH.DANHGIA")!;
    expect(sxsh.rule.kind).toBe("share-capped");
  });

  it("--write into a plan workbook; the officer's edits to the sheet then win in the estimate", async () => {
    const input = await writePlan("plan.xlsx", [
      ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng"],
      ["1", "Treo băng rôn", "Băng rôn", "cái", 4],
    ]);
    expect((await dutoan("norms", "--date", "2020-03-19", "--write", input)).code).toBe(EXIT.ok);
    const wb = await open(input);
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Thông tin", "Kế hoạch", "Định mức"]);
    const ws = wb.getWorksheet("Định mức")!;
    let bannerRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "BR.BANGRON") bannerRow = r;
    });
    expect(bannerRow).toBeGreaterThan(2);
    expect(ws.getCell(`E${bannerRow}`).value).toBe(600000);
    ws.getCell(`E${bannerRow}`).value = "750.000"; // the unit's own level, typed as text
    await wb.xlsx.writeFile(file(input));

    const run = await dutoan("estimate", input, "--json");
    const doc = JSON.parse(run.stdout);
    // 4 x 750.000 = 3.000.000
    expect(doc.activities[0].lines[0]).toMatchObject({ normCode: "BR.BANGRON", unitCost: "750000", amount: "3000000" });
    expect(doc.total).toBe("3000000");
  });

  it("--write runs through the safety net: dutoan restore takes the Định mức sheet away again", async () => {
    const input = await writePlan("plan.xlsx", [
      ["STT", "Nội dung", "Loại", "Số lượng"],
      ["1", "Treo băng rôn", "Băng rôn", 4],
    ]);
    expect((await dutoan("norms", "--date", "2020-03-19", "--write", input)).code).toBe(EXIT.ok);
    expect((await open(input)).getWorksheet("Định mức")).toBeDefined();
    expect((await dutoan("restore", input)).code).toBe(EXIT.ok);
    expect((await open(input)).worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Thông tin", "Kế hoạch"]);
  });

  it("a Định mức cell that is not a number is a finding naming the cell; the built-in level stays", async () => {
    const input = await writePlan("plan.xlsx", [
      ["STT", "Nội dung", "Loại", "Số lượng"],
      ["1", "Treo băng rôn", "Băng rôn", 4],
    ]);
    await dutoan("norms", "--date", "2020-03-19", "--write", input);
    const wb = await open(input);
    const ws = wb.getWorksheet("Định mức")!;
    let bannerRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "BR.BANGRON") bannerRow = r;
    });
    ws.getCell(`E${bannerRow}`).value = "sáu trăm nghìn";
    await wb.xlsx.writeFile(file(input));
    const doc = JSON.parse((await dutoan("estimate", input, "--json")).stdout);
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: "not-a-number", sheet: "Định mức", range: `E${bannerRow}` }));
    expect(doc.activities[0].lines[0]).toMatchObject({ unitCost: "600000", amount: "2400000" });
  });
});

describe("bin/dutoan.js", () => {
  it("runs as a child process: words 87000000", () => {
    const child = spawnSync(process.execPath, ["bin/dutoan.js", "words", "87000000"], { cwd: REPO, encoding: "utf8", timeout: 60_000 });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toBe("Tám mươi bảy triệu đồng\n");
  }, 60_000);
});

describe("dutoan <command> --help", () => {
  it("prints the command's usage and exits 0, for every command", async () => {
    for (const name of ["estimate", "check", "attachment", "norms", "import", "restore", "words", "demo"]) {
      const run = await dutoan(name, "--help");
      expect({ name, code: run.code, usage: run.stdout.includes(`dutoan ${name}`) }).toEqual({ name, code: EXIT.ok, usage: true });
    }
  });
});
