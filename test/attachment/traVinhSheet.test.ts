import type ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { amountInWords } from "../../src/core/words/amountInWords";
import { runAttachment, type AttachmentCommandResult } from "../../src/workbook/commands/attachment";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { formulaOf, recalc, reload, rowTexts } from "./kit";

/** The Trà Vinh sample (Kế hoạch 30/KH-SCT): its Dự toán sheet as the file holds it. */
let result: AttachmentCommandResult;
let ws: ExcelJS.Worksheet;
let planBefore: string[][];

beforeAll(async () => {
  const book = new XlsxWorkbook(buildTraVinhWorkbook());
  planBefore = sheetValues(book.workbook.getWorksheet("Kế hoạch")!);
  result = await runAttachment(book);
  const wb = await reload(book);
  ws = wb.getWorksheet("Dự toán")!;
  expect(sheetValues(wb.getWorksheet("Kế hoạch")!)).toEqual(planBefore);
});

function sheetValues(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).map((v) => JSON.stringify(v ?? null))));
  return rows;
}

const layout = () => result.layout!;
const engine = () => result.estimate!;

test("the attachment is written for the sample without errors, and only on the Dự toán sheet", () => {
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(ws).toBeDefined();
  expect(new Set(result.writes.map((w) => w.sheet))).toEqual(new Set(["Dự toán"]));
  expect(result.writes.slice(0, 2)).toEqual([
    { op: "ensureSheet", sheet: "Dự toán" },
    { op: "clearSheet", sheet: "Dự toán" },
  ]);
});

test("the header block follows NĐ 30/2020: parent body, issuing body and rule; motto, slogan and rule; then the title, the plan and the unit", () => {
  expect([1, 2, 3].map((r) => ws.getCell(r, 1).value)).toEqual(["UBND TỈNH TRÀ VINH", "SỞ CÔNG THƯƠNG", "——————"]);
  expect([1, 2, 3].map((r) => ws.getCell(r, 3).value)).toEqual([
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "——————",
  ]);
  expect(ws.getCell("A2").font?.bold).toBe(true);
  expect(ws.getCell("A1").font?.bold).toBeFalsy();
  const texts = Array.from({ length: layout().headerRow }, (_, i) => String(ws.getCell(i + 1, 1).value ?? ""));
  // The plan's number and date appear once, in "(Kèm theo …)": nothing reads as the attachment's own number.
  expect(texts.filter((t) => t.includes("30/KH-SCT"))).toEqual([
    "(Kèm theo Kế hoạch số 30/KH-SCT ngày 19/3/2020 của Sở Công Thương tỉnh Trà Vinh)",
  ]);
  expect(texts.some((t) => t.startsWith("Số:"))).toBe(false);
  expect(texts).toEqual(expect.arrayContaining(["DỰ TOÁN KINH PHÍ", "Bảo vệ môi trường ngành Công Thương năm 2020", "Đơn vị tính: đồng"]));
  expect(rowTexts(ws, layout().headerRow)).toEqual([
    "STT",
    "Nội dung",
    "Đơn vị tính",
    "Số lượng",
    "Đơn giá",
    "Thành tiền",
    "Căn cứ / Ghi chú",
  ]);
  expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:B1", "C1:G1"]));
});

test("the table keeps the plan's own numbering (group 1 with activities a, b, c, then 2); spending lines are '-'", () => {
  const e = engine();
  const stt: string[] = [];
  for (let r = layout().firstBodyRow; r < layout().totalRow; r++) stt.push(String(ws.getCell(r, 1).value));
  const lines = (i: number) => e.activities[i].lines.map(() => "-");
  expect(stt).toEqual(["1", "a", ...lines(0), "b", ...lines(1), "c", ...lines(2), "2", ...lines(3)]);
  expect(ws.getCell(layout().firstBodyRow, 2).value).toBe("Truyền thông môi trường");
  for (const a of e.activities) expect(ws.getCell(layout().activityRows.get(a.activity.row)!, 2).value).toBe(a.activity.name);
});

test("Thành tiền of every line is =ROUND(D*E,0) cached with the engine's exact amount, and so is every total", () => {
  const e = engine();
  for (const a of e.activities) {
    const row = layout().activityRows.get(a.activity.row)!;
    expect(formulaOf(ws.getCell(row, 6))).toEqual({
      formula: `=SUBTOTAL(9,F${row + 1}:F${row + a.lines.length})`,
      result: Number(a.amount.toFixed()),
    });
    a.lines.forEach((line, i) => {
      const r = row + 1 + i;
      expect(rowTexts(ws, r).slice(1, 5)).toEqual([line.description, line.unit, line.quantity.toFixed(), line.unitCost.toFixed()]);
      expect(formulaOf(ws.getCell(r, 6))).toEqual({ formula: `=ROUND(D${r}*E${r},0)`, result: Number(line.amount.toFixed()) });
      expect(ws.getCell(r, 7).value).toBe(line.basis);
    });
  }
  const [group] = layout().groupRows;
  const rowI = layout().activityRows.get(e.activities[3].activity.row)!;
  // Group I spans its rows down to the row before II; TỔNG CỘNG spans the whole body. SUBTOTAL leaves
  // out the SUBTOTALs inside its range (activities, group), so every line is added once.
  expect(formulaOf(ws.getCell(group, 6))).toEqual({
    formula: `=SUBTOTAL(9,F${group + 1}:F${rowI - 1})`,
    result: Number(e.groups[0].amount.toFixed()),
  });
  expect(formulaOf(ws.getCell(layout().totalRow, 6))).toEqual({
    formula: `=SUBTOTAL(9,F${layout().firstBodyRow}:F${layout().totalRow - 1})`,
    result: Number(e.total.toFixed()),
  });
  expect(ws.getCell(layout().totalRow, 2).value).toBe("TỔNG CỘNG");
});

test("recalculating every formula from the quantities and unit costs gives back the cached amounts", () => {
  for (let r = layout().firstBodyRow; r <= layout().totalRow; r++) {
    const f = formulaOf(ws.getCell(r, 6));
    if (f) expect(recalc(ws, `F${r}`).toFixed()).toBe(String(f.result));
  }
  expect(recalc(ws, `F${layout().totalRow}`).toFixed()).toBe(engine().total.toFixed());
});

test("the group, activity and grand total rows are bold, the lines are not", () => {
  const e = engine();
  for (const r of [...layout().groupRows, layout().totalRow, ...layout().activityRows.values()]) {
    expect(ws.getCell(r, 2).font?.bold).toBe(true);
    expect(ws.getCell(r, 6).font?.bold).toBe(true);
  }
  const firstLine = layout().activityRows.get(e.activities[0].activity.row)! + 1;
  expect(ws.getCell(firstLine, 6).font?.bold).toBeFalsy();
});

test("'Bằng chữ: ' and the total in words stand under the total, across the table, as a formula over the total", () => {
  const words = amountInWords(engine().total);
  expect(layout().wordsRow).toBe(layout().totalRow + 1);
  const cell = formulaOf(ws.getCell(layout().wordsRow, 1))!;
  expect(cell.result).toBe(`Bằng chữ: ${words}`);
  expect(cell.formula).toContain(`F${layout().totalRow}`);
  expect(ws.model.merges).toContain(`A${layout().wordsRow}:G${layout().wordsRow}`);
});

test("the place and date line and the three signatures close the sheet", () => {
  const below: string[] = [];
  for (let r = layout().wordsRow + 1; r <= layout().lastRow; r++) below.push(...rowTexts(ws, r).filter(Boolean));
  expect(below).toEqual([
    "Trà Vinh, ngày 19 tháng 3 năm 2020",
    "NGƯỜI LẬP BIỂU",
    "KẾ TOÁN TRƯỞNG\n(PHỤ TRÁCH KẾ TOÁN)",
    "THỦ TRƯỞNG ĐƠN VỊ",
    "(Ký, ghi rõ họ tên)",
    "(Ký, ghi rõ họ tên)",
    "(Ký tên, đóng dấu)",
  ]);
});

test("it prints on A4 portrait, one page wide, with the print area and the header rows repeated", () => {
  const { headerRow, lastRow } = layout();
  expect(ws.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toBe(`A1:G${lastRow}`);
  expect(ws.pageSetup.printTitlesRow?.replace(/\$/g, "")).toBe(`${headerRow}:${headerRow + 1}`);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow + 1 });
});

test("every cell is Times New Roman, money is #,##0, the table has borders and wraps, every row has a height", () => {
  const { headerRow, totalRow, lastRow } = layout();
  for (let r = 1; r <= lastRow; r++) {
    expect(ws.getRow(r).height).toBeGreaterThan(0);
    for (let c = 1; c <= 7; c++) expect(ws.getCell(r, c).font?.name).toBe("Times New Roman");
  }
  for (let r = headerRow; r <= totalRow; r++) {
    for (let c = 1; c <= 7; c++) {
      expect(ws.getCell(r, c).border?.left?.style).toBe("thin");
      expect(ws.getCell(r, c).alignment?.wrapText).toBe(true);
    }
    if (r > headerRow + 1 && formulaOf(ws.getCell(r, 6))) expect(ws.getCell(r, 6).numFmt).toBe("#,##0");
  }
  // A basis of several lines gets a taller row than a one-line one.
  const e = engine();
  const heights = e.activities[0].lines.map((_, i) => ws.getRow(layout().activityRows.get(e.activities[0].activity.row)! + 1 + i).height);
  expect(Math.max(...heights)).toBeGreaterThanOrEqual(3 * 11 * 1.2);
  expect(Math.max(...heights)).toBeGreaterThan(Math.min(...heights));
});
