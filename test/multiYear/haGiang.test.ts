import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { dutoanIn } from "../support/cli";
import { planColumnsFor } from "../../src/workbook/layout";
import { convertWithSoffice, disposeSoffice, hasSoffice } from "../../src/render/libreoffice";

/*
 * The Hà Giang seed is a five-year action plan (2016-2020). It is approved once with
 * an indicative budget for the whole period at the plan's date (11/5/2016: TT
 * 97/2010 for conferences), and each year's dự toán is made with that year's norms
 * (2018: TT 40/2017). The officer fills what the text does not say, as here.
 */

const SEED = path.join(__dirname, "..", "fixtures", "seeds", "ha-giang-2016-2020-san-xuat-sach-hon.txt");
let dir: string;
const dutoan = dutoanIn(() => dir);
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-years-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const COLUMNS = planColumnsFor(true);
const col = (field: (typeof COLUMNS)[number]["field"]) => COLUMNS.findIndex((c) => c.field === field) + 1;

/** Imports the seed, then fills the workshop (50 people, one day) and makes the TV item a 2017-2018 one. */
async function filledPlan(): Promise<string> {
  const file = path.join(dir, "ha-giang.xlsx");
  expect((await dutoan("import", SEED, "-o", file)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Kế hoạch")!;
  ws.eachRow((row, n) => {
    const kind = row.getCell(col("kind")).text;
    if (n === 1) return;
    if (kind === "Hội thảo") {
      row.getCell(col("quantity")).value = 1;
      row.getCell(col("participants")).value = 50;
      row.getCell(col("guests")).value = 0;
      row.getCell(col("days")).value = 1;
    }
    if (kind.startsWith("Truyền hình")) {
      row.getCell(col("year")).value = "2017-2018";
      row.getCell(col("quantity")).value = 2;
      row.getCell(col("unitCost")).value = 4500000;
    }
    if (kind.startsWith("In ấn")) row.getCell(col("quantity")).value = 1000;
  });
  await wb.xlsx.writeFile(file);
  return file;
}

type Json = {
  total: string;
  year?: number;
  period?: { from: number; to: number; years: Record<string, string> };
  activities: { row: number; kind: string; amount: string; lines: { basis: string; quantity: string; unitCost: string }[] }[];
  findings: { code: string; severity: string }[];
};

describe("the Hà Giang five-year plan", () => {
  it("imports as a 2016-2020 plan: Giai đoạn on Thông tin, a Năm column, and says the activities name no year", async () => {
    const file = path.join(dir, "ha-giang.xlsx");
    const run = await dutoan("import", SEED, "-o", file);
    expect(run.out.join("\n")).toMatch(/giai đoạn 2016 - 2020: hoạt động ở dòng \d+, \d+, \d+ của văn bản không ghi năm/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const info = wb.getWorksheet("Thông tin")!;
    const rows: string[][] = [];
    info.eachRow((r) => rows.push([r.getCell(1).text, r.getCell(2).text]));
    expect(rows).toContainEqual(["Giai đoạn", "2016 - 2020"]);
    const plan = wb.getWorksheet("Kế hoạch")!;
    expect(plan.getCell(1, col("year")).text).toBe("Năm");
    expect(plan.getCell(1, col("timing") + 1).text).toBe("Năm");
  });

  it("imported into a workbook whose Thông tin already holds another plan's facts: kept as typed, and a warning names the period and the facts not written", async () => {
    const file = path.join(dir, "existing.xlsx");
    fs.copyFileSync(path.join(__dirname, "..", "..", "examples", "tra-vinh-2020.xlsx"), file);
    const into = await dutoan("import", SEED, "-o", file, "--force");
    const said = into.out.join("\n");
    expect(said).toContain("Giai đoạn: 2016 - 2020");
    expect(said).toMatch(/Thông tin" đã có dữ liệu nên được giữ nguyên/);
  });

  it("prices the whole period at the plan's date, each activity in each of its years", async () => {
    const file = await filledPlan();
    const run = await dutoan("estimate", file, "--json");
    const json = JSON.parse(run.stdout) as Json;
    expect(json.period).toMatchObject({ from: 2016, to: 2020 });
    const years = Object.values(json.period!.years);
    expect(Object.keys(json.period!.years)).toEqual(["2016", "2017", "2018", "2019", "2020"]);
    // The years add up to the period, to the đồng.
    expect(years.reduce((a, b) => a + BigInt(b), 0n).toString()).toBe(json.total);
    const tv = json.activities.find((a) => a.kind === "tv")!;
    expect(tv.amount).toBe("18000000"); // 2 programmes × 4.500.000 × 2 years
    expect(BigInt(json.period!.years["2017"]) - BigInt(json.period!.years["2016"])).toBe(9000000n);
    const workshop = json.activities.find((a) => a.kind === "workshop")!;
    const bases = workshop.lines.map((l) => l.basis).join(" ");
    expect(bases).toContain("97/2010");
    expect(bases).not.toContain("40/2017");
    // A line keeps its unit cost; its quantity is the five years'.
    expect(workshop.lines.every((l) => Number(l.quantity) % 5 === 0)).toBe(true);
  });

  it("makes the 2018 dự toán with the norms in force on 1 January 2018, and only 2018's activities", async () => {
    const file = await filledPlan();
    const whole = JSON.parse((await dutoan("estimate", file, "--json")).stdout) as Json;
    const y2018 = JSON.parse((await dutoan("estimate", file, "--json", "--year", "2018")).stdout) as Json;
    expect(y2018.year).toBe(2018);
    expect(y2018.period).toBeUndefined();
    const bases = y2018.activities
      .find((a) => a.kind === "workshop")!
      .lines.map((l) => l.basis)
      .join(" ");
    expect(bases).toContain("40/2017");
    expect(bases).not.toContain("97/2010");
    expect(y2018.activities.map((a) => a.kind)).toEqual(["tv", "printing", "workshop"]);
    // 2016 has no TV programme (it is a 2017-2018 item).
    const y2016 = JSON.parse((await dutoan("estimate", file, "--json", "--year", "2016")).stdout) as Json;
    expect(y2016.activities.map((a) => a.kind)).toEqual(["printing", "workshop"]);
    // The year's activities are the period's 2018 column (here the levels are the same under both circulars).
    expect(y2018.activities.map((a) => a.row)).toEqual(whole.activities.map((a) => a.row));
  });

  it("refuses a year outside the period, and checks quarters and the allocation year by year", async () => {
    const file = await filledPlan();
    const outside = await dutoan("estimate", file, "--json", "--year", "2021");
    expect(outside.code).toBe(1);
    expect((JSON.parse(outside.stdout) as Json).findings.map((f) => f.code)).toContain("year-outside-period");
    const check = await dutoan("check", file, "--json");
    expect(check.stdout).toContain("checks-per-year");
    const bad = await dutoan("estimate", file, "--year", "20x8");
    expect(bad.code).toBe(2);
  });

  it("prints the whole-period attachment with a column per year, priced at the plan's date, adding up in LibreOffice", async () => {
    const file = await filledPlan();
    const whole = JSON.parse((await dutoan("estimate", file, "--json")).stdout) as Json;
    const out = path.join(dir, "giai-doan.xlsx");
    const run = await dutoan("attachment", file, "-o", out);
    expect(run.code).toBe(0);
    expect(run.out.join("\n")).toMatch(/A1:L\d+/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Dự toán")!;
    expect(ws.pageSetup.orientation).toBe("landscape");
    const texts = (r: number) => (ws.getRow(r).values as unknown[]).slice(1).map((v) => (typeof v === "string" ? v : ""));
    const title = find(ws, "DỰ TOÁN KINH PHÍ GIAI ĐOẠN 2016 - 2020");
    const header = find(ws, "STT");
    expect(texts(header)).toEqual([
      "STT",
      "Nội dung",
      "Đơn vị tính",
      "Số lượng",
      "Đơn giá",
      "Thành tiền",
      "Năm 2016",
      "Năm 2017",
      "Năm 2018",
      "Năm 2019",
      "Năm 2020",
      "Căn cứ / Ghi chú",
    ]);
    expect(ws.getCell(header + 1, 6).value).toBe("6 = 7 + … + 11");
    expect(title).toBeLessThan(header);
    const total = find(ws, "TỔNG CỘNG");
    const cached = (r: number, c: number) => String((ws.getCell(r, c).value as ExcelJS.CellFormulaValue).result);
    expect(cached(total, 6)).toBe(whole.total);
    ["2016", "2017", "2018", "2019", "2020"].forEach((y, i) => expect(cached(total, 7 + i)).toBe(whole.period!.years[y]));
    // The workshop is priced by TT 97/2010 (the plan's date, 11/5/2016), not by TT 40/2017.
    const bases: string[] = [];
    ws.eachRow((row) => bases.push(textOf(row.getCell(12))));
    expect(bases.join(" ")).toContain("97/2010");
    expect(bases.join(" ")).not.toContain("40/2017");
    // A line's Thành tiền is the sum of its years; a year cell is that year's quantity × Đơn giá.
    const tvLine = find(ws, "TV") + 1;
    expect((ws.getCell(tvLine, 6).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(G${tvLine}:K${tvLine})`);
    expect(ws.getCell(tvLine, 7).value).toBeNull(); // not a 2016 activity
    expect((ws.getCell(tvLine, 8).value as ExcelJS.CellFormulaValue).formula).toBe(`ROUND(2*E${tvLine},0)`);

    if (!hasSoffice()) return;
    const recalculated = await convertWithSoffice(out, "xlsx", path.join(dir, "lo"));
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.readFile(recalculated!);
    const sheet = lo.getWorksheet("Dự toán")!;
    const result = (r: number, c: number) => String((sheet.getCell(r, c).value as ExcelJS.CellFormulaValue).result);
    expect(result(total, 6)).toBe(whole.total);
    ["2016", "2017", "2018", "2019", "2020"].forEach((y, i) => expect(result(total, 7 + i)).toBe(whole.period!.years[y]));
    await disposeSoffice();
  }, 120_000);

  it("explains a year cell of the whole-period attachment as that year's amount, and check finds no broken formula there", async () => {
    const file = await filledPlan();
    const out = path.join(dir, "giai-doan.xlsx");
    expect((await dutoan("attachment", file, "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const tv = find(wb.getWorksheet("Dự toán")!, "TV");
    const explained = JSON.parse((await dutoan("explain", out, `Dự toán!H${tv}`, "--json")).stdout) as {
      amount: string;
      parts: { quantity: string; amount: string }[];
    };
    expect(explained.amount).toBe("9000000"); // 2017: 2 programmes × 4.500.000
    expect(explained.parts.map((p) => [p.quantity, p.amount])).toEqual([["2", "9000000"]]);
    expect(JSON.parse((await dutoan("explain", out, `Dự toán!G${tv}`, "--json")).stdout).amount).toBe("0"); // not a 2016 activity
    const check = JSON.parse((await dutoan("check", out, "-o", path.join(dir, "checked.xlsx"), "--json")).stdout) as Json;
    expect(check.findings.map((f) => f.code).filter((c) => /formula/.test(c))).toEqual([]);
  });

  it("prints the 2018 attachment with the year in its title and the norms of 2018", async () => {
    const file = await filledPlan();
    const out = path.join(dir, "2018.xlsx");
    expect((await dutoan("attachment", file, "--year", "2018", "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Dự toán")!;
    expect(find(ws, "DỰ TOÁN KINH PHÍ NĂM 2018")).toBeGreaterThan(0);
    expect(ws.pageSetup.orientation).toBe("portrait");
    expect(ws.getCell(find(ws, "STT"), 7).value).toBe("Căn cứ / Ghi chú");
    const bases: string[] = [];
    ws.eachRow((row) => bases.push(textOf(row.getCell(7))));
    expect(bases.join(" ")).toContain("40/2017");
    expect(bases.join(" ")).not.toContain("97/2010");
    // The norms' date is the year's, given by the officer: no note saying the add-in assumed it.
    const notes: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.note && notes.push(JSON.stringify(c.note))));
    expect(notes.join(" ")).not.toMatch(/giả định/);
  });
});

/** The first row whose column A or B starts with the text (a kind's label for "TV": its Nội dung names it). */
function find(ws: ExcelJS.Worksheet, start: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (found) return;
    const [a, b] = [textOf(row.getCell(1)), textOf(row.getCell(2))];
    if (a.startsWith(start) || b.startsWith(start) || (start === "TV" && /truyền hình/i.test(b) && !textOf(row.getCell(4)))) found = n;
  });
  return found;
}

/** A cell's text; "" for a blank cell of a merged area (ExcelJS's .text throws on those). */
function textOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}
