import { readBook } from "../../src/workbook/port";
import { readPlan } from "../../src/workbook/readPlan";
import { readAllocation } from "../../src/workbook/readAllocation";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { allocationSheet, INFO, other, PLAN_HEADER, workbook, type Rows } from "./workbook";

const PLAN: Rows = [PLAN_HEADER, other("a", "Tổ chức hội nghị", 400), other("b", "In tờ rơi", 100), other("c", "In tờ rơi", 50)];

async function read(book: XlsxWorkbook, cell?: string) {
  const snapshot = await readBook(book, (sheets) => sheets.map((s) => s.name));
  const { plan } = readPlan(snapshot);
  return readAllocation(snapshot, plan, { cell });
}

describe("reading the Phân bổ sheet", () => {
  it("reads Cả năm and the quarters of the allocation row", async () => {
    const { allocation, findings } = await read(
      await workbook({ "Kế hoạch": PLAN, "Phân bổ": allocationSheet(500, [100, 200, 100, 100]) }),
    );
    expect(findings).toEqual([]);
    expect(allocation!.total.toFixed()).toBe("500");
    expect(allocation!.totalCell).toEqual({ sheet: "Phân bổ", address: "B4" });
    expect(allocation!.quarters!.map((q) => q!.toFixed())).toEqual(["100", "200", "100", "100"]);
    expect(allocation!.quarterCells.map((c) => c!.address)).toEqual(["C4", "D4", "E4", "F4"]);
  });

  it("takes the quarters' sum when only the quarters are given", async () => {
    const { allocation } = await read(await workbook({ "Kế hoạch": PLAN, "Phân bổ": allocationSheet(null, [100, "200", null, 50]) }));
    expect(allocation).toMatchObject({ totalStated: false, totalCell: { address: "C4" } });
    expect(allocation!.total.toFixed()).toBe("350");
  });

  it("reads a Kinh phí được giao line in Thông tin when there is no Phân bổ sheet", async () => {
    const { allocation } = await read(await workbook({ "Thông tin": [...INFO, ["Kinh phí được giao", "87.000.000"]], "Kế hoạch": PLAN }));
    expect(allocation!.total.toFixed()).toBe("87000000");
    expect(allocation!.totalCell).toEqual({ sheet: "Thông tin", address: "B4" });
  });

  it("says as info when there is no allocation anywhere", async () => {
    const { allocation, findings } = await read(await workbook({ "Kế hoạch": PLAN }));
    expect(allocation).toBeUndefined();
    expect(findings.map((f) => [f.severity, f.code])).toEqual([["info", "no-allocation"]]);
  });

  it("names the cell of an allocation that is not a number", async () => {
    const { findings } = await read(await workbook({ "Kế hoạch": PLAN, "Phân bổ": allocationSheet("tám mươi bảy triệu") }));
    expect(findings.map((f) => [f.code, f.range])).toEqual([["not-a-number", "B4"]]);
  });

  it("reads a named cell, and says when it is missing", async () => {
    const book = await workbook({ "Kế hoạch": PLAN, "Nguồn vốn": [["Giao", 1000]] });
    expect((await read(book, "'Nguồn vốn'!B1")).allocation!.total.toFixed()).toBe("1000");
    expect((await read(book, "Không có!B1")).findings.map((f) => f.code)).toEqual(["allocation-cell-missing"]);
  });

  it("ties actuals rows to activities by Dòng KH, by Nội dung, or by a STT no one else has", async () => {
    const actuals: Rows = [
      ["x", "tên khác", 3, 10, null, null, null], // Dòng KH 3 -> row 3 (b)
      [null, "TỔ CHỨC HỘI NGHỊ", null, 1, 2, 3, 4], // by Nội dung, whatever the case -> row 2 (a)
      ["c", "in tờ rơi đợt 2", null, 5, null, null, null], // by STT -> row 4 (c)
      [null, "Khoản lạ", null, 1, null, null, null], // nothing: a warning
      [null, "Tổng cộng", null, 17, 2, 3, 4], // skipped
    ];
    const { actuals: a, findings } = await read(await workbook({ "Kế hoạch": PLAN, "Phân bổ": allocationSheet(550, [], actuals) }));
    expect(a!.rows.map((r) => [r.activityRow, r.quarters.map((q) => q?.toFixed() ?? "")])).toEqual([
      [3, ["10", "", "", ""]],
      [2, ["1", "2", "3", "4"]],
      [4, ["5", "", "", ""]],
    ]);
    expect(a!.headerCells.map((c) => c.address)).toEqual(["D7", "E7", "F7", "G7"]);
    expect(a!.recorded).toBe(true);
    expect(findings.map((f) => [f.severity, f.code, f.range])).toEqual([["warning", "actual-row-unmatched", "B11"]]);
  });

  it("warns when the Thực hiện title has no table under it", async () => {
    const { actuals, findings } = await read(
      await workbook({ "Kế hoạch": PLAN, "Phân bổ": [...allocationSheet(500), [], ["Thực hiện"], ["ghi chú"]] }),
    );
    expect(actuals).toBeUndefined();
    expect(findings.map((f) => f.code)).toEqual(["actuals-header-missing"]);
  });

  it("knows an empty Thực hiện table as nothing recorded yet", async () => {
    const { actuals } = await read(
      await workbook({ "Kế hoạch": PLAN, "Phân bổ": allocationSheet(500, [], [["a", "Tổ chức hội nghị", null, null, null, null, null]]) }),
    );
    expect(actuals).toMatchObject({ recorded: false });
    expect(actuals!.rows).toHaveLength(1);
  });
});
