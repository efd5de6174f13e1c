import { FakeExcel, OfficeApiError } from "./fakeExcel";

/** The test double must fail where Excel fails, or the adapter's tests prove nothing. */
describe("the fake Excel request context", () => {
  it("throws when code reads a property that was never loaded", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A", [[1]]);
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("A").getRange("A1");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
    });
  });

  it("throws when code reads a loaded property before context.sync()", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A", [[1]]);
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("A").getRange("A1");
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  it("counts syncs and records queued writes with the sync they ran in", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1:B1").values = [["x", 2]];
      await ctx.sync();
      await ctx.sync();
    });
    expect(excel.syncCount).toBe(2);
    expect(excel.writes).toEqual([expect.objectContaining({ sync: 1, sheet: "A", target: "A1:B1", property: "values" })]);
  });

  it("types strings as Excel does: formulas, numbers, booleans, dates; an apostrophe keeps text", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1:G1").values = [["=1+2", "12", "TRUE", "6/2020", "'=1+2", "-x", "text"]];
      await ctx.sync();
    });
    const sheet = excel.sheet("A");
    expect(sheet.grid()).toEqual([[3, 12, true, 43831, "=1+2", "#NAME?", "text"]]);
    expect(sheet.cell(1, 1)?.formula).toBe("=1+2");
    expect(sheet.cell(1, 5)).toEqual({ value: "=1+2", prefixed: true });
  });

  it("leaves a cell alone where the written array holds null, and refuses an array of the wrong shape", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A", [["keep", "old"]]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1:B1").values = [[null, "new"]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("A").getRange("A1:B1").values = [["too", "many", "cells"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.sheet("A").grid()).toEqual([["keep", "new"]]);
  });

  it("runs a failing batch up to the error and keeps what ran before it, as Excel does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    excel.addSheet("Locked").protected = true;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1").values = [["before"]];
      ctx.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]];
      ctx.workbook.worksheets.getItem("A").getRange("A2").values = [["after"]];
      await expect(ctx.sync()).rejects.toEqual(expect.objectContaining({ code: "AccessDenied" }));
    });
    expect(excel.sheet("A").grid()).toEqual([["before"]]);
    expect(excel.sheet("Locked").grid()).toEqual([]);
  });

  it("reports a missing sheet when a queued command reaches it, and a null object for OrNullObject", async () => {
    const excel = new FakeExcel();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      ws.load("name");
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      await expect(ctx.sync()).rejects.toBeInstanceOf(OfficeApiError);
    });
  });

  it("refuses a request over 5 MB like Excel on the web, and takes it as desktop Excel", async () => {
    const big = [[("x".repeat(1000) + " ").repeat(6000)]];
    const web = new FakeExcel();
    web.addSheet("A");
    await web.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1").values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(web.writes).toHaveLength(0);
    const desktop = new FakeExcel().desktop();
    desktop.addSheet("A");
    await desktop.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1").values = big;
      await ctx.sync();
    });
    expect(desktop.writes).toHaveLength(1);
  });

  it("evaluates the formulas the add-in writes after the batch", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1:C3").formulas = [
        ["=SUM(C2:C3)", null, null],
        [null, 2, "=ROUND(B2*1500.5,-3)"],
        [null, 3, "=ROUND(B3*0.5,0)"],
      ];
      await ctx.sync();
    });
    expect(excel.sheet("A").grid()).toEqual([
      [3002, "", ""],
      ["", 2, 3000],
      ["", 3, 2],
    ]);
  });

  it("complains when a batch function leaves commands unsynced", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("A").getRange("A1").values = [[1]];
      }),
    ).rejects.toThrow(/never synced/);
  });
});
