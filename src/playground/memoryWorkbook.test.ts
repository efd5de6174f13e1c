import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { XlsxWorkbook } from "../xlsx/xlsxWorkbook";
import { runEstimate } from "../workbook/commands/estimate";
import { cellText, text } from "../workbook/cells";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { traVinhMemoryWorkbook } from "./traVinhBook";
import { displayText } from "./displayText";

/** Every non-empty cell of a snapshot as "A1=text", to compare two adapters. */
function cellsOf(s: SheetSnapshot): string[] {
  const out: string[] = [];
  s.cells.forEach((row, i) =>
    row.forEach((c, j) => {
      if (c.type !== "empty") out.push(`${String.fromCharCode(64 + s.left + j)}${s.top + i}=${c.type}:${cellText(c)}`);
    }),
  );
  return out;
}

async function read(port: WorkbookPort, names: string[]) {
  return Object.fromEntries((await port.readSheets(names)).map((s) => [s.name, cellsOf(s)]));
}

const SHEETS = ["Thông tin", "Kế hoạch", "Phân bổ"];

describe("the in-memory workbook", () => {
  it("holds the same Trà Vinh sample as the .xlsx built by examples/traVinhSample.ts", async () => {
    const memory = await traVinhMemoryWorkbook();
    const xlsx = new XlsxWorkbook(buildTraVinhWorkbook());
    expect((await memory.listSheets()).map((s) => s.name)).toEqual(SHEETS);
    expect(await read(memory, SHEETS)).toEqual(await read(xlsx, SHEETS));
    const [plan] = await memory.readSheets(["Kế hoạch"]);
    expect(plan.numberFormats[6][8]).toBe("#,##0");
  });

  it("gives the same cells as the .xlsx adapter after Tính dự toán", async () => {
    const memory = await traVinhMemoryWorkbook();
    const xlsx = new XlsxWorkbook(buildTraVinhWorkbook());
    const [a, b] = [await runEstimate(memory), await runEstimate(xlsx)];
    expect(a.estimate!.total.toFixed()).toBe(b.estimate!.total.toFixed());
    const names = (await memory.listSheets()).map((s) => s.name);
    expect(names).toEqual((await xlsx.listSheets()).map((s) => s.name));
    expect(await read(memory, names)).toEqual(await read(xlsx, names));
  });

  it("applies a batch all or nothing: a write to a missing sheet leaves every sheet as it was", async () => {
    const book = await traVinhMemoryWorkbook();
    const before = await read(book, SHEETS);
    const version = book.version();
    await expect(
      book.apply([
        { op: "cells", sheet: "Kế hoạch", row: 1, col: 1, cells: [[text("changed")]] },
        { op: "ensureSheet", sheet: "Mới" },
        { op: "cells", sheet: "Không có", row: 1, col: 1, cells: [[text("x")]] },
      ]),
    ).rejects.toThrow(/Không có/);
    expect(await read(book, SHEETS)).toEqual(before);
    expect((await book.listSheets()).map((s) => s.name)).toEqual(SHEETS);
    expect(book.version()).toBe(version);
  });

  it("refuses to write a protected sheet, and writes nothing of the batch", async () => {
    const book = await traVinhMemoryWorkbook();
    book.protect("Kế hoạch");
    await expect(
      book.apply([
        { op: "cells", sheet: "Phân bổ", row: 9, col: 1, cells: [[text("x")]] },
        { op: "style", sheet: "Kế hoạch", range: "A1", style: { bold: true } },
      ]),
    ).rejects.toThrow(/bảo vệ/);
    expect(book.cell("Phân bổ", 9, 1).value.type).toBe("empty");
  });

  it("undoes a batch that fails half-way (overlapping merges)", async () => {
    const book = createMemoryWorkbook();
    await book.apply([
      { op: "ensureSheet", sheet: "S" },
      { op: "merge", sheet: "S", range: "A1:B1" },
    ]);
    await expect(
      book.apply([
        { op: "cells", sheet: "S", row: 5, col: 1, cells: [[text("x")]] },
        { op: "merge", sheet: "S", range: "B1:C1" },
      ]),
    ).rejects.toThrow(/A1:B1/);
    expect(book.cell("S", 5, 1).value.type).toBe("empty");
    expect(book.sheet("S")!.merges).toEqual(["A1:B1"]);
  });

  it("keeps text that looks like a formula as text, and a formula's cached result as its value", async () => {
    const book = createMemoryWorkbook();
    await book.apply([
      { op: "ensureSheet", sheet: "S" },
      { op: "cells", sheet: "S", row: 1, col: 1, cells: [[text("=1+1"), { type: "formula", formula: "=SUM(A2:A3)", cached: "42" }]] },
    ]);
    const [s] = await book.readSheets(["S"]);
    expect(s.cells[0]).toEqual([
      { type: "text", value: "=1+1" },
      { type: "number", value: "42" },
    ]);
    expect(s.formulas[0]).toEqual([null, "=SUM(A2:A3)"]);
  });

  it("reads notes, fills and merges back, and forgets them when the sheet is cleared", async () => {
    const book = createMemoryWorkbook();
    await book.apply([
      { op: "ensureSheet", sheet: "S" },
      { op: "cells", sheet: "S", row: 2, col: 2, cells: [[text("a")]] },
      { op: "style", sheet: "S", range: "B2", style: { fill: "#FFC7CE" } },
      { op: "note", sheet: "S", address: "B2", text: "xem lại" },
      { op: "merge", sheet: "S", range: "B2:C2" },
    ]);
    const [s] = await book.readSheets(["S"]);
    expect([s.top, s.left, s.fills, s.notes, s.merges]).toEqual([2, 2, { B2: "#FFC7CE" }, { B2: "xem lại" }, ["B2:C2"]]);
    await book.apply([{ op: "clearSheet", sheet: "S" }]);
    const [cleared] = await book.readSheets(["S"]);
    expect([cleared.cells, cleared.notes, cleared.merges]).toEqual([[], {}, []]);
  });

  it("tells its listeners about every change", async () => {
    const book = createMemoryWorkbook();
    const seen: number[] = [];
    const stop = book.subscribe(() => seen.push(book.version()));
    await book.apply([{ op: "ensureSheet", sheet: "S" }]);
    book.protect("S");
    stop();
    await book.apply([{ op: "deleteSheet", sheet: "Nope" }]);
    expect(seen).toEqual([1, 2]);
  });
});

describe("what a cell shows in the playground's grid", () => {
  it("groups thousands with dots under #,##0, as Excel in Vietnamese", () => {
    expect(displayText({ type: "number", value: "121600000" }, "#,##0")).toBe("121.600.000");
    expect(displayText({ type: "number", value: "2.5" }, "#,##0.##")).toBe("2,5");
    expect(displayText({ type: "number", value: "1234.5" }, "#,##0.00")).toBe("1.234,50");
    expect(displayText({ type: "number", value: "60" }, null)).toBe("60");
    expect(displayText({ type: "date", value: "2020-03-19T00:00:00.000Z" }, null)).toBe("19/03/2020");
  });
});
