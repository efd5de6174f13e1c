import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { newBookBytes } from "../../src/xlsx/newBook";
import { num, text, type CellWrite } from "../../src/workbook/cells";
import type { WriteOp } from "../../src/workbook/port";

/*
 * The long tables of the Tổng hợp workbook are written as bulk rows (straight
 * into the sheet's XML); they must read back exactly as the same cells written
 * through ExcelJS, styles taken from the row above.
 */

const rows: CellWrite[][] = [
  [
    text("Sở Công Thương"),
    num("12000000"),
    { type: "formula", formula: '=HYPERLINK("[a.xlsx]\'Kế hoạch\'!M8","a.xlsx — M8")', cachedText: "a.xlsx — M8" },
  ],
  [text('a\rb\nc <&> "q"'), num("0.5"), { type: "formula", formula: "=1+1", cached: "2" }],
  [text("_x0041_ literal"), num("-3"), text("tab\tkept")],
  [{ type: "empty" }, num("1e21"), text("  spaces kept  ")],
];

function book(bulk: boolean): Promise<Uint8Array> {
  const writes: WriteOp[] = [
    { op: "ensureSheet", sheet: "Bảng" },
    { op: "cells", sheet: "Bảng", row: 1, col: 1, cells: [[text("Tên"), text("Số"), text("Nguồn")], ...(bulk ? rows.slice(0, 1) : rows)] },
    { op: "style", sheet: "Bảng", range: "B2", style: { numberFormat: "#,##0" } },
  ];
  return newBookBytes(writes, bulk ? [{ sheet: "Bảng", row: 3, cells: rows.slice(1) }] : []);
}

test("bulk rows read back as the same cells written one by one", async () => {
  const [plain, bulk] = await Promise.all([book(false), book(true)]);
  const read = async (bytes: Uint8Array) => (await (await XlsxWorkbook.fromBuffer(bytes)).readSheets(["Bảng"]))[0];
  const a = await read(plain);
  const b = await read(bulk);
  expect(b.cells).toEqual(a.cells);
  expect(b.formulas).toEqual(a.formulas);
  expect(b.numberFormats[3]?.[1]).toBe("#,##0");
});

test("a control character XML cannot hold is left out of a bulk row, not written raw", async () => {
  const bytes = await newBookBytes(
    [
      { op: "ensureSheet", sheet: "Bảng" },
      { op: "cells", sheet: "Bảng", row: 1, col: 1, cells: [[text("đầu")]] },
    ],
    [{ sheet: "Bảng", row: 2, cells: [[text("a\u0001b")]] }],
  );
  const sheet = (await (await XlsxWorkbook.fromBuffer(bytes)).readSheets(["Bảng"]))[0];
  expect(sheet.cells[1][0]).toEqual({ type: "text", value: "ab" });
});
