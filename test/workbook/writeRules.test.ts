import { text, num, formula } from "../../src/workbook/cells";
import type { WriteOp } from "../../src/workbook/port";
import { batchProblem } from "../../src/workbook/writeRules";
import { createMemoryWorkbook } from "../../src/playground/memoryWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import ExcelJS from "exceljs";
import { FakeExcel } from "../office/fakeExcel";

/*
 * Excel's rules for a write batch live in one place (src/workbook/writeRules.ts), and
 * every adapter refuses the same batches before changing anything.
 */

const sheets = [
  { name: "Kế hoạch", visible: true, protected: false },
  { name: "Khóa", visible: true, protected: true },
];

const BAD: [string, WriteOp[], string][] = [
  ["a number that is not one", [{ op: "cells", sheet: "Kế hoạch", row: 1, col: 1, cells: [[num("NaN")]] }], "InvalidArgument"],
  [
    "text over 32.767 characters",
    [{ op: "cells", sheet: "Kế hoạch", row: 1, col: 1, cells: [[text("x".repeat(32_767))]] }],
    "InvalidArgument",
  ],
  [
    "a formula over 8.192 characters",
    [{ op: "cells", sheet: "Kế hoạch", row: 1, col: 1, cells: [[formula(`=${"A1+".repeat(2800)}1`)]] }],
    "InvalidArgument",
  ],
  [
    "a block off the sheet",
    [{ op: "cells", sheet: "Kế hoạch", row: 1_048_576, col: 1, cells: [[text("a")], [text("b")]] }],
    "InvalidArgument",
  ],
  ["a sheet name Excel forbids", [{ op: "ensureSheet", sheet: "Dự toán: quý I" }], "InvalidArgument"],
  ["a colour that is not #RRGGBB", [{ op: "style", sheet: "Kế hoạch", range: "A1", style: { fill: "yellow" } }], "InvalidArgument"],
  ["a missing sheet", [{ op: "cells", sheet: "Không có", row: 1, col: 1, cells: [[text("x")]] }], "ItemNotFound"],
  ["a protected sheet", [{ op: "style", sheet: "Khóa", range: "A1", style: { bold: true } }], "AccessDenied"],
];

describe("the write rules", () => {
  it.each(BAD)("refuse %s", (_what, writes, code) => {
    expect(batchProblem(writes, sheets)?.code).toBe(code);
  });

  it("let a batch through that Excel accepts, and a sheet created earlier in the same batch", () => {
    expect(
      batchProblem(
        [
          { op: "ensureSheet", sheet: "Dự toán" },
          { op: "cells", sheet: "dự toán", row: 1, col: 1, cells: [[text("=1+1"), num("87000000")]] },
        ],
        sheets,
      ),
    ).toBeUndefined();
  });

  it("refuse adding a sheet when the workbook's structure is protected", () => {
    expect(batchProblem([{ op: "ensureSheet", sheet: "Dự toán" }], sheets, true)?.code).toBe("AccessDenied");
  });
});

describe("every adapter refuses the same batches, before changing anything", () => {
  const first: WriteOp = { op: "cells", sheet: "Kế hoạch", row: 5, col: 5, cells: [[text("first")]] };

  it.each(BAD)("%s", async (_what, writes) => {
    const memory = createMemoryWorkbook();
    await memory.apply([
      { op: "ensureSheet", sheet: "Kế hoạch" },
      { op: "ensureSheet", sheet: "Khóa" },
    ]);
    memory.protect("Khóa");
    await expect(memory.apply([first, ...writes])).rejects.toThrow();
    expect(memory.cell("Kế hoạch", 5, 5).value.type).toBe("empty");

    const excel = new FakeExcel().desktop();
    excel.addSheet("Kế hoạch");
    excel.addSheet("Khóa").protected = true;
    const office = new OfficeWorkbook(excel.run, { supports: () => true, syncBudget: Infinity });
    await expect(office.apply([first, ...writes])).rejects.toMatchObject({ written: false });
    expect(excel.writes).toHaveLength(0);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kế hoạch");
    wb.addWorksheet("Khóa").protect("", {});
    const xlsx = new XlsxWorkbook(wb);
    await expect(xlsx.apply([first, ...writes])).rejects.toThrow();
    expect(wb.getWorksheet("Kế hoạch")!.getCell(5, 5).value).toBeNull();
  });
});
