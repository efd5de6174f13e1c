import path from "path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { readBook } from "../../src/workbook/port";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { learnNorms, learnedNorms, matchLine, type LearnResult } from "../../src/workbook/learnNorms";
import { BUILT_IN_NORMS } from "../../src/core/norms/catalog";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "tra-vinh-2020.xlsx");

async function learnFrom(wb: ExcelJS.Workbook): Promise<LearnResult> {
  const port = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
  return learnNorms(await readBook(port, (sheets) => sheets.map((s) => s.name)));
}

const byCode = (r: LearnResult) => Object.fromEntries(r.proposals.map((p) => [p.code, p.unitCost.toFixed()]));

/** The officer's own table, typed by hand: a title, a blank row, the table at C5. */
function handMadeWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DT 2023");
  ws.getCell("C2").value = "DỰ TOÁN KINH PHÍ HỘI NGHỊ TỔNG KẾT NĂM 2023";
  const rows: (string | number | null)[][] = [
    ["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
    ["I", "Hội nghị tổng kết", null, null, null, 21850000],
    ["1", "Thuê hội trường", "ngày", 2, 4500000, 9000000],
    ["2", "Nước uống giữa giờ", "người/ngày", 120, "35.000", 4200000],
    ["3", "Hỗ trợ tiền ăn đại biểu không hưởng lương (họp tại huyện)", "người/ngày", 30, "150.000", 4500000],
    ["4", "Bồi dưỡng báo cáo viên", "buổi", 2, "1,000,000", 2000000],
    ["5", "Hỗ trợ tiền ăn đại biểu", "người/ngày", 1, "100.000", 100000],
    ["6", "Chi phí khác không rõ", "gói", 1, "2.050.000", 2050000],
    [null, "Tổng cộng", null, null, null, 21850000],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(5 + i, 3 + j).value = v)));
  return wb;
}

describe("learning the levels of a dự toán this product printed (round trip)", () => {
  /** The sample, estimated (Chi tiết dự toán) and printed (Dự toán); the engine's lines are the reference. */
  async function printedSample() {
    const book = await XlsxWorkbook.open(SAMPLE);
    const estimated = await runEstimate(book);
    const printed = await runAttachment(book);
    expect(printed.layout).toBeDefined();
    const lines = printed.estimate!.activities.flatMap((a) => a.lines);
    expect(lines.length).toBeGreaterThan(0);
    // The breakdown and the attachment were made from the same estimate.
    expect(estimated.estimate!.activities.flatMap((a) => a.lines).map((l) => [l.normCode, l.unitCost.toFixed()])).toEqual(
      lines.map((l) => [l.normCode, l.unitCost.toFixed()]),
    );
    const expected: Record<string, string> = {};
    for (const l of lines) {
      if (!l.normCode) continue;
      // One level per code in the sample: a second one would be a conflict, tested below on its own.
      expect([undefined, l.unitCost.toFixed()]).toContain(expected[l.normCode]);
      expected[l.normCode] = l.unitCost.toFixed();
    }
    const withoutCode = lines.filter((l) => !l.normCode).length;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    return { wb, expected, withoutCode };
  }

  /** Each proposal names the cell it came from, and that cell holds the level. */
  function expectCellsHoldLevels(wb: ExcelJS.Workbook, result: LearnResult, sheet: string) {
    for (const p of result.proposals) {
      expect(p.cell.sheet).toBe(sheet);
      expect(String(wb.getWorksheet(sheet)!.getCell(p.cell.address).value)).toBe(p.unitCost.toFixed());
    }
  }

  test("from the Dự toán sheet alone: every line's unit cost comes back for its norm code, matched by its words", async () => {
    const { wb, expected, withoutCode } = await printedSample();
    wb.removeWorksheet(wb.getWorksheet("Chi tiết dự toán")!.id);
    const result = await learnFrom(wb);
    expect(result.sheets).toEqual(["Dự toán"]);
    expect(byCode(result)).toEqual(expected);
    expect(result.proposals.every((p) => p.matchedBy === "words")).toBe(true);
    expect(result.unmatched).toHaveLength(withoutCode);
    expect(result.conflicts).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expectCellsHoldLevels(wb, result, "Dự toán");
  });

  test("from the Chi tiết dự toán sheet alone: the Mã định mức column gives the code", async () => {
    const { wb, expected } = await printedSample();
    wb.removeWorksheet(wb.getWorksheet("Dự toán")!.id);
    const result = await learnFrom(wb);
    expect(result.sheets).toEqual(["Chi tiết dự toán"]);
    expect(byCode(result)).toEqual(expected);
    expect(result.proposals.every((p) => p.matchedBy === "code")).toBe(true);
    expect(result.conflicts).toEqual([]);
    expectCellsHoldLevels(wb, result, "Chi tiết dự toán");
  });

  test("from both sheets: the same levels, each line counted once per sheet, no conflict", async () => {
    const { wb, expected } = await printedSample();
    const result = await learnFrom(wb);
    expect(byCode(result)).toEqual(expected);
    expect(result.conflicts).toEqual([]);
  });
});

describe("learning from a hand-made table", () => {
  test("reads the officer's levels wherever the table starts, in either number convention, with their cells", async () => {
    const result = await learnFrom(handMadeWorkbook());
    expect(result.sheets).toEqual(["DT 2023"]);
    expect(result.proposals.map((p) => [p.code, p.unitCost.toFixed(), `${p.cell.sheet}!${p.cell.address}`, p.matchedBy])).toEqual([
      ["HN.HOITRUONG", "4500000", "DT 2023!G7", "words"],
      ["HN.NUOCUONG", "35000", "DT 2023!G8", "words"],
      ["HN.TIENAN.TINH", "150000", "DT 2023!G9", "words"],
      ["HN.BAOCAOVIEN", "1000000", "DT 2023!G10", "words"],
    ]);
    // The proposal shows the catalog's line, and what the officer wrote.
    const hall = result.proposals[0];
    expect(hall.line).toBe(BUILT_IN_NORMS.find((n) => n.code === "HN.HOITRUONG")!.line);
    expect(hall.description).toBe("Thuê hội trường");
    expect(hall.why).toBe("3/3 words, same unit");
  });

  test("lists the lines it cannot match, with the closest codes, and never guesses between tied norms", async () => {
    const result = await learnFrom(handMadeWorkbook());
    expect(result.unmatched.map((u) => [u.description, u.unitCost.toFixed(), u.cell.address])).toEqual([
      ["Hỗ trợ tiền ăn đại biểu", "100000", "G11"],
      ["Chi phí khác không rõ", "2050000", "G12"],
    ]);
    // Meal support without the place of the meeting is any of the three levels.
    expect([...result.unmatched[0].candidates].sort()).toEqual(["HN.TIENAN.NOITHANH", "HN.TIENAN.TINH", "HN.TIENAN.XA"]);
    expect(result.unmatched[1].candidates).toEqual([]);
    const unmatched = result.findings.filter((f) => f.code === "learn-unmatched");
    expect(unmatched.map((f) => [f.severity, f.sheet, f.range])).toEqual([
      ["info", "DT 2023", "G11"],
      ["info", "DT 2023", "G12"],
    ]);
    expect(unmatched[1].message).toContain("Chi phí khác không rõ");
  });

  test("a level in nghìn đồng is read in đồng", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRows([
      ["TT", "Khoản chi", "Đơn vị tính", "Mức chi (nghìn đồng)", "Kinh phí (nghìn đồng)"],
      ["1", "Phụ cấp lưu trú", "người/ngày", 250, 2500],
    ]);
    const result = await learnFrom(wb);
    expect(byCode(result)).toEqual({ "CT.LUUTRU": "250000" });
  });

  test("a code in the catalog wins over the words; a code that is not is said, and the words decide", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Chi tiết").addRows([
      ["STT", "Nội dung chi", "Đơn vị tính", "Đơn giá", "Mã định mức"],
      ["-", "Nước uống cho đại biểu", "người", 25000, "HN.TAILIEU"],
      ["-", "Bồi dưỡng báo cáo viên", "buổi", 800000, "HN.KHONGCO"],
    ]);
    const result = await learnFrom(wb);
    expect(result.proposals.map((p) => [p.code, p.matchedBy, p.unitCost.toFixed()])).toEqual([
      ["HN.TAILIEU", "code", "25000"],
      ["HN.BAOCAOVIEN", "words", "800000"],
    ]);
    expect(result.findings.map((f) => [f.code, f.range])).toEqual([["learn-unknown-code", "D3"]]);
  });

  test("several levels for one code: the most used is proposed and the others are listed with their cells", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dự toán").addRows([
      ["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
      ["1", "Thuê hội trường", "ngày", 1, 5000000, 5000000],
      ["2", "Thuê hội trường", "ngày", 1, 4500000, 4500000],
      ["3", "Thuê hội trường, trang thiết bị", "ngày", 2, "4.500.000", 9000000],
    ]);
    const result = await learnFrom(wb);
    expect(byCode(result)).toEqual({ "HN.HOITRUONG": "4500000" });
    expect(result.proposals[0]).toMatchObject({ count: 2, cell: { sheet: "Dự toán", address: "E3" } });
    expect(result.conflicts).toHaveLength(1);
    const [c] = result.conflicts;
    expect(c.chosen.toFixed()).toBe("4500000");
    expect(c.levels.map((l) => [l.unitCost.toFixed(), l.cells.map((x) => x.address)])).toEqual([
      ["4500000", ["E3", "E4"]],
      ["5000000", ["E2"]],
    ]);
    expect(c.reasonEn).toContain("most used");
    expect(result.findings.find((f) => f.code === "learn-conflict")).toMatchObject({ severity: "warning", sheet: "Dự toán" });
  });

  test("two levels used equally often: the lower is proposed, and the reason says so", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dự toán").addRows([
      ["STT", "Nội dung", "ĐVT", "Đơn giá"],
      ["1", "Nước uống giữa giờ", "người/ngày", 40000],
      ["2", "Nước uống giữa giờ", "người/ngày", 30000],
    ]);
    const result = await learnFrom(wb);
    expect(byCode(result)).toEqual({ "HN.NUOCUONG": "30000" });
    expect(result.proposals[0].cell.address).toBe("D3");
    expect(result.conflicts[0].reasonEn).toContain("lowest");
  });
});

describe("where there is nothing to learn", () => {
  test("a workbook without a dự toán table is an error finding and no proposal", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Báo cáo").addRows([["Báo cáo tình hình thực hiện năm 2023"], ["Nội dung", "Ghi chú"], ["Hội nghị", "đã tổ chức"]]);
    const result = await learnFrom(wb);
    expect(result.proposals).toEqual([]);
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([["error", "learn-no-table"]]);
  });

  test("the Định mức sheet is never read as a dự toán, and the plan sheet only when nothing else holds a table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Định mức").addRows([
      ["Mã", "Nội dung chi", "Đơn vị tính", "Mức chi (đồng)"],
      ["HN.NUOCUONG", "Nước uống, giải khát giữa giờ", "người/ngày", 40000],
    ]);
    wb.addWorksheet("Kế hoạch").addRows([
      ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá"],
      ["1", "Thiết kế, in, treo băng rôn", "cái", 4, 700000],
    ]);
    expect(byCode(await learnFrom(wb))).toEqual({ "BR.BANGRON": "700000" });
    wb.addWorksheet("Dự toán").addRows([
      ["STT", "Nội dung", "Đơn vị tính", "Đơn giá"],
      ["1", "Biên soạn, in ấn tài liệu", "cuốn", 25000],
    ]);
    expect(byCode(await learnFrom(wb))).toEqual({ "IN.TAILIEU": "25000" });
  });
});

describe("matching a line to a norm", () => {
  test("every line of the catalog matches its own code exactly, unless another code has the same text", () => {
    const seen = new Map<string, Set<string>>();
    for (const n of BUILT_IN_NORMS) seen.set(n.line, new Set([...(seen.get(n.line) ?? []), n.code]));
    for (const [line, codes] of seen) {
      const m = matchLine(line, "");
      if (codes.size === 1) expect([line, m.code]).toEqual([line, [...codes][0]]);
      else expect([line, m.code, [...(("candidates" in m && m.candidates) || [])].sort()]).toEqual([line, undefined, [...codes].sort()]);
    }
  });

  test("the unit tells apart lines whose words are the same", () => {
    expect(matchLine("Tài liệu", "người").code).toBe("HN.TAILIEU");
    expect(matchLine("Tài liệu", "cuốn").code).toBe("IN.TAILIEU");
    // Without a unit it is a tie; "tại" folds like "tài", so the survey line ("… tại cơ sở") ties too.
    const tie = matchLine("Tài liệu", "");
    expect(tie.code).toBeUndefined();
    expect("candidates" in tie && tie.candidates).toEqual(expect.arrayContaining(["HN.TAILIEU", "IN.TAILIEU"]));
  });

  test("the product's own note in brackets after a catalog line still matches it", () => {
    expect(matchLine("Hỗ trợ đánh giá nhanh sản xuất sạch hơn (50% x 80.000.000, tối đa 50.000.000)", "cơ sở").code).toBe("SXSH.DANHGIA");
  });

  test("a line with too few of a norm's words is not matched", () => {
    expect(matchLine("Thuê xe", "chuyến").code).toBeUndefined();
  });
});

describe("the learned levels as the unit's own norms", () => {
  test("layer unit, the catalog's line and unit, the level, and the cell it came from as basis", async () => {
    const result = await learnFrom(handMadeWorkbook());
    const norms = learnedNorms(result, "du-toan-2023.xlsx");
    expect(norms.map((n) => n.code)).toEqual(result.proposals.map((p) => p.code));
    const water = norms.find((n) => n.code === "HN.NUOCUONG")!;
    expect(water).toMatchObject({
      layer: "unit",
      jurisdiction: "unit",
      status: "unverified",
      line: "Nước uống, giải khát giữa giờ",
      unit: "người/ngày",
    });
    // Valid as long as the unit keeps the level: no dates.
    expect([water.validFrom, water.validTo]).toEqual([undefined, undefined]);
    expect(water.rule.kind === "amount" && water.rule.value.toFixed()).toBe("35000");
    expect(water.basis).toBe("Mức của đơn vị theo dự toán du-toan-2023.xlsx, ô DT 2023!G8");
  });

  test("the assessment support is proposed but not written as the cap: the level depended on the consulting cost", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dự toán").addRows([
      ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá"],
      ["1", "Hỗ trợ đánh giá nhanh sản xuất sạch hơn (50% x 60.000.000, tối đa 50.000.000)", "cơ sở", 2, 30000000],
    ]);
    const result = await learnFrom(wb);
    expect(byCode(result)).toEqual({ "SXSH.DANHGIA": "30000000" });
    expect(learnedNorms(result, "x.xlsx")).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["learn-rule-norm"]);
  });
});
