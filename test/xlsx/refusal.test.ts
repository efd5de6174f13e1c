/**
 * Parts a command's writes would make invalid cannot be kept: over the opened file
 * the save is refused, naming them, and the file stays byte for byte as it was; a
 * save to a new file (the command line's -o) writes it without them and says so.
 */
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { PreservationError } from "../../src/xlsx/preservationError";
import { SaveError } from "../../src/xlsx/atomicSave";
import { num, text } from "../../src/workbook/cells";
import { FIXTURES, copyOf, libreOfficeSheets, partsOf, partsOfSheet, sheetParts, textOf } from "./kit";

jest.setTimeout(120_000);

describe("a table's header and a pivot table's cells overwritten", () => {
  async function overwritten(file: string): Promise<XlsxWorkbook> {
    const book = await XlsxWorkbook.open(file);
    await book.apply([
      { op: "cells", sheet: "Kế hoạch", row: 1, col: 3, cells: [[text("Phân loại")]] }, // the table's "Loại" column
      { op: "cells", sheet: "Tổng hợp", row: 4, col: 2, cells: [[num("1")]] }, // inside the pivot table
    ]);
    return book;
  }

  test("in place: refused, naming both, and the file is untouched", async () => {
    const file = copyOf("hand-assembled.xlsx");
    const bytes = fs.readFileSync(file);
    const book = await overwritten(file);
    const error = await book.save(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PreservationError);
    expect(error).toBeInstanceOf(SaveError);
    const e = error as PreservationError;
    expect(e.lost).toEqual([expect.stringContaining('table "KeHoach"'), expect.stringContaining('pivot table "BangTongHop"')]);
    expect(e.message).toContain('bảng "KeHoach" ở sheet "Kế hoạch" (ô tiêu đề C1 bị ghi đè)');
    expect(e.message).toContain("the original file is unchanged");
    expect(e.message).toContain("-o");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]); // no temporary file left
    // Asked for explicitly, in place is refused whatever the target's name.
    await expect(book.save(path.join(path.dirname(file), "other.xlsx"), { inPlace: true })).rejects.toThrow(PreservationError);
  });

  test("to a new file: written without them, and they are listed", async () => {
    const file = copyOf("hand-assembled.xlsx");
    const book = await overwritten(file);
    const out = path.join(path.dirname(file), "moi.xlsx");
    const { lost } = await book.save(out);
    expect(lost).toEqual([expect.stringContaining('table "KeHoach"'), expect.stringContaining('pivot table "BangTongHop"')]);

    const parts = await partsOf(out);
    const original = await partsOf(path.join(FIXTURES, "hand-assembled.xlsx"));
    const plan = sheetParts(parts).get("Kế hoạch")!;
    expect(parts.has("xl/tables/table1.xml")).toBe(false);
    expect(parts.has("xl/pivotTables/pivotTable1.xml")).toBe(false);
    expect(textOf(parts, plan)).not.toContain("tableParts");
    expect(partsOfSheet(parts, plan)).not.toContain("xl/tables/table1.xml");
    expect(textOf(parts, "[Content_Types].xml")).not.toMatch(/table1\.xml|pivotTable1\.xml/);
    // Everything else is kept: the chart on the plan sheet, the pivot cache, the chart sheet.
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/chartsheets/sheet1.xml",
    ])
      expect(parts.get(part)?.equals(original.get(part)!)).toBe(true);
    const csv = libreOfficeSheets([out]).get(out)!;
    expect(csv.get("Kế hoạch")!.split("\n")[0]).toBe(
      "STT,Nội dung,Phân loại,Đơn vị tính,Số lượng,Số người,Số ngày,Thời gian,Kinh phí kế hoạch",
    );
  });

  test("over the opened file with inPlace: false, written and listed", async () => {
    const file = copyOf("hand-assembled.xlsx");
    const book = await overwritten(file);
    const { lost } = await book.save(file, { inPlace: false });
    expect(lost).toHaveLength(2);
    expect((await partsOf(file)).has("xl/tables/table1.xml")).toBe(false);
  });
});

describe("a threaded comment on a cell whose note the command sets", () => {
  /** The hand-assembled workbook with a threaded comment (Excel 365) on Kế hoạch!B3, where its note is. */
  async function withThreadedComment(): Promise<string> {
    const file = copyOf("hand-assembled.xlsx");
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    zip.file(
      "xl/threadedComments/threadedComment1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B3" dT="2020-03-19T08:00:00.00" personId="{11111111-1111-4111-8111-111111111111}" id="{22222222-2222-4222-8222-222222222222}"><text>Hai cuộc, mỗi cuộc 60 người.</text></threadedComment></ThreadedComments>`,
    );
    const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    zip.file(
      "xl/worksheets/_rels/sheet2.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`,
      ),
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/></Types>`,
      ),
    );
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }

  test("refused in place; in a new file, the thread is left out and named", async () => {
    const file = await withThreadedComment();
    const book = await XlsxWorkbook.open(file);
    await book.apply([{ op: "note", sheet: "Kế hoạch", address: "B3", text: "Dự toán add-in: xem lại số người" }]);
    await expect(book.save(file)).rejects.toThrow(/threaded comments on Kế hoạch!B3/);
    const out = path.join(path.dirname(file), "moi.xlsx");
    expect((await book.save(out)).lost).toEqual([expect.stringContaining("Kế hoạch!B3")]);
    expect(textOf(await partsOf(out), "xl/threadedComments/threadedComment1.xml")).not.toContain('ref="B3"');
  });

  test("a note on another cell keeps the thread", async () => {
    const file = await withThreadedComment();
    const before = await partsOf(file);
    const book = await XlsxWorkbook.open(file);
    await book.apply([{ op: "note", sheet: "Kế hoạch", address: "I4", text: "Dự toán add-in" }]);
    expect((await book.save(file)).lost).toEqual([]);
    const after = await partsOf(file);
    expect(after.get("xl/threadedComments/threadedComment1.xml")!.equals(before.get("xl/threadedComments/threadedComment1.xml")!)).toBe(
      true,
    );
    expect(textOf(after, "xl/comments1.xml")).toContain('ref="B3"');
    expect(textOf(after, "xl/comments1.xml")).toContain('ref="I4"');
  });
});
