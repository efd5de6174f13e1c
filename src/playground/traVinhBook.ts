import { TRA_VINH_SHEETS, type SampleSheet, type SampleValue } from "../../examples/traVinhData";
import { blank, num, text, type CellWrite } from "../workbook/cells";
import { columnLetter } from "../workbook/address";
import type { WriteOp } from "../workbook/port";
import { createMemoryWorkbook, type MemoryWorkbook } from "./memoryWorkbook";

const cellOf = (v: SampleValue): CellWrite => (v === null ? blank : typeof v === "number" ? num(String(v)) : text(v));

/** The writes that lay out one sheet of the sample as examples/traVinhSample.ts does with ExcelJS. */
export function sampleSheetWrites(sheet: SampleSheet): WriteOp[] {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const last = sheet.rows.length;
  return [
    { op: "ensureSheet", sheet: sheet.name },
    { op: "cells", sheet: sheet.name, row: 1, col: 1, cells: sheet.rows.map((r) => r.map(cellOf)) },
    { op: "columnWidths", sheet: sheet.name, from: 1, widths: sheet.widths },
    ...sheet.moneyColumns.map((c): WriteOp => ({
      op: "style",
      sheet: sheet.name,
      range: `${columnLetter(c)}1:${columnLetter(c)}${last}`,
      style: { numberFormat: "#,##0" },
    })),
    ...sheet.boldRows.map((r): WriteOp => ({
      op: "style",
      sheet: sheet.name,
      range: `A${r}:${columnLetter(width)}${r}`,
      style: { bold: true },
    })),
  ];
}

/** The Trà Vinh 2020 sample as an in-memory workbook: the playground's starting point. */
export async function traVinhMemoryWorkbook(): Promise<MemoryWorkbook> {
  const book = createMemoryWorkbook();
  await book.apply(TRA_VINH_SHEETS.flatMap(sampleSheetWrites));
  return book;
}
