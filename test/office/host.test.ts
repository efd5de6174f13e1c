import { createOfficeHost } from "../../src/office/host";
import { WorkbookReadError } from "../../src/office/errors";
import { FakeExcel } from "./fakeExcel";

describe("the Excel host of the task pane", () => {
  it("selects the cell a finding is about: activates its sheet and selects the range, in one sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Thông tin");
    excel.addSheet("Kế hoạch", [["x"]]);
    const host = createOfficeHost(excel.run, { supports: () => true });
    expect(host.label).toBe("Excel");
    await host.select("Kế hoạch", "'Kế hoạch'!F7");
    expect(excel.activeSheet).toBe("Kế hoạch");
    expect(excel.selection).toEqual({ sheet: "Kế hoạch", address: "F7" });
    expect(excel.syncCount).toBe(1);
  });

  it("says in Vietnamese and English when the sheet is gone", async () => {
    const excel = new FakeExcel();
    const host = createOfficeHost(excel.run, { supports: () => true });
    const error = await host.select("Đã xoá", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: "ItemNotFound", finding: { code: "select-failed", sheet: "Đã xoá", range: "A1" } });
  });

  it("reads and writes through the same port", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A", [["x"]]);
    const host = createOfficeHost(excel.run, { supports: () => true, syncBudget: Infinity });
    expect(await host.port.listSheets()).toEqual([{ name: "A", visible: true, protected: false }]);
  });
});
