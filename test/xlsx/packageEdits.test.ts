/**
 * How a save edits the opened package, case by case: what it leaves alone, how it
 * fits new cells, formats and notes into the file's own parts, and what happens
 * with a file it cannot edit part by part.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { PreservationError } from "../../src/xlsx/preservationError";
import { slideFormula } from "../../src/xlsx/package/slideFormula";
import { num, text } from "../../src/workbook/cells";
import { planWorkbook } from "../safety/plans";
import { copyOf, libreOfficeSheets, partsOf, partsOfSheet, readBack, sheetParts, textOf, topElements } from "./kit";
import { detachSharedFormulas } from "../../src/xlsx/package/sharedFormulas";

jest.setTimeout(120_000);

async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("a save with nothing written gives back the file byte for byte", async () => {
  const file = copyOf("libreoffice.xlsx");
  const bytes = fs.readFileSync(file);
  const book = await XlsxWorkbook.open(file);
  await book.readSheets(["Kế hoạch"]);
  expect(await book.save(file)).toEqual({ lost: [] });
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
});

test("a cell written in a row keeps every other cell of the row as it was, and the formats are appended", async () => {
  const file = copyOf("hand-assembled.xlsx");
  const before = await partsOf(file);
  const book = await XlsxWorkbook.open(file);
  await book.apply([
    { op: "cells", sheet: "Kế hoạch", row: 3, col: 10, cells: [[num("19400000")]], numberFormats: [['#,##0" đ"']] },
    { op: "style", sheet: "Kế hoạch", range: "B3", style: { fill: "#FFC7CE" } },
  ]);
  await book.save(file);
  const after = await partsOf(file);
  const plan = sheetParts(after).get("Kế hoạch")!;
  const row = (parts: Map<string, Buffer>) => /<row r="3"[\s\S]*?<\/row>/.exec(textOf(parts, plan))![0];
  const cell = (parts: Map<string, Buffer>, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(row(parts))![0];
  for (const ref of ["A3", "C3", "D3", "E3", "F3", "G3", "H3", "I3"]) expect(cell(after, ref)).toBe(cell(before, ref));
  // B3 keeps its shared string; only its format is new.
  expect(cell(after, "B3")).toMatch(/^<c r="B3" s="\d+" t="s"><v>\d+<\/v><\/c>$/);
  expect(cell(after, "J3")).toMatch(/^<c r="J3" s="\d+"><v>19400000<\/v><\/c>$/);
  // styles.xml only grows: every old format keeps its index.
  const xfs = (parts: Map<string, Buffer>) =>
    topElements(textOf(parts, "xl/styles.xml"))
      .find(([n]) => n === "cellXfs")![1]
      .match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g)!;
  expect(xfs(after).slice(0, xfs(before).length)).toEqual(xfs(before));
  expect(textOf(after, "xl/styles.xml")).toContain('<numFmt numFmtId="165" formatCode="#,##0&quot; đ&quot;"/>');
  const wb = await readBack(file);
  expect(wb.getWorksheet("Kế hoạch")!.getCell("J3").numFmt).toBe('#,##0" đ"');
  expect(wb.getWorksheet("Kế hoạch")!.getCell("B3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
  expect(wb.getWorksheet("Kế hoạch")!.getCell("I3").numFmt).toBe("#,##0");
});

test("overwriting the first cell of a shared formula gives the others their own formula", async () => {
  const file = copyOf("hand-assembled.xlsx");
  const book = await XlsxWorkbook.open(file);
  // "Dữ liệu" is protected in the fixture: apply() refuses it as Excel would, so the edit is made on the workbook directly.
  await expect(book.apply([{ op: "cells", sheet: "Dữ liệu", row: 2, col: 3, cells: [[num("1")]] }])).rejects.toThrow(/AccessDenied/);
  detachSharedFormulas(book.workbook, [{ op: "cells", sheet: "Dữ liệu", row: 2, col: 3, cells: [[num("1")]] }]);
  book.workbook.getWorksheet("Dữ liệu")!.getCell("C2").value = 1;
  await book.save(file);
  const xml = textOf(await partsOf(file), "xl/worksheets/sheet3.xml");
  expect(xml).not.toContain('t="shared"');
  expect(xml).toContain('<c r="C4"><f>B4/1000</f><v>10000</v></c>');
  const ws = (await readBack(file)).getWorksheet("Dữ liệu")!;
  expect(ws.getCell("C2").value).toBe(1);
  expect(ws.getCell("C5").formula).toBe("B5/1000");
  expect(libreOfficeSheets([file]).get(file)!.get("Dữ liệu")).toContain("Pano,10000000,10000");
});

test("slideFormula moves relative references only, and leaves text and sheet names alone", () => {
  expect(slideFormula("E2*F2*$G$2", "I2", "I5")).toBe("E5*F5*$G$2");
  expect(slideFormula(`SUM($A1:B$2)&"B2"&'Q1 B2'!C3`, "A1", "B2")).toBe(`SUM($A2:C$2)&"B2"&'Q1 B2'!D4`);
  expect(slideFormula("LOG10(A1)+Q1!A1", "A1", "A2")).toBe("LOG10(A2)+Q1!A2");
});

test("a note on a sheet that had none gets its own comments and drawing parts", async () => {
  const bytes = await excelJsBytes(planWorkbook());
  const book = await XlsxWorkbook.fromBuffer(bytes);
  await book.apply([{ op: "note", sheet: "Kế hoạch", address: "B3", text: "Ghi chú của add-in" }]);
  const before = await partsOf(bytes);
  const after = await partsOf(await book.toBuffer());
  const plan = sheetParts(after).get("Kế hoạch")!;
  const linked = partsOfSheet(after, plan);
  expect(linked).toEqual([expect.stringMatching(/^xl\/comments\d+\.xml$/), expect.stringMatching(/^xl\/drawings\/vmlDrawing\d+\.vml$/)]);
  expect(textOf(after, plan)).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
  expect(textOf(after, "[Content_Types].xml")).toContain(`PartName="/${linked[0]}"`);
  expect(textOf(after, "[Content_Types].xml")).toContain('Extension="vml"');
  const info = sheetParts(before).get("Thông tin")!;
  expect(after.get(info)!.equals(before.get(info)!)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Kế hoạch")!.getCell("B3").note).toBe("Ghi chú của add-in");
});

test("taking off the only note removes the comments and drawing parts and their link", async () => {
  const file = copyOf("hand-assembled.xlsx");
  const book = await XlsxWorkbook.open(file);
  await book.apply([{ op: "note", sheet: "Kế hoạch", address: "B3", text: null }]);
  await book.save(file);
  const parts = await partsOf(file);
  expect(parts.has("xl/comments1.xml")).toBe(false);
  expect(parts.has("xl/drawings/vmlDrawing1.vml")).toBe(false);
  expect(textOf(parts, "xl/worksheets/sheet2.xml")).not.toContain("legacyDrawing");
  expect(partsOfSheet(parts, "xl/worksheets/sheet2.xml").sort()).toEqual([
    "xl/drawings/drawing1.xml",
    "xl/printerSettings/printerSettings1.bin",
    "xl/tables/table1.xml",
  ]);
  expect(libreOfficeSheets([file]).get(file)!.get("Kế hoạch")).toContain("Pano tuyên truyền");
});

test("deleting a sheet takes its names with it, the names of the sheets after it follow, references to it become #REF!", async () => {
  const wb = new ExcelJS.Workbook();
  for (const name of ["A", "B", "C"]) wb.addWorksheet(name).getCell("A1").value = name;
  wb.definedNames.add("B!$A$1", "OnB");
  wb.definedNames.add("C!$A$1", "OnC");
  const zip = await JSZip.loadAsync(await excelJsBytes(wb));
  const workbookXml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
    /<definedNames>[\s\S]*<\/definedNames>/,
    `<definedNames><definedName name="Local" localSheetId="1">B!$A$1</definedName><definedName name="Later" localSheetId="2">C!$A$1</definedName><definedName name="Both">B!$A$1+C!$A$1</definedName></definedNames>`,
  );
  zip.file("xl/workbook.xml", workbookXml.replace("<sheets>", `<bookViews><workbookView activeTab="2"/></bookViews><sheets>`));
  const book = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
  await book.apply([{ op: "deleteSheet", sheet: "B" }]);
  const parts = await partsOf(await book.toBuffer());
  const xml = textOf(parts, "xl/workbook.xml");
  expect(xml).not.toContain('name="Local"');
  expect(xml).toContain(`<definedName name="Later" localSheetId="1">C!$A$1</definedName>`);
  expect(xml).toContain(`<definedName name="Both">#REF!$A$1+C!$A$1</definedName>`);
  expect(xml).toContain('activeTab="1"');
  expect([...sheetParts(parts).keys()]).toEqual(["A", "C"]);
  expect([...parts.keys()].filter((p) => p.startsWith("xl/worksheets/")).length).toBe(2);
});

test("a package the editor cannot read: ExcelJS writes the whole file, and the save says what that loses", async () => {
  // ExcelJS fails on the namespace prefixes some generators write, so the workbook is read from the
  // file as made and given, as the opened bytes, the same file with its workbook.xml prefixed.
  const file = copyOf("hand-assembled.xlsx");
  const bytes = fs.readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    xml.replace(/<(\/?)(?![?!])([A-Za-z]+)([\s/>])/g, "<$1x:$2$3").replace('xmlns="http://schemas', 'xmlns:x="http://schemas'),
  );
  const prefixed = await zip.generateAsync({ type: "uint8array" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book = new XlsxWorkbook(wb, prefixed, file);
  await book.apply([{ op: "cells", sheet: "Kế hoạch", row: 8, col: 2, cells: [[text("Ghi chú")]] }]);
  const error = await book.save(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PreservationError);
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  const out = path.join(path.dirname(file), "moi.xlsx");
  const { lost } = await book.save(out);
  expect(lost[0]).toMatch(/workbook root <x:workbook>.*ExcelJS rewrites the whole file/);
  expect(lost).toEqual(
    expect.arrayContaining([
      "biểu đồ / chart: xl/charts/chart1.xml",
      "sheet biểu đồ / chart sheet: xl/chartsheets/sheet1.xml",
      "bảng tổng hợp / pivot table: xl/pivotTables/pivotTable1.xml",
      "dữ liệu XML riêng / custom XML: customXml/item1.xml",
    ]),
  );
  expect((await readBack(out)).getWorksheet("Kế hoạch")!.getCell("B8").value).toBe("Ghi chú");
});

test("in place unless told otherwise: the file it was opened from; a buffer has none", async () => {
  const file = copyOf("hand-assembled.xlsx");
  const write = [{ op: "cells" as const, sheet: "Kế hoạch", row: 1, col: 3, cells: [[text("Phân loại")]] }];
  const opened = await XlsxWorkbook.open(file);
  await opened.apply(write);
  await expect(opened.save(path.join(path.dirname(file), ".", path.basename(file)))).rejects.toThrow(PreservationError);
  const fromBytes = await XlsxWorkbook.fromBuffer(fs.readFileSync(file));
  await fromBytes.apply(write);
  expect((await fromBytes.save(file)).lost).toHaveLength(1);
});

test("edits made on the ExcelJS workbook itself are saved too, an edited shared format with every cell using it", async () => {
  const file = copyOf("hand-assembled.xlsx");
  const book = await XlsxWorkbook.open(file);
  const ws = book.workbook.getWorksheet("Kế hoạch")!;
  ws.getCell("E4").value = 50;
  ws.getCell("B4").style = { ...ws.getCell("B4").style, font: { bold: true } };
  ws.getCell("I4").numFmt = "0.00"; // ExcelJS edits the format object I3:I6 share
  book.workbook.getWorksheet("Thông tin")!.getCell("B6").value = "Thêm";
  expect((await book.save(file)).lost).toEqual([]);
  const again = await readBack(file);
  const plan = again.getWorksheet("Kế hoạch")!;
  expect(plan.getCell("E4").value).toBe(50);
  expect(plan.getCell("B4").font?.bold).toBe(true);
  expect(["I3", "I4", "I5", "I6"].map((a) => plan.getCell(a).numFmt)).toEqual(["0.00", "0.00", "0.00", "0.00"]);
  expect(again.getWorksheet("Thông tin")!.getCell("B6").value).toBe("Thêm");
});

test("text written in a workbook that had no shared strings gets a shared strings part", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Số").getCell("A1").value = 1;
  const bytes = await excelJsBytes(wb);
  expect((await partsOf(bytes)).has("xl/sharedStrings.xml")).toBe(false);
  const book = await XlsxWorkbook.fromBuffer(bytes);
  await book.apply([{ op: "cells", sheet: "Số", row: 2, col: 1, cells: [[text("Dòng một\r\nDòng hai")]] }]);
  const parts = await partsOf(await book.toBuffer());
  expect(textOf(parts, "xl/sharedStrings.xml")).toContain("Dòng một_x000D_\nDòng hai");
  expect(textOf(parts, "xl/_rels/workbook.xml.rels")).toContain('Target="sharedStrings.xml"');
  expect(textOf(parts, "[Content_Types].xml")).toContain('PartName="/xl/sharedStrings.xml"');
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  expect(again.getWorksheet("Số")!.getCell("A2").value).toBe("Dòng một\r\nDòng hai");
});

test("a new sheet with the name of a chart sheet ExcelJS does not read: not in place, and a new file says the chart sheet is left out", async () => {
  const file = copyOf("hand-assembled.xlsx");
  const book = await XlsxWorkbook.open(file);
  expect((await book.listSheets()).map((s) => s.name)).not.toContain("Biểu đồ");
  await book.apply([
    { op: "ensureSheet", sheet: "Biểu đồ" },
    { op: "cells", sheet: "Biểu đồ", row: 1, col: 1, cells: [[text("x")]] },
  ]);
  await expect(book.save(file)).rejects.toThrow(/a sheet named "Biểu đồ" is already in the file/);
  const { lost } = await book.save(path.join(path.dirname(file), "moi.xlsx"));
  expect(lost).toEqual(expect.arrayContaining(["sheet biểu đồ / chart sheet: xl/chartsheets/sheet1.xml"]));
});
