import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { createOfficeHost } from "../../src/office/host";
import { WorkbookReadError, WorkbookWriteError } from "../../src/office/errors";
import { gridToSnapshot } from "../../src/office/readCells";
import { text } from "../../src/workbook/cells";
import type { WriteOp } from "../../src/workbook/port";
import { paneError } from "../../src/taskpane/usePane";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runRestore } from "../../src/workbook/safety/restore";
import { FakeExcel, OfficeApiError, type FakeSheet } from "./fakeExcel";
import { copyOf, planWorkbook } from "./plans";

/**
 * Real Excel's documented rules (quoted in fakeExcel.ts): the fake refuses as
 * Excel documents it, and the adapter copes.
 */

const all = () => true;
const desktopPort = (excel: FakeExcel) => new OfficeWorkbook(excel.run, { supports: all, syncBudget: Infinity });

async function loadFails(excel: FakeExcel, queue: (ctx: Parameters<Parameters<FakeExcel["run"]>[0]>[0]) => unknown): Promise<unknown> {
  return excel.run(async (ctx) => {
    queue(ctx);
    return ctx.sync().then(
      () => undefined,
      (e: unknown) => e,
    );
  });
}

describe("a VeryHidden sheet is made Hidden before it is deleted", () => {
  it("the fake refuses to delete a VeryHidden sheet with InvalidOperation, and deletes a Hidden one", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Kế hoạch");
    excel.addSheet("_dutoan").visibility = "VeryHidden";
    excel.addSheet("Ẩn").visibility = "Hidden";
    expect(await loadFails(excel, (ctx) => ctx.workbook.worksheets.getItem("_dutoan").delete())).toMatchObject({
      code: "InvalidOperation",
    });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Ẩn").delete();
      const veryHidden = ctx.workbook.worksheets.getItem("_dutoan");
      veryHidden.visibility = "Hidden";
      veryHidden.delete();
      await ctx.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
  });

  it("the adapter deletes VeryHidden sheets, from the command's own list and after a preflight, and one it made VeryHidden in the same batch", async () => {
    const excel = new FakeExcel().desktop();
    excel.addSheet("Kế hoạch", [["x"]]);
    excel.addSheet("_dutoan", [["state"]]).visibility = "VeryHidden";
    const port = desktopPort(excel);
    const sheets = await port.listSheets();
    await port.apply([{ op: "deleteSheet", sheet: "_dutoan" }], { sheets, read: new Map() });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);

    excel.addSheet("_dauvet").visibility = "VeryHidden";
    await port.apply([{ op: "deleteSheet", sheet: "_dauvet" }]);
    await port.apply([
      { op: "ensureSheet", sheet: "_tam", hidden: true },
      { op: "cells", sheet: "_tam", row: 1, col: 1, cells: [[text("x")]] },
      { op: "deleteSheet", sheet: "_tam" },
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
    expect(excel.syncs.every((s) => !s.error)).toBe(true);
  });

  it("Hoàn tác after Tính dự toán, which created a sheet and the VeryHidden state sheet, succeeds", async () => {
    const excel = FakeExcel.fromExcelJS(await copyOf(planWorkbook(10))).desktop();
    const port = desktopPort(excel);
    const before = excel.sheets.map((s) => s.name);
    await runEstimate(port);
    expect(excel.sheets.filter((s) => s.visibility === "VeryHidden")).toHaveLength(1);
    await runRestore(port);
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.syncs.every((s) => !s.error)).toBe(true);
  });

  it("Hoàn tác's writes go through: the sheets a command created and the VeryHidden state sheet are deleted in one write sync", async () => {
    const excel = new FakeExcel().desktop();
    excel.addSheet("Kế hoạch", [["STT", "Nội dung"]]);
    excel.addSheet("Dự toán", [["TỔNG CỘNG"]]);
    excel.addSheet("_dutoan", [["{}"]]).visibility = "VeryHidden";
    const port = desktopPort(excel);
    const sheets = await port.listSheets();
    const [stateSheet] = await port.readSheets(["_dutoan"]);
    // What restore writes back (src/workbook/safety/restore.ts): the cells it kept, the created sheets deleted, the empty state removed.
    await port.apply(
      [
        { op: "cells", sheet: "Kế hoạch", row: 2, col: 1, cells: [[text("1"), text("Hội nghị")]] },
        { op: "deleteSheet", sheet: "Dự toán" },
        { op: "deleteSheet", sheet: "_dutoan" },
      ],
      { sheets, read: new Map([["_dutoan", stateSheet]]) },
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
    expect(excel.syncCount).toBe(3);
    expect(excel.writes.filter((w) => w.sheet === "_dutoan").map((w) => [w.property, w.value ?? null])).toEqual([
      ["visibility", "Hidden"],
      ["delete", null],
    ]);
    expect(excel.writes.some((w) => w.sheet === "Dự toán" && w.property === "visibility")).toBe(false);
  });
});

/** A sheet with a merged pair of cells on each of `n` rows, values in column A, one area across row n and n+1 and one below the used range. */
function manyMerges(excel: FakeExcel, name: string, n: number): FakeSheet {
  const sheet = excel.addSheet(
    name,
    Array.from({ length: n }, (_, i) => [`Dòng ${i + 1}`]),
  );
  sheet.merges = [
    ...Array.from({ length: n }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 })),
    { top: n, left: 3, bottom: n + 1, right: 3 },
    { top: n + 100, left: 1, bottom: n + 100, right: 2 },
  ];
  return sheet;
}

describe("more than 512 merged areas", () => {
  it("the fake fails getMergedAreasOrNullObject above 512 areas and answers up to 512", async () => {
    const excel = new FakeExcel();
    manyMerges(excel, "A", 600);
    expect(
      await loadFails(excel, (ctx) => ctx.workbook.worksheets.getItem("A").getRange().getMergedAreasOrNullObject().load("address")),
    ).toMatchObject({ code: "GeneralException" });
    await excel.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("A").getRange("A1:B512").getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      expect(areas.address.split(",")).toHaveLength(512);
    });
  });

  it.each(["GeneralException", "InvalidOperation", "InvalidArgument"])(
    "the adapter reads them all in row bands, whatever the error's code (%s), and the other sheets as usual",
    async (code) => {
      const excel = new FakeExcel().desktop();
      excel.mergedAreasErrorCode = code;
      manyMerges(excel, "Nhiều ô gộp", 600);
      excel.addSheet("Khác", [["Tiêu đề"], ["a", "b"]]).merges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
      const [many, other] = await desktopPort(excel).readSheets(["Nhiều ô gộp", "Khác"]);
      expect(many.merges).toHaveLength(602);
      expect(new Set(many.merges)).toEqual(
        new Set([...Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`), "C600:C601", "A700:B700"]),
      );
      expect(many.cells).toHaveLength(600);
      expect(other.merges).toEqual(["A1:B1"]);
      expect(excel.syncCount).toBeLessThan(15);
    },
  );
});

/** A sheet of 30 rows by 50 columns (1.500 cells), two fills, two hidden rows, a note. */
function wide(excel: FakeExcel): FakeSheet {
  const sheet = excel.addSheet(
    "Rộng",
    Array.from({ length: 30 }, (_, r) => Array.from({ length: 50 }, (_, c) => (c === 0 ? `Hàng ${r + 1}` : r * 50 + c))),
  );
  sheet.fills.set("1,1", "#DDEBF7");
  sheet.fills.set("30,50", "#FFC7CE");
  sheet.hiddenRows.add(4).add(17);
  sheet.notes.set("B2", "ghi chú");
  return sheet;
}

describe("a read of more than 5.000.000 cells (here lowered to 1.000)", () => {
  it("the fake fails it with RangeExceedsLimit, or answers null, on every cell-level property", async () => {
    const excel = new FakeExcel().desktop();
    excel.limits.readCells = 1000;
    wide(excel);
    expect(await loadFails(excel, (ctx) => ctx.workbook.worksheets.getItem("Rộng").getRange("A1:AX30").load("values"))).toMatchObject({
      code: "RangeExceedsLimit",
    });
    excel.overLimitReads = "null";
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Rộng").getRange("A1:AX30");
      range.load("values,formulas,numberFormat,valueTypes,rowCount");
      const fills = range.getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
      expect([range.values, range.formulas, range.numberFormat, range.valueTypes, fills.value]).toEqual([null, null, null, null, null]);
      expect(range.rowCount).toBe(30);
    });
  });

  it.each(["error", "null"] as const)("the adapter reads the same snapshot in slices when Excel answers with %s", async (mode) => {
    const unlimited = new FakeExcel().desktop();
    unlimited.limits.readCells = Infinity;
    wide(unlimited);
    const [expected] = await desktopPort(unlimited).readSheets(["Rộng"]);
    expect(expected.hiddenRows).toEqual([4, 17]);
    expect(expected.fills).toEqual({ A1: "#DDEBF7", AX30: "#FFC7CE" });

    const excel = new FakeExcel().desktop();
    excel.limits.readCells = 1000;
    excel.overLimitReads = mode;
    wide(excel);
    const [read] = await desktopPort(excel).readSheets(["Rộng"]);
    expect(read).toEqual(expected);
  });

  it("a grid of nulls is a read error that says so, not a TypeError", () => {
    const error = (() => {
      try {
        gridToSnapshot({ values: null, formulas: null, numberFormat: null, valueTypes: null } as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: "RangeExceedsLimit", finding: { code: "read-no-values" } });
  });
});

describe("Excel on the web's 5 MB on every read path (here lowered to 100 KB)", () => {
  const LIMIT = 100_000;
  /** Two sheets of 2.000 rows with hidden rows, different fills and 400 long notes each (over the limit together, not alone). */
  function long(excel: FakeExcel): void {
    for (const name of ["Dài 1", "Dài 2"]) {
      const sheet = excel.addSheet(
        name,
        Array.from({ length: 2000 }, (_, i) => [`Hoạt động ${i + 1}`, i, "Quý II - Quý IV", i * 1000, "x"]),
      );
      for (let r = 3; r <= 2000; r += 7) sheet.hiddenRows.add(r);
      for (let r = 1; r <= 2000; r += 3) sheet.fills.set(`${r},2`, "#FFEB9C");
      for (let r = 1; r <= 400; r++) sheet.notes.set(`E${r}`, `Ghi chú số ${r} `.repeat(8));
    }
  }

  it("reads the cells, the hidden rows one by one, the fills, the notes and their cells in slices that fit, and gets what desktop Excel gets", async () => {
    const desktop = new FakeExcel().desktop();
    long(desktop);
    const expected = await desktopPort(desktop).readSheets(["Dài 1", "Dài 2"]);
    expect(desktop.syncCount).toBe(2);

    const web = new FakeExcel();
    web.limits.requestBytes = LIMIT;
    web.limits.responseBytes = LIMIT;
    long(web);
    const read = await new OfficeWorkbook(web.run, { supports: all }).readSheets(["Dài 1", "Dài 2"]);
    expect(read).toEqual(expected);
    expect(read[0].hiddenRows).toHaveLength(286);
    expect(Object.keys(read[1].notes)).toHaveLength(400);
    // Each refusal was answered by asking less; what went through fits the limits.
    const refused = new Set(web.syncs.filter((s) => s.error).map((s) => s.error));
    expect(refused).toEqual(new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]));
    expect(web.syncs.filter((s) => !s.error).every((s) => s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
  });

  it("retries the per-row read of hidden rows that alone is over the request limit", async () => {
    const web = new FakeExcel();
    web.limits.requestBytes = LIMIT;
    const sheet = web.addSheet(
      "A",
      Array.from({ length: 3000 }, (_, i) => [i]),
    );
    sheet.hiddenRows.add(2).add(2999);
    const [a] = await new OfficeWorkbook(web.run, { supports: all }).readSheets(["A"]);
    expect(a.hiddenRows).toEqual([2, 2999]);
    // The read (1 sync), the rows asked all at once (refused), then in slices halved until they fit.
    expect(web.syncs[1].error).toBe("RequestPayloadSizeLimitExceeded");
    expect(web.syncs.filter((s) => !s.error).every((s) => s.requestBytes <= LIMIT)).toBe(true);
  });
});

describe("cell-edit mode", () => {
  const VI = "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi bấm lại.";
  const EN = "Excel is in cell-edit mode: press Enter or Esc, then click again.";

  function editing(): FakeExcel {
    const excel = new FakeExcel().desktop();
    excel.addSheet("Kế hoạch", [["x"]]);
    return excel;
  }

  it("the fake fails every batch with InvalidOperationInCellEditMode and runs none of it", async () => {
    const excel = editing();
    excel.cellEditMode = true;
    const error = await loadFails(excel, (ctx) => {
      ctx.workbook.worksheets.getItem("Kế hoạch").getRange("A1").values = [["y"]];
    });
    expect(error).toBeInstanceOf(OfficeApiError);
    expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(excel.sheet("Kế hoạch").grid()).toEqual([["x"]]);
  });

  it("list, read, write and select each say what to do, in Vietnamese and English; a refused write changed nothing", async () => {
    const excel = editing();
    const port = desktopPort(excel);
    const sheets = await port.listSheets();
    const [plan] = await port.readSheets(["Kế hoạch"]);
    excel.cellEditMode = true;
    const errors = [
      await port.listSheets().catch((e: unknown) => e),
      await port.readSheets(["Kế hoạch"]).catch((e: unknown) => e),
      await createOfficeHost(excel.run, { supports: all })
        .select("Kế hoạch", "A1")
        .catch((e: unknown) => e),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect(error).toMatchObject({
        code: "InvalidOperationInCellEditMode",
        finding: { code: "cell-edit-mode", message: VI, messageEn: EN },
      });
    }
    const write: WriteOp[] = [{ op: "cells", sheet: "Kế hoạch", row: 1, col: 1, cells: [[text("y")]] }];
    for (const known of [{ sheets, read: new Map([["Kế hoạch", plan]]) }, undefined]) {
      const error = await port.apply(write, known).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode", written: false, finding: { code: "cell-edit-mode" } });
      expect((error as WorkbookWriteError).finding.message).toBe(`${VI} Không có ô nào bị thay đổi.`);
      expect((error as WorkbookWriteError).finding.messageEn).toBe(`${EN} No cell was changed.`);
    }
    expect(excel.writes).toHaveLength(0);
    // The pane shows the adapter's finding as its error, in the pane's language.
    expect(paneError(errors[1])).toEqual({ message: VI, messageEn: EN });
    // Once the user has pressed Enter or Esc, the same click works.
    excel.cellEditMode = false;
    await port.apply(write);
    expect(excel.sheet("Kế hoạch").grid()).toEqual([["y"]]);
  });
});
