import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { main } from "../../src/cli/main";
import type { Estimate } from "../../src/core/estimate/estimate";
import { money } from "../../src/core/money/money";
import { amountInWords } from "../../src/core/words/amountInWords";
import { convertWithSoffice, disposeSoffice, hasSoffice } from "../../src/render/libreoffice";
import { columnLetter } from "../../src/workbook/address";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { runCheck } from "../../src/workbook/commands/check";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { planColumnOf } from "../../src/workbook/layout";
import { runRestore } from "../../src/workbook/safety/restore";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { formulaOf, recalc, reload } from "../attachment/kit";
import { differences, everyCell, reopen } from "../safety/workbookCells";
import { recordingIO } from "../support/cli";

/*
 * The Trà Vinh plan (30/KH-SCT) states 87.000.000: 75.200.000 for communication
 * (20.800.000 + 52.000.000 + 2.400.000) and 11.800.000 for the database. The
 * norms give 97.600.000. Fitted to the plan, the attachment must say what the
 * plan says, with every line inside the law.
 */

const col = (field: Parameters<typeof planColumnOf>[0]) => columnLetter(planColumnOf(field));

async function sample(edit?: (ws: ExcelJS.Worksheet) => void): Promise<XlsxWorkbook> {
  const wb = buildTraVinhWorkbook();
  edit?.(wb.getWorksheet("Kế hoạch")!);
  return XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
}

/** Every line within the law: a capped line never above the norm's level, a lump sum never moved, no quantity changed. */
function expectLawful(estimate: Estimate): void {
  const norms = estimate.fit!.normsEstimate;
  estimate.activities.forEach((a, i) => {
    norms.activities[i].lines.forEach((before, j) => {
      const after = a.lines[j];
      expect(after.quantity.eq(before.quantity)).toBe(true);
      if (before.cap === "max") expect(after.unitCost.lessThanOrEqualTo(before.unitCost)).toBe(true);
      if (before.cap === "lump_sum") expect(after.unitCost.eq(before.unitCost)).toBe(true);
    });
  });
}

describe("--fit plan on the Trà Vinh sample", () => {
  let book: XlsxWorkbook;
  let result: Awaited<ReturnType<typeof runAttachment>>;
  beforeAll(async () => {
    book = await sample();
    result = await runAttachment(book, { fit: "plan" });
  });

  it("gives each activity its stated amount, the group its 75.200.000 and the total 87.000.000, every line within the law", () => {
    const e = result.estimate!;
    expect(e.activities.map((a) => a.amount.toFixed())).toEqual(["20800000", "52000000", "2400000", "11800000"]);
    expect(e.groups.map((g) => g.amount.toFixed())).toEqual(["75200000"]);
    expect(e.total.toFixed()).toBe("87000000");
    expect(e.fit?.normsEstimate.total.toFixed()).toBe("97600000");
    expectLawful(e);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("prints the fitted lines with their norm's level beside them, the total and its words", async () => {
    const ws = (await reload(book)).getWorksheet("Dự toán")!;
    const { totalRow, wordsRow, activityRows } = result.layout!;
    expect(formulaOf(ws.getCell(totalRow, 6))?.result).toBe(87000000);
    expect(recalc(ws, `F${totalRow}`).toFixed()).toBe("87000000");
    expect(formulaOf(ws.getCell(wordsRow, 1))?.result).toBe(`Bằng chữ: ${amountInWords(money(87000000))}`);
    const hall = activityRows.get(3)! + 1;
    expect(String(ws.getCell(hall, 7).value)).toMatch(/điều chỉnh theo kế hoạch \(mức theo định mức 3\.000\.000\)$/);
    // 108 banners for 52.000.000: 481.481 each, and the 52 đồng on a named line.
    const banners = activityRows.get(4)! + 1;
    expect([ws.getCell(banners, 4).value, ws.getCell(banners, 5).value, formulaOf(ws.getCell(banners, 6))?.result]).toEqual([
      108, 481481, 51999948,
    ]);
    expect([ws.getCell(banners + 1, 2).value, formulaOf(ws.getCell(banners + 1, 6))?.result]).toEqual([
      "Chênh lệch do làm tròn đơn giá",
      52,
    ]);
  });

  it("the checks still compare the plan with the norms: stated-vs-norms stays a finding", async () => {
    const checked = await runCheck(await sample(), { fit: "plan", asOf: undefined });
    expect(checked.estimate!.total.toFixed()).toBe("87000000");
    expect(checked.findings.some((f) => f.code === "stated-vs-norms")).toBe(true);
    expect(checked.findings.some((f) => f.code === "over-allocation")).toBe(false);
  });
});

describe("--fit allocation", () => {
  it("with the allocation cut to 80.000.000 and the database locked: total 80.000.000, the database unchanged, every line lawful", async () => {
    const book = await sample((ws) => (ws.getCell(`${col("lock")}6`).value = "x"));
    const result = await runEstimate(book, { fit: "allocation", allocation: { amount: money(80000000) } });
    const e = result.estimate!;
    expect(e.total.toFixed()).toBe("80000000");
    // Locked, it keeps its stated 11.800.000; the three others share 68.200.000 in proportion to their norms' amounts.
    expect(e.activities[3].amount.toFixed()).toBe("11800000");
    expectLawful(e);
    const saved = await reopen(book);
    expect(saved.getWorksheet("Kế hoạch")!.getCell(`${col("estimate")}7`).value).toBe(80000000);
  });

  it("reads the allocation from Phân bổ when no amount is given (87.000.000 in the sample)", async () => {
    const result = await runEstimate(await sample(), { fit: "allocation" });
    expect(result.estimate!.total.toFixed()).toBe("87000000");
  });

  it("an allocation below what the locked activities take is a finding, and nothing is fitted", async () => {
    const book = await sample((ws) => (ws.getCell(`${col("lock")}4`).value = "x"));
    const result = await runEstimate(book, { fit: "allocation", allocation: { amount: money(40000000) } });
    expect(result.findings.find((f) => f.code === "fit-unreachable")?.amounts).toMatchObject({ target: "40000000", min: "52000000" });
    expect(result.estimate!.total.toFixed()).toBe(result.estimate!.fit!.normsEstimate.total.toFixed());
  });
});

describe("a stated amount below what the law fixes", () => {
  it("names the activity, the target and the smallest lawful amount, and leaves its lines as the norms give them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Thông tin").addRows([
      ["Ngày", "19/03/2020"],
      ["Tỉnh", "Trà Vinh"],
    ]);
    wb.addWorksheet("Kế hoạch").addRows([
      ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Kinh phí kế hoạch"],
      // 10 người x 3 ngày: lodging 10 x 2 đêm x 350.000 = 7.000.000 is a lump sum (khoán) the law fixes.
      ["1", "Đoàn học tập kinh nghiệm", "Đoàn công tác", "đoàn", 1, 10, 3, 5000000],
    ]);
    const result = await runEstimate(await XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer()), { fit: "plan" });
    const unreachable = result.findings.find((f) => f.code === "fit-unreachable")!;
    expect(unreachable).toMatchObject({ severity: "error", sheet: "Kế hoạch", range: "H2" });
    expect(unreachable.amounts).toEqual({ target: "5000000", min: "7000000" });
    expect(unreachable.message).toContain("7.000.000");
    const a = result.estimate!.activities[0];
    expect(a.lines.every((l) => l.fitted === undefined)).toBe(true);
    expect(a.amount.toFixed()).toBe(result.estimate!.fit!.normsEstimate.activities[0].amount.toFixed());
  });
});

describe("fitting is restorable like every write", () => {
  it("restore after estimate --fit plan brings the workbook back cell for cell", async () => {
    const original = everyCell(await reopen(buildTraVinhWorkbook()));
    const book = await sample();
    await runEstimate(book, { fit: "plan" });
    await runRestore(book);
    expect(differences(original, everyCell(await reopen(book)))).toEqual([]);
  });
});

describe("dutoan estimate / attachment --fit on the command line", () => {
  let dir: string;
  const io = () => {
    const { io: cli, out, err } = recordingIO(dir);
    return { cli, out, err };
  };
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-fit-"))));
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await disposeSoffice();
  });

  it("the imported Trà Vinh seed, fitted to the plan, totals 87.000.000 with its groups at 75.200.000 and 11.800.000", async () => {
    const file = path.join(dir, "seed.xlsx");
    const seed = path.join(__dirname, "..", "fixtures", "seeds", "tra-vinh-2020-bao-ve-moi-truong.txt");
    expect(await main(["import", seed, "-o", file], io().cli)).toBe(0);
    const run = io();
    expect(await main(["estimate", file, "--fit", "plan", "--json"], run.cli)).toBe(0);
    const doc = JSON.parse(run.out.join("\n"));
    expect(doc.total).toBe("87000000");
    expect(doc.activities.map((a: { amount: string }) => a.amount)).toEqual(["20800000", "52000000", "2400000", "11800000"]);
    const fitted = doc.activities[0].lines[0];
    expect(fitted.fitted).toEqual({ normUnitCost: "3000000", normAmount: "6000000" });
  });

  it("--allocation takes an amount in either convention, or a cell; a bad --fit or --allocation exits 2", async () => {
    const file = path.join(dir, "tv.xlsx");
    await buildTraVinhWorkbook().xlsx.writeFile(file);
    for (const amount of ["80.000.000", "80000000", "80 triệu"]) {
      const run = io();
      expect(await main(["estimate", file, "--fit", "allocation", "--allocation", amount, "--json", "-o", "o.xlsx"], run.cli)).toBe(0);
      expect(JSON.parse(run.out.join("\n")).total).toBe("80000000");
    }
    const cell = io();
    expect(await main(["estimate", file, "--fit", "allocation", "--allocation", "Phân bổ!B4", "--json", "-o", "o.xlsx"], cell.cli)).toBe(0);
    expect(JSON.parse(cell.out.join("\n")).total).toBe("87000000");
    expect(await main(["estimate", file, "--fit", "everything"], io().cli)).toBe(2);
    expect(await main(["estimate", file, "--fit", "allocation", "--allocation", "nhiều"], io().cli)).toBe(2);
  });

  (hasSoffice() ? it : it.skip)("the fitted attachment, recomputed by LibreOffice, shows 87.000.000 and its words", async () => {
    const file = path.join(dir, "tv2.xlsx");
    await buildTraVinhWorkbook().xlsx.writeFile(file);
    const out = path.join(dir, "att.xlsx");
    expect(await main(["attachment", file, "--fit", "plan", "-o", out], io().cli)).toBe(0);
    const recalculated = await convertWithSoffice(out, "xlsx", path.join(dir, "lo"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated!);
    const ws = wb.getWorksheet("Dự toán")!;
    let total: unknown;
    let words: unknown;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "TỔNG CỘNG") total = formulaOf(row.getCell(6))?.result;
      const first = formulaOf(row.getCell(1));
      if (typeof first?.result === "string" && first.result.startsWith("Bằng chữ")) words = first.result;
    });
    expect(total).toBe(87000000);
    expect(words).toBe("Bằng chữ: Tám mươi bảy triệu đồng");
  });
});
