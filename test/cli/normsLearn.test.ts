import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/io";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { readNormsSheet } from "../../src/workbook/normsSheet";
import { builtInNorm, selectNorms } from "../../src/core/norms/select";
import { normAmount } from "../../src/core/norms/norm";
import { isoDate } from "../../src/core/dates/isoDate";
import { dutoanIn } from "../support/cli";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-learn-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const dutoan = dutoanIn(() => dir);

const file = (name: string) => path.join(dir, name);

/** Last year's dự toán as an officer typed it: a title, a blank row, the table at C4. */
async function lastYear(name = "du-toan-2023.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dự toán 2023");
  ws.getCell("C1").value = "DỰ TOÁN KINH PHÍ NĂM 2023";
  const rows: (string | number | null)[][] = [
    ["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
    ["1", "Thuê hội trường", "ngày", 2, 4500000, 9000000],
    ["2", "Nước uống giữa giờ", "người/ngày", 120, "35.000", 4200000],
    ["3", "Treo băng rôn", "cái", 10, "650.000", 6500000],
    ["4", "Chi phí khác không rõ", "gói", 1, "2.050.000", 2050000],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(3 + i, 3 + j).value = v)));
  await wb.xlsx.writeFile(file(name));
  return name;
}

describe("dutoan norms --learn", () => {
  it("--json prints the proposals with the cell each came from, and the unmatched lines; exit 0", async () => {
    const input = await lastYear();
    const run = await dutoan("norms", "--learn", input, "--json");
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toEqual([]);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["proposals", "unmatched", "conflicts", "findings"]));
    expect(doc.proposals.map((p: Record<string, unknown>) => [p.code, p.unitCost, p.from, p.matchedBy])).toEqual([
      ["HN.HOITRUONG", "4500000", "Dự toán 2023!G4", "words"],
      ["HN.NUOCUONG", "35000", "Dự toán 2023!G5", "words"],
      ["BR.BANGRON", "650000", "Dự toán 2023!G6", "words"],
    ]);
    expect(doc.proposals[0]).toMatchObject({ line: "Thuê hội trường, trang thiết bị (máy chiếu, âm thanh)", unit: "ngày" });
    expect(doc.unmatched).toEqual([
      { description: "Chi phí khác không rõ", unit: "gói", unitCost: "2050000", from: "Dự toán 2023!G7", candidates: [] },
    ]);
    expect(doc.conflicts).toEqual([]);
    expect(doc.written).toBeNull();
    expect(doc.findings.map((f: { code: string; range: string }) => [f.code, f.range])).toEqual([["learn-unmatched", "G7"]]);
  });

  it("prints the levels and the unmatched lines as a table", async () => {
    const run = await dutoan("norms", "--learn", await lastYear());
    expect(run.code).toBe(EXIT.ok);
    const text = run.out.join("\n");
    expect(text).toMatch(/HN\.NUOCUONG .*35\.000 +Dự toán 2023!G5 +words/);
    expect(text).toContain("Chi phí khác không rõ");
    expect(text).toContain("Dự toán 2023!G7");
  });

  it("--write makes a Định mức sheet whose Mức chi holds the learned levels, the catalog's elsewhere", async () => {
    const input = await lastYear();
    const run = await dutoan("norms", "--learn", input, "--date", "2024-03-01", "--write", "ke-hoach-2024.xlsx");
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain("ke-hoach-2024.xlsx");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("ke-hoach-2024.xlsx"));
    const ws = wb.getWorksheet("Định mức")!;
    expect(ws.getCell("E2").value).toBe("Mức chi (đồng)");
    const level: Record<string, unknown> = {};
    ws.eachRow((row, r) => {
      if (r > 2) level[String(row.getCell(1).value)] = row.getCell(5).value;
    });
    expect(level["HN.HOITRUONG"]).toBe(4500000);
    expect(level["HN.NUOCUONG"]).toBe(35000);
    expect(level["BR.BANGRON"]).toBe(650000);
    const query = { date: isoDate("2024-03-01") };
    expect(level["CT.LUUTRU"]).toBe(normAmount(selectNorms(query).get("CT.LUUTRU")!).toNumber());

    // Read back as the estimate reads it: the unit's own levels, naming where they came from.
    const book = await XlsxWorkbook.open(file("ke-hoach-2024.xlsx"));
    const [sheet] = await book.readSheets(["Định mức"]);
    const { overrides, findings } = readNormsSheet(sheet, (code) => builtInNorm(code, query));
    expect(findings).toEqual([]);
    const water = overrides.find((n) => n.code === "HN.NUOCUONG")!;
    expect(normAmount(water).toFixed()).toBe("35000");
    expect(water.basis).toBe("Mức của đơn vị theo dự toán du-toan-2023.xlsx, ô Dự toán 2023!G5");
    expect(water.status).toBe("unverified");
  });

  it("--write into last year's own file keeps its dự toán and adds the sheet", async () => {
    const input = await lastYear();
    expect((await dutoan("norms", "--learn", input, "--write", input)).code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file(input));
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Dự toán 2023", "Định mức"]);
    expect(wb.getWorksheet("Dự toán 2023")!.getCell("G5").value).toBe("35.000");
  });

  it("exit 1 when nothing can be learned (no table), and nothing is written", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Không có bảng nào";
    await wb.xlsx.writeFile(file("empty.xlsx"));
    const run = await dutoan("norms", "--learn", "empty.xlsx", "--json", "--write", "out.xlsx");
    expect(run.code).toBe(EXIT.findings);
    const doc = JSON.parse(run.stdout);
    expect(doc.proposals).toEqual([]);
    expect(doc.findings.map((f: { severity: string; code: string }) => [f.severity, f.code])).toEqual([["error", "learn-no-table"]]);
    expect(fs.existsSync(file("out.xlsx"))).toBe(false);
  });

  it("exit 2 when the file cannot be read", async () => {
    const missing = await dutoan("norms", "--learn", "missing.xlsx");
    expect(missing.code).toBe(EXIT.io);
    fs.writeFileSync(file("bad.xlsx"), "not a workbook");
    expect((await dutoan("norms", "--learn", "bad.xlsx")).code).toBe(EXIT.io);
  });
});
