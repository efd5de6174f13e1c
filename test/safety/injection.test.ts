import ExcelJS from "exceljs";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { bookOf, reopen } from "./workbookCells";
import { HEADER, INFO } from "./plans";

// Real workbooks written and read back: slow on a shared machine; the tests assert behaviour, never time.
jest.setTimeout(60_000);

/** Text a spreadsheet would run as a formula if it were written as one. */
const PAYLOADS = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"];

/** How Excel stores a carriage return in a file (and how ExcelJS must be given it to store one). */
const asStored = (text: string) => text.replace(/\r/g, "_x000D_");

function injectedPlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thông tin").addRows(INFO);
  const plan = wb.addWorksheet("Kế hoạch");
  plan.addRow(HEADER);
  PAYLOADS.forEach((name, i) => plan.addRow([String(i + 1), asStored(name), "Băng rôn", "cái", 10, null, null, "Quý II", null]));
  // A Định mức row whose Căn cứ is a formula-looking text: it lands in the plan's Căn cứ column.
  wb.addWorksheet("Định mức").addRows([
    ["Mã", "Nội dung chi", "Đơn vị tính", "Mức chi (đồng)", "Căn cứ"],
    ["BR.BANGRON", "Băng rôn", "cái", 300000, "=1+1"],
  ]);
  return wb;
}

/** Every cell of the file (but the add-in's hidden sheet) for which `match` holds. */
function cellsWhere(wb: ExcelJS.Workbook, match: (cell: ExcelJS.Cell) => boolean): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name !== "_dutoan") ws.eachRow((row) => row.eachCell((cell) => void (match(cell) && found.push(cell))));
  }
  return found;
}

const textOf = (cell: ExcelJS.Cell): string =>
  typeof cell.value === "string"
    ? cell.value
    : cell.value && typeof cell.value === "object" && "richText" in cell.value
      ? cell.value.richText.map((r) => r.text).join("")
      : "";

describe("no formula injection: text from the plan is written as text and shown as typed", () => {
  test("estimate and attachment write every plan name as a string, never a formula", async () => {
    const book = await bookOf(injectedPlan());
    const estimate = await runEstimate(book);
    // The reader trims the spaces, tabs and line breaks around a name; what is left is still written as text.
    expect(estimate.estimate?.activities.map((a) => a.activity.name)).toEqual(PAYLOADS.map((p) => p.trim()));
    await runAttachment(book);
    const file = await reopen(book);

    const breakdown = file.getWorksheet("Chi tiết dự toán")!;
    const names: string[] = [];
    breakdown.getColumn(2).eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.endsWith("(Băng rôn)")) names.push(cell.value);
    });
    expect(names).toEqual(PAYLOADS.map((p) => `${p.trim()} (Băng rôn)`));

    const written = cellsWhere(file, (cell) => PAYLOADS.some((p) => textOf(cell).startsWith(p.trim())));
    expect(written.length).toBeGreaterThanOrEqual(PAYLOADS.length * 2); // the breakdown and the attachment
    for (const cell of written) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(typeof cell.value).toBe("string");
    }
    expect(written.some((c) => c.worksheet.name === "Dự toán")).toBe(true);
    // And no formula anywhere carries a payload: the add-in's own formulas are sums and products of cells.
    expect(cellsWhere(file, (cell) => /HYPERLINK|SUM\(A1\)|^1\+1|^\+1/i.test(cell.formula ?? "")).map((c) => c.address)).toEqual([]);
  });

  test("a Căn cứ typed as =1+1 in Định mức lands in the plan as the text =1+1", async () => {
    const book = await bookOf(injectedPlan());
    await runEstimate(book);
    const plan = (await reopen(book)).getWorksheet("Kế hoạch")!;
    const basis = plan.getCell("K2");
    expect(plan.getCell("K1").value).toBe("Căn cứ");
    expect(basis.type).toBe(ExcelJS.ValueType.String);
    expect(basis.formula).toBeUndefined();
    expect(basis.value).toBe("=1+1");
  });

  test("text starting with a tab or a carriage return is written as text and comes back exactly", async () => {
    const book = await bookOf(injectedPlan());
    const texts = [...PAYLOADS, "_x000D_ literal", "a\r\nb"];
    await book.apply([{ op: "cells", sheet: "Kế hoạch", row: 20, col: 1, cells: texts.map((t) => [{ type: "text", value: t }]) }]);
    const plan = (await reopen(book)).getWorksheet("Kế hoạch")!;
    texts.forEach((t, i) => {
      const cell = plan.getCell(20 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
    });
  });
});
