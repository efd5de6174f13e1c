import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { WorkbookWriteError } from "../../src/office/errors";
import { WEB_SYNC_BUDGET } from "../../src/office/payload";
import type { WriteOp } from "../../src/workbook/port";
import { formula, num, text, blank } from "../../src/workbook/cells";
import { FakeExcel, OfficeApiError } from "./fakeExcel";

const all = () => true;
const upTo = (max: string) => (v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);

function workbook(): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel().desktop();
  return { excel, port: new OfficeWorkbook(excel.run, { supports: all, syncBudget: Infinity }) };
}

describe("OfficeWorkbook reads", () => {
  it("lists sheets with their visibility and protection in one sync", async () => {
    const { excel, port } = workbook();
    excel.addSheet("Kế hoạch");
    excel.addSheet("_dutoan").visibility = "VeryHidden";
    excel.addSheet("Khoá").protected = true;
    expect(await port.listSheets()).toEqual([
      { name: "Kế hoạch", visible: true, protected: false },
      { name: "_dutoan", visible: false, protected: true && false },
      { name: "Khoá", visible: true, protected: true },
    ]);
    expect(excel.syncCount).toBe(1);
  });

  it("reads every named sheet's used range in one sync and leaves out a missing name", async () => {
    const { excel, port } = workbook();
    excel.addSheet(
      "A",
      [
        ["STT", "Số lượng"],
        ["1", 2],
      ],
      3,
      2,
    );
    excel.addSheet("B", [["x"]]);
    excel.addSheet("Empty");
    const [a, empty] = await port.readSheets(["A", "Missing", "Empty"]);
    expect(excel.syncCount).toBe(1);
    expect(a).toMatchObject({ name: "A", top: 3, left: 2, hiddenRows: [], merges: [] });
    expect(a.cells).toEqual([
      [
        { type: "text", value: "STT" },
        { type: "text", value: "Số lượng" },
      ],
      [
        { type: "number", value: "1" },
        { type: "number", value: "2" },
      ],
    ]);
    expect(empty).toMatchObject({ name: "Empty", cells: [], top: 1, left: 1 });
  });

  it("leaves out a sheet deleted since the list, also where Excel refuses to navigate from a null object", async () => {
    const { excel, port } = workbook();
    excel.addSheet("A", [["x"]]);
    const chained = await port.readSheets(["Gone", "A"]);
    expect(chained.map((s) => s.name)).toEqual(["A"]);
    excel.nullObjectChildrenThrow = true;
    const before = excel.syncCount;
    const strict = await port.readSheets(["Gone", "A"]);
    expect(strict.map((s) => s.name)).toEqual(["A"]);
    expect(excel.syncCount - before).toBe(3);
  });

  it("tells formulas from text that looks like one, reads dates, errors and booleans", async () => {
    const { excel, port } = workbook();
    const sheet = excel.addSheet("A", [[2, "=A1*3", "'=not a formula", "=1/0", true]]);
    sheet.cells.set("2,1", { value: 43909 });
    sheet.formats.set("2,1", "dd/mm/yyyy");
    const [a] = await port.readSheets(["A"]);
    expect(a.cells[0]).toEqual([
      { type: "number", value: "2" },
      { type: "number", value: "6" },
      { type: "text", value: "=not a formula" },
      { type: "error", value: "#DIV/0!" },
      { type: "bool", value: true },
    ]);
    expect(a.formulas[0]).toEqual([null, "=A1*3", null, "=1/0", null]);
    expect(a.cells[1][0]).toEqual({ type: "date", value: "2020-03-19T00:00:00.000Z" });
    expect(a.numberFormats[1][0]).toBe("dd/mm/yyyy");
    expect(a.numberFormats[0][0]).toBeNull();
  });

  it("reads merged areas from ExcelApi 1.13 and none below it", async () => {
    const { excel } = workbook();
    excel.addSheet("Kế hoạch", [["Tiêu đề"], ["a", "b"]]).merges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
    const [withMerges] = await new OfficeWorkbook(excel.run, { supports: all }).readSheets(["Kế hoạch"]);
    expect(withMerges.merges).toEqual(["A1:B1"]);
    const [without] = await new OfficeWorkbook(excel.run, { supports: upTo("1.12") }).readSheets(["Kế hoạch"]);
    expect(without.merges).toEqual([]);
  });

  it("finds hidden rows with one more sync only when some rows, not all, are hidden", async () => {
    const { excel, port } = workbook();
    const sheet = excel.addSheet("A", [[1], [2], [3], [4]]);
    await port.readSheets(["A"]);
    expect(excel.syncCount).toBe(1);
    sheet.hiddenRows.add(3);
    const [a] = await port.readSheets(["A"]);
    expect(a.hiddenRows).toEqual([3]);
    expect(excel.syncCount).toBe(3);
  });

  it("reads fills: one colour for all cells from the first sync, each cell's in a second sync when they differ (ExcelApi 1.9)", async () => {
    const { excel, port } = workbook();
    const uniform = excel.addSheet("Uniform", [
      [1, 2],
      [3, 4],
    ]);
    for (const k of ["1,1", "1,2", "2,1", "2,2"]) uniform.fills.set(k, "#FFEB9C");
    const [u] = await port.readSheets(["Uniform"]);
    expect(u.fills).toEqual({ A1: "#FFEB9C", B1: "#FFEB9C", A2: "#FFEB9C", B2: "#FFEB9C" });
    expect(excel.syncCount).toBe(1);
    const mixed = excel.addSheet("Mixed", [
      ["STT", "Nội dung"],
      ["1", "x"],
    ]);
    mixed.fills.set("1,1", "#DDEBF7");
    mixed.fills.set("1,2", "#ddebf7");
    const [m] = await port.readSheets(["Mixed"]);
    expect(m.fills).toEqual({ A1: "#DDEBF7", B1: "#DDEBF7" });
    expect(excel.syncCount).toBe(3);
    const [old] = await new OfficeWorkbook(excel.run, { supports: upTo("1.8") }).readSheets(["Mixed"]);
    expect(old.fills).toEqual({});
  });

  it("reads notes with the cell each is on (ExcelApi 1.18)", async () => {
    const { excel, port } = workbook();
    const sheet = excel.addSheet("A", [[1, 2]]);
    sheet.notes.set("B1", "ghi chú của người dùng");
    const [a] = await port.readSheets(["A"]);
    expect(a.notes).toEqual({ B1: "ghi chú của người dùng" });
    const [old] = await new OfficeWorkbook(excel.run, { supports: upTo("1.17") }).readSheets(["A"]);
    expect(old.notes).toEqual({});
  });

  it("reads a used range too big for one response of Excel on the web in slices", async () => {
    const excel = new FakeExcel();
    excel.limits.responseBytes = 200_000;
    const rows = Array.from({ length: 3000 }, (_, i) => [`Hoạt động ${i + 1}`, i, "Quý II - Quý IV"]);
    excel.addSheet("A", rows);
    const [a] = await new OfficeWorkbook(excel.run, { supports: all }).readSheets(["A"]);
    expect(a.cells).toHaveLength(3000);
    expect(a.cells[2999]).toEqual([
      { type: "text", value: "Hoạt động 3000" },
      { type: "number", value: "2999" },
      { type: "text", value: "Quý II - Quý IV" },
    ]);
    expect(excel.syncs.every((s) => s.error || s.responseBytes <= 200_000)).toBe(true);
  });
});

describe("OfficeWorkbook writes", () => {
  const estimateLike = (rows: number): WriteOp[] => [
    { op: "ensureSheet", sheet: "Chi tiết dự toán" },
    { op: "clearSheet", sheet: "Chi tiết dự toán" },
    {
      op: "cells",
      sheet: "Chi tiết dự toán",
      row: 1,
      col: 1,
      cells: [
        [text("CHI TIẾT")],
        [text("STT"), text("Nội dung"), text("Thành tiền")],
        ...Array.from({ length: rows }, (_, i) => [text(String(i + 1)), text(`Dòng ${i + 1}`), num(String(1000 * (i + 1)))]),
      ],
    },
    {
      op: "style",
      sheet: "Chi tiết dự toán",
      range: `C3:C${rows + 2}`,
      style: { numberFormat: "#,##0", border: "thin", bold: true, fill: "#DDEBF7" },
    },
    { op: "merge", sheet: "Chi tiết dự toán", range: "A1:C1" },
    { op: "columnWidths", sheet: "Chi tiết dự toán", from: 1, widths: [6, 48, 16] },
    { op: "freeze", sheet: "Chi tiết dự toán", rows: 2, columns: 0 },
  ];

  it("writes blocks as 2-D arrays per range, never cell by cell, after one preflight sync, in one write sync with calculation suspended", async () => {
    const { excel, port } = workbook();
    await port.apply(estimateLike(2000));
    expect(excel.syncCount).toBe(2);
    const writeSync = excel.syncs[1];
    expect(writeSync.suspendedBeforeWrites).toBe(true);
    const values = excel.writes.filter((w) => w.property === "values" || w.property === "formulas");
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ target: "A1:C2002", sync: 2 });
    expect(excel.writes.filter((w) => w.property === "numberFormat")).toHaveLength(1);
    const sheet = excel.sheet("Chi tiết dự toán");
    expect(sheet.grid().slice(0, 4)).toEqual([
      ["CHI TIẾT", "", ""],
      ["STT", "Nội dung", "Thành tiền"],
      ["1", "Dòng 1", 1000],
      ["2", "Dòng 2", 2000],
    ]);
    expect(sheet.format(2002, 3)).toBe("#,##0");
    expect(sheet.style(100, 3, "fill.color")).toBe("#DDEBF7");
    expect(sheet.style(100, 3, "borders.InsideHorizontal.style")).toBe("Continuous");
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.columnWidths.get(2)).toBeCloseTo((48 * 7 + 5) * 0.75);
  });

  it("keeps text that looks like a formula, a number, a date or a boolean as text", async () => {
    const { excel, port } = workbook();
    excel.addSheet("A");
    const tricky = [
      "=SUM(A1:A9)",
      "+84 912 345 678",
      "-",
      "- hội nghị",
      "@user",
      "\tTab",
      "\rCR",
      "'quoted",
      "1",
      "1.234",
      "6/2020",
      "TRUE",
      "Mar 5",
      "#N/A",
      "tháng 6/2020",
      "Nội dung",
    ];
    await port.apply([{ op: "cells", sheet: "A", row: 1, col: 1, cells: tricky.map((t) => [text(t)]) }]);
    const sheet = excel.sheet("A");
    tricky.forEach((t, i) => {
      expect(sheet.cell(i + 1, 1)).toMatchObject({ value: t });
      expect(sheet.cell(i + 1, 1)?.formula).toBeUndefined();
    });
    // Plain words go in as they are; only text Excel could misread carries the apostrophe.
    expect(sheet.cell(16, 1)?.prefixed).toBeUndefined();
    const [read] = await port.readSheets(["A"]);
    expect(read.cells.map((r) => r[0])).toEqual(tricky.map((t) => ({ type: "text", value: t })));
    expect(read.formulas.flat().every((f) => f === null)).toBe(true);
  });

  it("writes formulas as formulas and leaves cells a ragged block does not reach as they were", async () => {
    const { excel, port } = workbook();
    excel.addSheet("A", [["", "keep me"]]);
    await port.apply([{ op: "cells", sheet: "A", row: 1, col: 1, cells: [[num("2")], [num("3"), formula("=A1*A2")], [blank]] }]);
    expect(excel.sheet("A").grid()).toEqual([
      [2, "keep me"],
      [3, 6],
    ]);
    expect(excel.sheet("A").cell(2, 2)?.formula).toBe("=A1*A2");
  });

  it("refuses to write to a protected sheet before sending a single write: a finding, nothing changed", async () => {
    const { excel, port } = workbook();
    excel.addSheet("Kế hoạch", [["x"]]).protected = true;
    excel.addSheet("Other");
    const error = await port
      .apply([
        { op: "cells", sheet: "Other", row: 1, col: 1, cells: [[text("first")]] },
        { op: "cells", sheet: "Kế hoạch", row: 1, col: 2, cells: [[text("y")]] },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error).toMatchObject({
      code: "AccessDenied",
      written: false,
      finding: { severity: "error", code: "write-denied", sheet: "Kế hoạch" },
    });
    expect((error as WorkbookWriteError).finding.message).toMatch(/bảo vệ/);
    expect((error as WorkbookWriteError).finding.messageEn).toMatch(/protected/);
    expect(excel.writes).toHaveLength(0);
    expect(excel.queued).toHaveLength(0);
  });

  it("refuses a write to a sheet that no longer exists, and a new sheet in a workbook whose structure is protected", async () => {
    const { excel, port } = workbook();
    await expect(port.apply([{ op: "cells", sheet: "Gone", row: 1, col: 1, cells: [[text("x")]] }])).rejects.toMatchObject({
      code: "ItemNotFound",
      finding: { code: "sheet-missing" },
    });
    excel.workbookProtected = true;
    await expect(port.apply([{ op: "ensureSheet", sheet: "Dự toán" }])).rejects.toMatchObject({ code: "AccessDenied", written: false });
    expect(excel.writes).toHaveLength(0);
  });

  it("with what the command just read, refuses the same writes without a preflight sync, and writes in one sync otherwise", async () => {
    const { excel, port } = workbook();
    excel.addSheet("Kế hoạch", [["x"]]).protected = true;
    excel.addSheet("Other", [["a"]]);
    excel.workbookProtected = true;
    const sheets = await port.listSheets();
    const read = new Map((await port.readSheets(["Other"])).map((s) => [s.name, s]));
    const before = excel.syncCount;
    await expect(
      port.apply([{ op: "cells", sheet: "Kế hoạch", row: 1, col: 2, cells: [[text("y")]] }], { sheets, read }),
    ).rejects.toMatchObject({ code: "AccessDenied", written: false });
    await expect(port.apply([{ op: "ensureSheet", sheet: "Dự toán" }], { sheets, read })).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.syncCount).toBe(before);
    await port.apply([{ op: "cells", sheet: "Other", row: 1, col: 2, cells: [[text("b")]] }], { sheets, read });
    expect(excel.syncCount).toBe(before + 1);
    expect(excel.sheet("Other").cell(1, 2)?.value).toBe("b");
    // A list that did not come from this adapter is not trusted: the preflight asks again.
    await port.apply([{ op: "cells", sheet: "Other", row: 1, col: 3, cells: [[text("c")]] }], { sheets: [...sheets], read });
    expect(excel.syncCount).toBe(before + 3);
  });

  it("refuses values Excel would reject before sending anything", async () => {
    const { excel, port } = workbook();
    excel.addSheet("A");
    await expect(port.apply([{ op: "cells", sheet: "A", row: 1, col: 1, cells: [[num("NaN")]] }])).rejects.toMatchObject({
      code: "InvalidArgument",
      written: false,
    });
    await expect(port.apply([{ op: "ensureSheet", sheet: "Dự toán: quý I" }])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(port.apply([{ op: "style", sheet: "A", range: "A1", style: { fill: "yellow" } }])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(excel.syncCount).toBe(0);
  });

  it("turns an Office error in the write sync into a WorkbookWriteError that says cells may have changed", async () => {
    const { excel, port } = workbook();
    excel.addSheet("A");
    excel.failWhen = (w) => (w.property === "merge" ? new OfficeApiError("InvalidArgument", "Cannot merge") : undefined);
    const error = await port
      .apply([
        { op: "cells", sheet: "A", row: 1, col: 1, cells: [[text("x")]] },
        { op: "merge", sheet: "A", range: "A1:B1" },
      ])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "WorkbookWriteError", code: "InvalidArgument", written: true, finding: { code: "write-invalid" } });
    expect((error as WorkbookWriteError).finding.message).toMatch(/có thể đã thay đổi/);
  });

  it("creates a missing sheet once and reuses an existing one whatever its case", async () => {
    const { excel, port } = workbook();
    excel.addSheet("CHI TIẾT DỰ TOÁN", [["old"]]);
    await port.apply([
      { op: "ensureSheet", sheet: "Chi tiết dự toán" },
      { op: "ensureSheet", sheet: "_dutoan", hidden: true },
      { op: "cells", sheet: "_dutoan", row: 1, col: 1, cells: [[text("state")]] },
    ]);
    expect(excel.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["CHI TIẾT DỰ TOÁN", "Visible"],
      ["_dutoan", "VeryHidden"],
    ]);
  });

  it("deletes a sheet that exists and ignores one that does not", async () => {
    const { excel, port } = workbook();
    excel.addSheet("Kế hoạch");
    excel.addSheet("Dự toán", [["x"]]).protected = true;
    await port.apply([
      { op: "deleteSheet", sheet: "Dự toán" },
      { op: "deleteSheet", sheet: "Never there" },
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
  });

  it("clears a sheet: contents, formats, merges, frozen panes", async () => {
    const { excel, port } = workbook();
    const sheet = excel.addSheet("D", [["a", "b"]]);
    sheet.merges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
    sheet.formats.set("1,1", "#,##0");
    sheet.freeze = { rows: 3, columns: 0 };
    await port.apply([{ op: "clearSheet", sheet: "D" }]);
    expect(sheet.grid()).toEqual([]);
    expect(sheet.merges).toEqual([]);
    expect(sheet.format(1, 1)).toBe("General");
    expect(sheet.freeze).toBeNull();
  });

  it("sets up printing from ExcelApi 1.9 and skips it below", async () => {
    const setup: WriteOp = {
      op: "pageSetup",
      sheet: "P",
      setup: {
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: 1,
        printArea: "A1:H40",
        printTitleRows: "7:8",
        margins: { left: 0.7, right: 0.5, top: 0.75, bottom: 0.75 },
      },
    };
    const { excel } = workbook();
    const sheet = excel.addSheet("P");
    await new OfficeWorkbook(excel.run, { supports: upTo("1.8"), syncBudget: Infinity }).apply([setup]);
    expect(sheet.pageLayout).toEqual({});
    await new OfficeWorkbook(excel.run, { supports: all, syncBudget: Infinity }).apply([setup]);
    expect(sheet.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 50.4,
      rightMargin: 36,
      topMargin: 54,
      bottomMargin: 54,
      printArea: "A1:H40",
      printTitleRows: "$7:$8",
    });
  });

  it("adds, changes and removes notes from ExcelApi 1.18, learning in one more preflight sync which cells have one", async () => {
    const { excel, port } = workbook();
    const sheet = excel.addSheet("A", [[1, 2]]);
    sheet.notes.set("B1", "old");
    await port.apply([
      { op: "note", sheet: "A", address: "A1", text: "mới" },
      { op: "note", sheet: "A", address: "B1", text: "đổi" },
    ]);
    expect([...sheet.notes]).toEqual([
      ["B1", "đổi"],
      ["A1", "mới"],
    ]);
    await port.apply([
      { op: "note", sheet: "A", address: "A1", text: null },
      { op: "note", sheet: "A", address: "C9", text: null },
    ]);
    expect([...sheet.notes]).toEqual([["B1", "đổi"]]);
    expect(excel.syncCount).toBe(6);
  });

  it("in Excel on the web, splits a write bigger than the request budget into batches that each fit, and a normal one stays one batch", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run, { supports: all });
    await port.apply(estimateLike(200));
    expect(excel.syncs.map((s) => s.writes > 0)).toEqual([false, true]);
    const before = excel.syncCount;
    const long = "Căn cứ: Thông tư 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính, Điều 12 ".repeat(3);
    await port.apply([
      {
        op: "cells",
        sheet: "Chi tiết dự toán",
        row: 1,
        col: 1,
        cells: Array.from({ length: 40_000 }, (_, i) => [text(String(i)), text(long)]),
      },
    ]);
    const writes = excel.syncs.slice(before + 1);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((s) => !s.error && s.requestBytes <= WEB_SYNC_BUDGET * 1.1 && s.suspendedBeforeWrites)).toBe(true);
    const sheet = excel.sheet("Chi tiết dự toán");
    expect(sheet.cell(40_000, 1)).toEqual({ value: "39999", prefixed: true });
    expect(sheet.cell(40_000, 2)?.value).toBe(long);
  });
});
