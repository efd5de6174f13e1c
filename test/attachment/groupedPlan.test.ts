import type ExcelJS from "exceljs";
import { runAttachment, type AttachmentCommandResult } from "../../src/workbook/commands/attachment";
import { romanNumeral, sttOf } from "../../src/workbook/attachment/numbering";
import { bookOf, formulaOf, planWorkbook, recalc, reload, rowTexts } from "./kit";

const HEADER = ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Đơn giá", "Kinh phí kế hoạch"];
const INFO: [string, string][] = [
  ["Tên kế hoạch", "Sản xuất sạch hơn trong công nghiệp năm 2019"],
  ["Số", "12/KH-SCT"],
  ["Ngày", "05/02/2019"],
  ["Cơ quan ban hành", "Sở Công Thương tỉnh Đồng Nai"],
  ["Tỉnh", "Đồng Nai"],
];

/** Groups I and II; under II a nested group 1 holding activities a and b, then an activity 2. */
const GROUPED = [
  HEADER,
  ["I", "Truyền thông", null, null, null, null, null, null, null],
  ["1", "Treo băng rôn tại các chợ", "Băng rôn", "cái", 10, null, null, null, null],
  ["2", "In tờ rơi tuyên truyền", "In ấn tài liệu", "tờ", 2500, null, null, 1500, null],
  ["II", "Sản xuất sạch hơn", null, null, null, null, null, null, null],
  ["1", "Hỗ trợ doanh nghiệp", null, null, null, null, null, null, null],
  ["a", "Hội nghị phổ biến sản xuất sạch hơn", "Hội nghị", "cuộc", 1, 50, 1, null, null],
  ["b", "Thuê chuyên gia tư vấn", "Khác", "người", 2.5, null, null, 3000000, null],
  ["2", "Duy trì cơ sở dữ liệu sản xuất sạch hơn", "Cơ sở dữ liệu", "cơ sở", 20, null, null, null, null],
  [null, "Tổng cộng", null, null, null, null, null, null, null],
];

async function attach(table: (string | number | null)[][], options: Parameters<typeof runAttachment>[1] = {}) {
  const book = await bookOf(planWorkbook(INFO, table));
  const result = await runAttachment(book, options);
  const ws = (await reload(book)).getWorksheet("Dự toán")!;
  return { result, ws };
}

function sttColumn(ws: ExcelJS.Worksheet, result: AttachmentCommandResult): string[] {
  const out: string[] = [];
  for (let r = result.layout!.firstBodyRow; r < result.layout!.totalRow; r++) out.push(String(ws.getCell(r, 1).value));
  return out;
}

describe("a plan with groups I, II and a nested group 1 with activities a, b", () => {
  let result: AttachmentCommandResult;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => ({ result, ws } = await attach(GROUPED)));

  test("keeps the plan's numbering I / 1, 2 / II / 1 / a, b / 2, with '-' for the spending lines", () => {
    const e = result.estimate!;
    expect(e.groups.map((g) => g.group.name)).toEqual(["Truyền thông", "Sản xuất sạch hơn", "Hỗ trợ doanh nghiệp"]);
    const dashes = (n: number) => Array<string>(n).fill("-");
    const [banner, leaflet, conference, experts, database] = e.activities.map((a) => a.lines.length);
    expect(sttColumn(ws, result)).toEqual([
      "I",
      "1",
      ...dashes(banner),
      "2",
      ...dashes(leaflet),
      "II",
      "1",
      "a",
      ...dashes(conference),
      "b",
      ...dashes(experts),
      "2",
      ...dashes(database),
    ]);
  });

  test("keeps the plan's numbers as written, gaps included (5.a not read, 5.b and 5.c stay 5.b and 5.c)", async () => {
    const { result: gaps, ws: sheet } = await attach([
      HEADER,
      ["5", "Hỗ trợ kỹ thuật", null, null, null, null, null, null, null],
      ["5.b", "Treo băng rôn tại các chợ", "Băng rôn", "cái", 10, null, null, null, null],
      ["5.c", "In tờ rơi tuyên truyền", "In ấn tài liệu", "tờ", 100, null, null, 1500, null],
    ]);
    const stt = sttColumn(sheet, gaps);
    expect(stt.filter((s) => s !== "-")).toEqual(["5", "5.b", "5.c"]);
  });

  test("each group total sums its own children, nested groups included, and caches the engine's amount", () => {
    const e = result.estimate!;
    const { groupRows, activityRows, totalRow } = result.layout!;
    const [rowI, rowII, rowII1] = groupRows.slice().sort((a, b) => a - b);
    const rowOf = (i: number) => activityRows.get(e.activities[i].activity.row)!;
    // Each group's SUBTOTAL spans the rows under it down to its last line; the total spans the whole body.
    // SUBTOTAL leaves out the activity and nested-group SUBTOTALs inside a range, so each line counts once.
    const lastLine = (i: number) => rowOf(i) + e.activities[i].lines.length;
    expect(formulaOf(ws.getCell(rowI, 6))).toEqual({
      formula: `=SUBTOTAL(9,F${rowI + 1}:F${lastLine(1)})`,
      result: Number(e.groups[0].amount.toFixed()),
    });
    expect(formulaOf(ws.getCell(rowII1, 6))).toEqual({
      formula: `=SUBTOTAL(9,F${rowII1 + 1}:F${lastLine(3)})`,
      result: Number(e.groups[2].amount.toFixed()),
    });
    expect(formulaOf(ws.getCell(rowII, 6))).toEqual({
      formula: `=SUBTOTAL(9,F${rowII + 1}:F${lastLine(4)})`,
      result: Number(e.groups[1].amount.toFixed()),
    });
    expect(formulaOf(ws.getCell(totalRow, 6))).toEqual({
      formula: `=SUBTOTAL(9,F${result.layout!.firstBodyRow}:F${totalRow - 1})`,
      result: Number(e.total.toFixed()),
    });
    expect([rowI, rowII, totalRow]).toEqual([result.layout!.firstBodyRow, lastLine(1) + 1, lastLine(4) + 1]);
    for (const r of [rowI, rowII, rowII1, totalRow])
      expect(recalc(ws, `F${r}`).toFixed()).toBe(String(formulaOf(ws.getCell(r, 6))!.result));
    for (const r of groupRows) expect(ws.getCell(r, 2).font?.bold).toBe(true);
  });

  test("a fractional quantity keeps its decimals in the cell and in its format", () => {
    const e = result.estimate!;
    const row = result.layout!.activityRows.get(e.activities[3].activity.row)! + 1;
    expect(rowTexts(ws, row).slice(1, 6)).toEqual(["Thuê chuyên gia tư vấn", "người", "2.5", "3000000", `=ROUND(D${row}*E${row},0)`]);
    expect(ws.getCell(row, 4).numFmt).toBe("#,##0.##");
    expect(formulaOf(ws.getCell(row, 6))?.result).toBe(7500000);
  });

  test("the attachment refers to the plan with its zero-padded date (05/02/2019)", () => {
    const texts = Array.from({ length: result.layout!.headerRow }, (_, i) => String(ws.getCell(i + 1, 1).value ?? ""));
    expect(texts).toContain("(Kèm theo Kế hoạch số 12/KH-SCT ngày 05/02/2019 của Sở Công Thương tỉnh Đồng Nai)");
    const below: string[] = [];
    for (let r = result.layout!.wordsRow + 1; r <= result.layout!.lastRow; r++) below.push(...rowTexts(ws, r).filter(Boolean));
    expect(below[0]).toBe("Đồng Nai, ngày 05 tháng 02 năm 2019");
  });
});

test("a plan that numbers nothing gets its activities numbered 1, 2 and their lines '-'", async () => {
  const { result, ws } = await attach([HEADER, ...GROUPED.filter((r) => r[0] === "2" || r[0] === "a").map((r) => ["", ...r.slice(1)])]);
  const e = result.estimate!;
  expect(e.groups).toEqual([]);
  expect(sttColumn(ws, result)).toEqual(e.activities.flatMap((a, i) => [String(i + 1), ...a.lines.map(() => "-")]));
  const { firstBodyRow, totalRow } = result.layout!;
  expect(formulaOf(ws.getCell(totalRow, 6))).toEqual({
    formula: `=SUBTOTAL(9,F${firstBodyRow}:F${totalRow - 1})`,
    result: Number(e.total.toFixed()),
  });
  expect(recalc(ws, `F${totalRow}`).toFixed()).toBe(e.total.toFixed());
});

test("the thousand rule rounds Thành tiền with =ROUND(D*E,-3), as the engine does", async () => {
  const { result, ws } = await attach([HEADER, ["1", "In tờ rơi tuyên truyền", "In ấn tài liệu", "tờ", 333, null, null, 1234, null]], {
    rounding: "thousand",
  });
  const row = result.layout!.firstBodyRow + 1;
  expect(formulaOf(ws.getCell(row, 6))).toEqual({ formula: `=ROUND(D${row}*E${row},-3)`, result: 411000 });
  expect(recalc(ws, `F${row}`).toFixed()).toBe("411000");
  expect(formulaOf(ws.getCell(result.layout!.wordsRow, 1))?.result).toBe("Bằng chữ: Bốn trăm mười một nghìn đồng");
});

test("an activity that could not be priced shows 0, and the attachment is marked provisional with the reason", async () => {
  const { result, ws } = await attach([
    HEADER,
    ["1", "Chi khác chưa có đơn giá", "Khác", "lần", 1, null, null, null, null],
    ["2", "Treo băng rôn tại các chợ", "Băng rôn", "cái", 10, null, null, null, null],
  ]);
  expect(result.findings.some((f) => f.code === "missing-unit-cost")).toBe(true);
  const row = result.layout!.firstBodyRow;
  expect(rowTexts(ws, row)).toEqual(["1", "Chi khác chưa có đơn giá", "", "", "", "0", "Tạm tính: chưa đủ dữ liệu (xem dòng cuối bảng)"]);
  const { totalRow, wordsRow, provisional } = result.layout!;
  expect(provisional).toEqual(["dòng 2 (1. Chi khác chưa có đơn giá): hoạt động loại khác cần Đơn giá hoặc Kinh phí kế hoạch"]);
  expect(ws.getCell(result.layout!.headerRow - 4, 1).value).toBe("DỰ TOÁN KINH PHÍ (TẠM TÍNH — chưa đủ dữ liệu)");
  expect(ws.getCell(totalRow, 2).value).toBe("TỔNG CỘNG (TẠM TÍNH)");
  expect(formulaOf(ws.getCell(wordsRow, 1))?.result).toMatch(/^Bằng chữ \(tạm tính\): /);
  expect(ws.getCell(wordsRow + 1, 1).value).toBe(
    "TẠM TÍNH — chưa đủ dữ liệu: dòng 2 (1. Chi khác chưa có đơn giá): hoạt động loại khác cần Đơn giá hoặc Kinh phí kế hoạch.",
  );
});

test("a complete estimate is not marked provisional", async () => {
  const { result, ws } = await attach([HEADER, ["1", "Treo băng rôn tại các chợ", "Băng rôn", "cái", 10, null, null, null, null]]);
  expect(result.layout!.provisional).toEqual([]);
  expect(ws.getCell(result.layout!.totalRow, 2).value).toBe("TỔNG CỘNG");
  expect(formulaOf(ws.getCell(result.layout!.wordsRow, 1))?.result).toBe("Bằng chữ: Sáu triệu đồng");
});

test("--ngan reads the total with ngàn", async () => {
  const { result } = await attach(GROUPED, { words: { thousandWord: "ngàn" } });
  expect(result.layout!.words).toMatch(/ngàn đồng$/);
});

test("numbering helpers: Roman numerals and the Vietnamese letters (đ after d, no f)", () => {
  expect([1, 2, 3, 4, 9, 14, 40, 49, 90, 400].map(romanNumeral)).toEqual(["I", "II", "III", "IV", "IX", "XIV", "XL", "XLIX", "XC", "CD"]);
  expect([4, 5, 6, 7].map((n) => sttOf("letter", n))).toEqual(["d", "đ", "e", "g"]);
  expect(sttOf("letter", 24)).toBe("-");
  expect(sttOf("dash", 3)).toBe("-");
});
