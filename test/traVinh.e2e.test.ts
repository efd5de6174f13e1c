import ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../examples/traVinhSample";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { runEstimate, type EstimateCommandResult } from "../src/workbook/commands/estimate";
import { recalc } from "./attachment/kit";
import { planColumnOf } from "../src/workbook/layout";
import { columnLetter } from "../src/workbook/address";

const col = (field: Parameters<typeof planColumnOf>[0]) => columnLetter(planColumnOf(field));
/** Dự toán (M), Căn cứ (N) and Kinh phí kế hoạch (K) in the layout's own order. */
const [EST, BASIS, STATED] = [col("estimate"), col("basis"), col("statedAmount")];

/*
 * The Trà Vinh sample (Kế hoạch 30/KH-SCT, 19/3/2020) end to end through real .xlsx
 * files: built with ExcelJS, written to a buffer, opened by the adapter, estimated,
 * saved to a buffer, and re-opened with plain ExcelJS to read what an officer would see.
 *
 * Expected amounts by hand from the catalog (2020 norms, Trà Vinh, cấp tỉnh, to the đồng):
 *   row 3, conference, 2 cuộc x 60 người x 1 ngày:
 *     hall        2 x 3.000.000 =  6.000.000
 *     decoration  2 x   500.000 =  1.000.000
 *     documents 120 x    30.000 =  3.600.000
 *     water     120 x    40.000 =  4.800.000
 *     meals     none: the plan does not say how many delegates are not state-paid (a warning says
 *               what is at stake: 120 x 150.000 = 18.000.000 at point b of K4 Đ12 TT 40/2017)
 *     speakers    4 buổi x 1.000.000 = 4.000.000
 *     = 19.400.000
 *   row 4, banners at the markets: 108 x 600.000 = 64.800.000
 *   row 5, banners for the environment days: 4 x 600.000 = 2.400.000
 *   row 2, group 1 (rows 3..5): 19.400.000 + 64.800.000 + 2.400.000 = 86.600.000
 *   row 6, database: 5.000.000 + 60 x 100.000 = 11.000.000
 *   row 7, Tổng cộng: 86.600.000 + 11.000.000 = 97.600.000
 */
const EXPECTED = {
  conference: [
    ["HN.HOITRUONG", 2, 3000000, 6000000],
    ["HN.TRANGTRI", 2, 500000, 1000000],
    ["HN.TAILIEU", 120, 30000, 3600000],
    ["HN.NUOCUONG", 120, 40000, 4800000],
    ["HN.BAOCAOVIEN", 4, 1000000, 4000000],
  ],
  marketBanners: [["BR.BANGRON", 108, 600000, 64800000]],
  dayBanners: [["BR.BANGRON", 4, 600000, 2400000]],
  database: [
    ["CSDL.DUYTRI", 1, 5000000, 5000000],
    ["CSDL.KHAOSAT", 60, 100000, 6000000],
  ],
} as const;

let result: EstimateCommandResult;
let saved: ExcelJS.Workbook;

beforeAll(async () => {
  const sample = buildTraVinhWorkbook();
  const book = await XlsxWorkbook.fromBuffer(await sample.xlsx.writeBuffer());
  result = await runEstimate(book);
  const buffer = await book.toBuffer();
  saved = new ExcelJS.Workbook();
  await saved.xlsx.load(buffer as unknown as ArrayBuffer);
});

const plan = () => saved.getWorksheet("Kế hoạch")!;
const breakdown = () => saved.getWorksheet("Chi tiết dự toán")!;
/** A cell's value, or the cached result of its formula. */
function shown(ws: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  const v = ws.getCell(address).value;
  return v !== null && typeof v === "object" && "formula" in v ? (v.result as ExcelJS.CellValue) : v;
}

describe("Trà Vinh 2020 sample, end to end through .xlsx", () => {
  it("reads the plan: its date and province choose the 2020 norms of Trà Vinh", () => {
    expect(result.reading.plan.info).toMatchObject({ date: "2020-03-19", province: "Trà Vinh", level: "tinh", number: "30/KH-SCT" });
    expect(result.estimate!.norms.date).toBe("2020-03-19");
    expect(result.reading.plan.info.statedTotal?.toFixed()).toBe("87000000");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.find((f) => f.code === "guests-unknown")?.amounts).toEqual({ atStake: "18000000" });
  });

  it("estimates each activity with the lines computed by hand", () => {
    const lines = result.estimate!.activities.map((a) =>
      a.lines.map((l) => [l.normCode, l.quantity.toNumber(), l.unitCost.toNumber(), l.amount.toNumber()]),
    );
    expect(lines).toEqual([EXPECTED.conference, EXPECTED.marketBanners, EXPECTED.dayBanners, EXPECTED.database]);
    expect(result.estimate!.activities.map((a) => [a.activity.row, a.activity.kind, a.amount.toFixed()])).toEqual([
      [3, "conference", "19400000"],
      [4, "banner", "64800000"],
      [5, "banner", "2400000"],
      [6, "database", "11000000"],
    ]);
    expect(result.estimate!.groups.map((g) => [g.group.row, g.amount.toFixed()])).toEqual([[2, "86600000"]]);
    expect(result.estimate!.total.toFixed()).toBe("97600000");
  });

  it("writes Dự toán on Kế hoạch: each activity, the group subtotal and the Tổng cộng row", () => {
    // the sample has both headers: Dự toán and Căn cứ
    expect(plan().getCell(`${EST}1`).value).toBe("Dự toán");
    expect(plan().getCell(`${BASIS}1`).value).toBe("Căn cứ");
    expect([2, 3, 4, 5, 6, 7].map((r) => plan().getCell(`${EST}${r}`).value)).toEqual([
      86600000, 19400000, 64800000, 2400000, 11000000, 97600000,
    ]);
    for (const r of [2, 3, 4, 5, 6, 7]) expect(plan().getCell(`${EST}${r}`).numFmt).toBe("#,##0");
  });

  it("writes Căn cứ on Kế hoạch: the legal bases of each activity's lines, nothing on the group and total rows", () => {
    const basis = (row: number) => String(plan().getCell(`${BASIS}${row}`).value ?? "");
    expect(basis(3)).toContain("K3 Đ12 TT 40/2017/TT-BTC");
    expect(basis(3)).toContain("Báo giá / hợp đồng");
    expect(basis(4)).toBe("Báo giá / hợp đồng");
    expect(basis(5)).toBe("Báo giá / hợp đồng");
    expect(basis(6)).toContain("Hợp đồng / báo giá");
    expect(basis(6)).toContain("Hợp đồng / quy chế chi tiêu nội bộ");
    expect(plan().getCell(`${BASIS}2`).value).toBeNull();
    expect(plan().getCell(`${BASIS}7`).value).toBeNull();
  });

  it("keeps what the officer typed: the stated amounts, quantities and the allocation", () => {
    expect([2, 3, 4, 5, 6, 7].map((r) => plan().getCell(`${STATED}${r}`).value)).toEqual([
      75200000, 20800000, 52000000, 2400000, 11800000, 87000000,
    ]);
    expect(["E3", "F3", "E4", "E5", "E6"].map((a) => plan().getCell(a).value)).toEqual([2, 60, 108, 4, 60]);
    expect(saved.getWorksheet("Phân bổ")!.getCell("B4").value).toBe(87000000);
    expect(saved.getWorksheet("Thông tin")!.getCell("B3").value).toBe("19/03/2020");
  });

  it("writes the Chi tiết dự toán sheet: every line, with live Thành tiền formulas whose cached results are the engine's amounts", () => {
    const ws = breakdown();
    expect(ws.getCell("A1").value).toBe("CHI TIẾT DỰ TOÁN THEO NỘI DUNG CHI");
    expect(String(ws.getCell("A2").value)).toContain("19/03/2020");
    expect(ws.getCell("B3").value).toBe("Nội dung chi");
    expect(ws.getCell("F3").value).toBe("Thành tiền (đồng)");

    // activity rows: 4 (conference, lines 5..9), 10 (line 11), 12 (line 13), 14 (lines 15..16), total 17
    const activityRows = [4, 10, 12, 14];
    const lineRows = [[5, 6, 7, 8, 9], [11], [13], [15, 16]];
    const expected = [EXPECTED.conference, EXPECTED.marketBanners, EXPECTED.dayBanners, EXPECTED.database];
    const engine = result.estimate!.activities;

    activityRows.forEach((row, i) => {
      const first = lineRows[i][0];
      const last = lineRows[i][lineRows[i].length - 1];
      expect(ws.getCell(`F${row}`).value).toEqual({ formula: `SUBTOTAL(9,F${first}:F${last})`, result: engine[i].amount.toNumber() });
      expect(ws.getCell(`J${row}`).value).toBe(`Kế hoạch!${engine[i].activity.row}`);
      lineRows[i].forEach((r, j) => {
        const [code, quantity, unitCost, amount] = expected[i][j];
        expect([ws.getCell(`G${r}`).value, ws.getCell(`D${r}`).value, ws.getCell(`E${r}`).value]).toEqual([code, quantity, unitCost]);
        expect(ws.getCell(`F${r}`).value).toEqual({ formula: `ROUND(D${r}*E${r},0)`, result: amount });
        expect(shown(ws, `F${r}`)).toBe(engine[i].lines[j].amount.toNumber());
        expect(String(ws.getCell(`H${r}`).value)).toBe(engine[i].lines[j].basis);
      });
    });
    expect(ws.getCell("B17").value).toBe("TỔNG CỘNG");
    // TỔNG CỘNG spans every row between the header and itself; SUBTOTAL leaves out the activity rows' own SUBTOTALs.
    expect(ws.getCell("F17").value).toEqual({ formula: "SUBTOTAL(9,F4:F16)", result: 97600000 });
    expect(ws.getCell("A18").value).toBeNull();
  });

  it("the breakdown adds up: the cached line results sum to each activity and to the total", () => {
    const ws = breakdown();
    const lineSum = [5, 6, 7, 8, 9, 11, 13, 15, 16].reduce((acc, r) => acc + Number(shown(ws, `F${r}`)), 0);
    expect(lineSum).toBe(97600000);
    expect(shown(ws, "F17")).toBe(lineSum);
    // Recalculated from the formulas alone, the activity subtotals inside F4:F16 are not counted twice.
    expect(recalc(ws, "F17").toFixed()).toBe("97600000");
    expect([4, 10, 12, 14].map((r) => recalc(ws, `F${r}`).toFixed())).toEqual(result.estimate!.activities.map((a) => a.amount.toFixed()));
  });

  it("running it again gives the same workbook values (idempotent)", async () => {
    const again = await XlsxWorkbook.fromBuffer((await saved.xlsx.writeBuffer()) as ArrayBuffer);
    const second = await runEstimate(again);
    expect(second.estimate!.total.toFixed()).toBe("97600000");
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await again.toBuffer()) as unknown as ArrayBuffer);
    const ws = reopened.getWorksheet("Kế hoạch")!;
    expect([2, 3, 4, 5, 6, 7].map((r) => ws.getCell(`${EST}${r}`).value)).toEqual([
      86600000, 19400000, 64800000, 2400000, 11000000, 97600000,
    ]);
    expect(reopened.getWorksheet("Chi tiết dự toán")!.getCell("F17").value).toEqual({ formula: "SUBTOTAL(9,F4:F16)", result: 97600000 });
    expect(reopened.getWorksheet("Chi tiết dự toán")!.getCell("A18").value).toBeNull();
  });
});
