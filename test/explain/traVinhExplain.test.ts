import ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { money } from "../../src/core/money/money";
import { runNorms } from "../../src/workbook/commands/norms";
import { explainCommand, runExplain } from "../../src/workbook/commands/explain";
import { bookOf } from "../attachment/kit";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { estimatedBook, expectEveryCellExplained, readAll } from "./kit";

const sample = () => bookOf(buildTraVinhWorkbook());

describe("explain on the Trà Vinh sample", () => {
  test("every cell Tính dự toán and Phụ lục write is explained by parts that add up to it, from the plan's cells and the norms", async () => {
    const { book, written } = await estimatedBook(await sample());
    expect(written.length).toBeGreaterThan(200);
    const counts = expectEveryCellExplained(book, written);
    // Lines, activities, the group, the grand total and its words are all among them.
    expect(Object.keys(counts).sort()).toEqual(["activity", "group", "heading", "line", "total", "words"]);
  });

  test("fitted to the plan, each fitted line keeps the norm's level beside it and the cells still add up", async () => {
    const { book, written } = await estimatedBook(await sample(), { fit: "plan" });
    expectEveryCellExplained(book, written, { fit: "plan" });
    const total = explainCommand(book, { sheet: "Kế hoạch", address: "M7" }, { fit: "plan" });
    expect(total.kind).toBe("total");
    expect(total.fit).toBe("plan");
    expect(total.amount!.toFixed()).toBe("87000000");
    const banners = total.parts.find((p) => p.activity.row === 4 && p.normCode === "BR.BANGRON")!;
    expect(banners.fitted).toEqual({ mode: "plan", normUnitCost: money(600000), normAmount: money(64800000) });
    expect(banners.unitCost.toFixed()).toBe("481481");
  });

  test("the banners' Thành tiền on Dự toán: 108 × 600.000, the quantity from Kế hoạch!E4, the unit cost from the catalog's norm", async () => {
    const { book, saved } = await estimatedBook(await sample());
    const row = findRow(book, "Dự toán", "Thiết kế, in, treo băng rôn");
    const result = await runExplain(saved, `Dự toán!F${row}`);
    const e = result.explanation!;
    expect(e.kind).toBe("line");
    expect(e.formula).toBe(`=ROUND(D${row}*E${row},0)`);
    expect(e.activity).toEqual({
      row: 4,
      name: "Trang bị băng rôn tuyên truyền bảo vệ môi trường tại các chợ",
      cell: { sheet: "Kế hoạch", address: "B4" },
    });
    const [part] = e.parts;
    expect(part.factors.map((f) => [f.label, f.value.toFixed(), f.cell])).toEqual([
      ["Số lượng", "108", { sheet: "Kế hoạch", address: "E4" }],
    ]);
    expect([part.unitCost.toFixed(), part.amount.toFixed(), part.normCode, part.norm?.cap, part.norm?.status]).toEqual([
      "600000",
      "64800000",
      "BR.BANGRON",
      "actual",
      "estimate",
    ]);
    expect(part.from).toBe("BR.BANGRON: Báo giá / hợp đồng");
    expect(part.writtenAt.map((c) => c.sheet)).toEqual(["Chi tiết dự toán", "Dự toán"]);
  });

  test("a level on the Định mức sheet wins, and the line says which cell it came from", async () => {
    const port = await sample();
    await runNorms(port, {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
    const norms = wb.getWorksheet("Định mức")!;
    let hall = 0;
    norms.eachRow((r, i) => {
      if (r.getCell(1).value === "HN.HOITRUONG") hall = i;
    });
    norms.getCell(`E${hall}`).value = 2500000;
    const { book } = await estimatedBook(await bookOf(wb));
    const row = findRow(book, "Chi tiết dự toán", "Thuê hội trường, trang thiết bị (máy chiếu, âm thanh)");
    const [part] = explainCommand(book, { sheet: "Chi tiết dự toán", address: `F${row}` }).parts;
    expect(part.unitCost.toFixed()).toBe("2500000");
    expect(part.norm?.override).toEqual({ sheet: "Định mức", address: `E${hall}` });
    expect(part.from).toBe(`Định mức!E${hall}`);
  });

  test("a cell the add-in did not write, a heading, a bad name: a clear answer in both languages, never an exception", async () => {
    const { book, saved } = await estimatedBook(await sample());
    for (const address of ["B3", "E4", "Z99"]) {
      const e = explainCommand(book, { sheet: "Kế hoạch", address });
      expect([address, e.kind, e.findings.map((f) => f.code)]).toEqual([address, undefined, ["explain-not-written"]]);
      expect(e.findings[0].messageEn).toContain(`Kế hoạch!${address} is not one the add-in writes`);
    }
    expect(explainCommand(book, { sheet: "Phân bổ", address: "A1" }).findings[0].code).toBe("explain-not-written");
    expect(explainCommand(book, { sheet: "Dự toán", address: "A1" }).findings[0].code).toBe("explain-heading");
    expect((await runExplain(saved, "F12")).findings.map((f) => f.code)).toEqual(["explain-bad-address"]);
    expect((await runExplain(saved, "Không có!F12")).findings.map((f) => f.code)).toEqual(["explain-no-sheet"]);
    expect((await runExplain(saved, "Du toan!$F$12:F14")).cell).toEqual({ sheet: "Dự toán", address: "F12" });
    const empty = await XlsxWorkbook.fromBuffer(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const none = await runExplain(empty, "Sheet1!A1").catch((e: unknown) => e);
    expect(none).toEqual({ findings: [expect.objectContaining({ code: "explain-no-sheet" })] });
  });

  test("a plan changed since the run: the cell is explained as the add-in computes it now, and said to differ", async () => {
    const { saved } = await estimatedBook(await sample());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await saved.toBuffer()) as unknown as ArrayBuffer);
    wb.getWorksheet("Kế hoạch")!.getCell("E3").value = 3; // three conferences now, not two
    const book = await readAll(await bookOf(wb));
    const row = findRow(book, "Dự toán", "Thuê hội trường, trang thiết bị (máy chiếu, âm thanh)");
    const e = explainCommand(book, { sheet: "Dự toán", address: `F${row}` });
    expect(e.amount!.toFixed()).toBe("9000000");
    expect(e.findings.map((f) => [f.code, f.range])).toEqual([["explain-cell-differs", `F${row}`]]);
    // A row added to the attachment by hand: its rows no longer line up, so nothing is guessed.
    wb.getWorksheet("Dự toán")!.spliceRows(row, 0, ["-", "Thêm tay"]);
    const moved = explainCommand(await readAll(await bookOf(wb)), { sheet: "Dự toán", address: `F${row}` });
    expect([moved.kind, moved.findings.map((f) => f.code)]).toEqual([undefined, ["explain-out-of-date"]]);
  });
});

/** The row whose column B holds `text` on a sheet of the book. */
function findRow(book: Awaited<ReturnType<typeof readAll>>, sheet: string, text: string): number {
  const s = book.read.get(sheet)!;
  const i = s.cells.findIndex((r) => r.some((c) => c.type === "text" && c.value === text));
  if (i < 0) throw new Error(`no row "${text}" on ${sheet}`);
  return s.top + i;
}
