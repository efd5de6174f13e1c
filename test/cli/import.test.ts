import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { planColumnOf } from "../../src/workbook/layout";
import { recordingIO } from "../support/cli";

const SEEDS = path.join(__dirname, "..", "fixtures", "seeds");
const TRA_VINH = path.join(SEEDS, "tra-vinh-2020-bao-ve-moi-truong.txt");

function fakeIO(cwd: string) {
  const run = recordingIO(cwd);
  return { ...run, json: () => JSON.parse(run.out.join("\n")) };
}

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row, n) => (rows[n] = (row.values as unknown[]).slice(1)));
  return rows;
}

describe("dutoan import", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-import-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("prints the Trà Vinh plan's activities as JSON with decimal strings and kind codes", async () => {
    const run = fakeIO(dir);
    expect(await main(["import", TRA_VINH, "--json"], run.io)).toBe(0);
    const doc = run.json();
    expect(doc.plan).toMatchObject({ number: "30/KH-SCT", date: "2020-03-19", total: "87000000" });
    expect(
      doc.activities.map((a: { kind: string; quantity: string; statedAmount: string }) => [a.kind, a.quantity, a.statedAmount]),
    ).toEqual([
      ["conference", "2", "20800000"],
      ["banner", "108", "52000000"],
      ["banner", "4", "2400000"],
      ["database", "60", "11800000"],
    ]);
    expect(doc.activities[0]).toMatchObject({ participants: "60", quarters: [1, 2, 3, 4], unit: "cuộc" });
    expect(doc.activities[2].quarters).toEqual([2, 3, 4]);
  });

  test("writes a Kế hoạch sheet with the groups' subtotals, the total row, Thông tin and Phân bổ", async () => {
    const out = path.join(dir, "plan.xlsx");
    expect(await main(["import", TRA_VINH, "-o", out], fakeIO(dir).io)).toBe(0);
    const plan = await sheetRows(out, "Kế hoạch");
    // Every input column a recipe reads, so the officer finds where to correct the estimate.
    expect(plan[1].slice(0, 12)).toEqual([
      "STT",
      "Nội dung",
      "Loại",
      "Đơn vị tính",
      "Số lượng",
      "Số người",
      "Số đại biểu không hưởng lương",
      "Số ngày",
      "Đơn giá",
      "Thời gian",
      "Kinh phí kế hoạch",
      "Khóa",
    ]);
    // Each input column says what goes there, in a note on its header.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const header = wb.getWorksheet("Kế hoạch")!.getRow(1);
    const note = (field: Parameters<typeof planColumnOf>[0]) => {
      const n = header.getCell(planColumnOf(field)).note;
      return typeof n === "string" ? n : (n?.texts?.map((t) => t.text).join("") ?? "");
    };
    expect(note("guests")).toContain("K4 Đ12 TT 40/2017");
    expect(note("unitCost")).toContain("báo giá");
    expect(note("days")).toContain("Số ngày");
    expect(note("lock")).toContain("kinh phí được giao");
    const stated = planColumnOf("statedAmount") - 1;
    const named = (name: string) => plan.find((r) => r && typeof r[1] === "string" && (r[1] as string).startsWith(name))!;
    expect(named("Truyền thông môi trường")[stated]).toBe(75200000);
    expect(named("Tổ chức 02 cuộc Hội nghị").slice(2, 6)).toEqual(["Hội nghị", "cuộc", 2, 60]);
    expect(named("Tổng cộng")[stated]).toBe(87000000);
    // The plan's own total (87.000.000) is not an allocation: the cell is left for the officer to fill, and said.
    expect((await sheetRows(out, "Phân bổ"))[4]).toEqual(["Kinh phí được giao"]);
    expect((await sheetRows(out, "Thông tin")).flat()).toEqual(expect.arrayContaining(["Số", "30/KH-SCT", "Tỉnh", "Trà Vinh"]));
  });

  test("refuses to overwrite a Kế hoạch sheet that holds data unless --force", async () => {
    const out = path.join(dir, "plan.xlsx");
    await main(["import", TRA_VINH, "-o", out], fakeIO(dir).io);
    const before = fs.readFileSync(out);
    const again = fakeIO(dir);
    expect(await main(["import", TRA_VINH, "-o", out, "--json"], again.io)).toBe(1);
    expect(again.json().findings.map((f: { code: string }) => f.code)).toContain("plan-sheet-exists");
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(await main(["import", TRA_VINH, "-o", out, "--force"], fakeIO(dir).io)).toBe(0);
  });

  test("an imported plan is ready for dutoan estimate", async () => {
    const out = path.join(dir, "plan.xlsx");
    await main(["import", TRA_VINH, "-o", out], fakeIO(dir).io);
    const run = fakeIO(dir);
    expect(await main(["estimate", out, "--json"], run.io)).toBe(0);
    const doc = run.json();
    expect(doc.activities.map((a: { kind: string }) => a.kind)).toEqual(["conference", "banner", "banner", "database"]);
    expect(doc.total).toMatch(/^\d+$/);
  });

  test("a missing text file exits 2 with a message", async () => {
    const run = fakeIO(dir);
    expect(await main(["import", path.join(dir, "nope.txt")], run.io)).toBe(2);
    expect(run.err.join("\n")).toMatch(/cannot read/);
  });
});

describe("dutoan import, then estimate, then check, on the Trà Vinh seed", () => {
  test("runs end to end and the plan's stated totals reconcile", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-pipeline-"));
    try {
      const file = path.join(dir, "plan.xlsx");
      expect(await main(["import", TRA_VINH, "-o", file], fakeIO(dir).io)).toBe(0);
      expect(await main(["estimate", file], fakeIO(dir).io)).toBe(0);
      const check = fakeIO(dir);
      const code = await main(["check", file, "--json", "--as-of", "2020-03-20"], check.io);
      const findings: { code: string; severity: string; sheet?: string; range?: string }[] = check.json().findings;
      // The stated figures 20.800.000 + 52.000.000 + 2.400.000 = 75.200.000 and
      // 75.200.000 + 11.800.000 = 87.000.000 add up: no stated-sum finding.
      expect(findings.filter((f) => f.code === "stated-sum-mismatch")).toEqual([]);
      // What remains are the norms' view (the norms give more than the plan states) and the allocation.
      expect(findings.some((f) => f.sheet === "Phân bổ")).toBe(true);
      expect(code).toBe(findings.some((f) => f.severity === "error") ? 1 : 0);

      // One đồng more on the conference's stated amount breaks exactly its group's sum.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const plan = wb.getWorksheet("Kế hoạch")!;
      let conferenceRow = 0;
      plan.eachRow((row, n) => {
        if (String(row.getCell(2).value).startsWith("Tổ chức 02 cuộc Hội nghị")) conferenceRow = n;
      });
      plan.getCell(conferenceRow, planColumnOf("statedAmount")).value = 20800001;
      await wb.xlsx.writeFile(file);
      const again = fakeIO(dir);
      expect(await main(["check", file, "--json", "--as-of", "2020-03-20"], again.io)).toBe(1);
      const mismatches = again.json().findings.filter((f: { code: string }) => f.code === "stated-sum-mismatch");
      expect(mismatches).toHaveLength(1);
      expect(mismatches[0].amounts).toMatchObject({ stated: "75200000", parts: "75200001" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
