import ExcelJS from "exceljs";
import type { Finding } from "../../src/core/findings/finding";
import { columnLetter, columnNumber } from "../../src/workbook/address";
import type { WorkbookPort } from "../../src/workbook/port";
import type { PlanTable } from "../../src/workbook/readPlan";
import { writtenColumns } from "../../src/workbook/writeEstimate";
import { bookOf, differences, everyCell, reopen } from "../safety/workbookCells";

import { HEADER as HEADER_ROW, INFO as INFO_ROWS } from "../safety/plans";
export { HEADER, INFO } from "../safety/plans";

/** Sheets a command owns and rewrites whole, and the hidden restore data: changes there are the command's job. */
const OWNED = ["Chi tiết dự toán", "Dự toán", "_dutoan", "_dutoan_marks"];

export interface Outcome<R> {
  result: R;
  findings: Finding[];
  /** Cells (and sheets) that changed outside what the command is meant to write. */
  strayChanges: string[];
  /** Every change, for the cases that check what was written. */
  changes: string[];
  after: ExcelJS.Workbook;
}

/** The columns of the plan the estimate writes (Dự toán, Căn cứ), as letters. */
function outputColumns(table: PlanTable | undefined): string[] {
  if (!table) return [];
  const cols = writtenColumns(table);
  const quarters = (["q1", "q2", "q3", "q4"] as const).map((q) => table.columns[q]).filter((c): c is number => c !== undefined);
  return [cols.estimate, cols.basis, ...quarters].map(columnLetter);
}

/**
 * Runs a command on a real .xlsx workbook (written by ExcelJS and read back, as a
 * user's file) and compares every cell of every sheet before and after: a change
 * outside the sheets the command owns and the plan's output columns is stray.
 */
export async function runOn<R extends { findings: Finding[]; reading?: { table?: PlanTable } }>(
  wb: ExcelJS.Workbook,
  command: (port: WorkbookPort) => Promise<R>,
): Promise<Outcome<R>> {
  const file = await reopen(wb);
  const before = everyCell(file);
  const book = await bookOf(file);
  const result = await command(book);
  const after = await reopen(book);
  const changes = differences(before, everyCell(after));
  const table = result.reading?.table;
  const outputs = new Set(outputColumns(table));
  const afterCells = everyCell(after);
  // The check marks the cells of its findings (a fill and a note): there, the value and its format must stay.
  const marked = new Set(result.findings.filter((f) => f.sheet && f.range && !f.range.includes(":")).map((f) => `${f.sheet}!${f.range}`));
  const valueAndFormat = (text: string | undefined) => (text ?? "").split(" | ").slice(0, 2).join(" | ");
  const strayChanges = changes.filter((key) => {
    const [sheet, address = ""] = key.split("!");
    if (OWNED.includes(sheet)) return false;
    if (marked.has(key) && valueAndFormat(before.get(key)) === valueAndFormat(afterCells.get(key))) return false;
    if (table && sheet === table.sheet && address) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const appended = columnNumber(m[1]) > table.lastColumn; // Dự toán, Căn cứ, Quý I..IV added after the table
      return !((outputs.has(m[1]) || appended) && Number(m[2]) >= table.headerRow);
    }
    return true;
  });
  return { result, findings: result.findings, strayChanges, changes, after };
}

/** A workbook with the given sheets, in order, each from its rows. */
export function workbookOf(sheets: Record<string, unknown[][]>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return wb;
}

/** The findings as "code@range" (or "code@sheet" / "code"), to compare in one line. */
export const codes = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.code}${f.range ? `@${f.range}` : f.sheet ? `@${f.sheet}` : ""}`);

/** Errors and warnings as "code@range": what the officer must act on (info findings left out). */
export const problems = (findings: readonly Finding[]): string[] => codes(findings.filter((f) => f.severity !== "info"));

/** A banner row of the standard header, with some cells replaced: {column index: value}. */
export function bannerRow(changes: Partial<Record<number, unknown>> = {}): unknown[] {
  const row: unknown[] = ["1", "Băng rôn tuyên truyền", "Băng rôn", "cái", 10, null, null, "Quý II", null];
  for (const [i, v] of Object.entries(changes)) row[Number(i)] = v;
  return row;
}

/** Thông tin, then Kế hoạch with the standard header and these rows (and any other sheets). */
export function planOf(rows: unknown[][], header: unknown[] = HEADER_ROW, extra: Record<string, unknown[][]> = {}): ExcelJS.Workbook {
  return workbookOf({ "Thông tin": INFO_ROWS, "Kế hoạch": [header, ...rows], ...extra });
}
