import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { hash } from "../../src/workbook/safety/fingerprint";

/** A workbook as plain ExcelJS reads it back from its bytes: what a user would open. */
export async function reopen(book: XlsxWorkbook | ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = book instanceof XlsxWorkbook ? await book.toBuffer() : new Uint8Array(await book.xlsx.writeBuffer());
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function bookOf(wb: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function show(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (typeof value === "object") {
    if ("richText" in value) return `text:${value.richText.map((r) => r.text).join("")}`;
    if ("error" in value) return `error:${String(value.error)}`;
    if ("formula" in value || "sharedFormula" in value) {
      const f = value as ExcelJS.CellFormulaValue;
      return `formula:${f.formula}=${show(f.result as ExcelJS.CellValue)}`;
    }
    if ("text" in value) return `text:${String((value as { text: unknown }).text)}`;
    return JSON.stringify(value);
  }
  return `${typeof value}:${String(value)}`;
}

const normFormat = (f: string | undefined) => (!f || f === "General" ? "" : f);

/**
 * Every cell of every sheet (by "Sheet!A1"): value (or formula and cached result),
 * number format, note, solid fill; and the sheets with their state. Cells that
 * hold nothing at all are left out, so an empty cell and a missing one compare equal.
 */
export function everyCell(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    out.set(`${ws.name}!`, `sheet:${ws.state}`);
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = typeof cell.note === "string" ? cell.note : (cell.note?.texts?.map((t) => t.text).join("") ?? "");
        const fill = cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid" ? (cell.fill.fgColor?.argb ?? "") : "";
        const parts = [show(cell.value), normFormat(cell.numFmt), note, fill];
        if (parts.some(Boolean)) out.set(`${ws.name}!${cell.address}`, parts.join(" | "));
      });
    });
  }
  return out;
}

/** The cells (and sheets) that differ between two maps of everyCell. */
export function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** A port that counts its batches: each is one context.sync() in the Office adapter. */
export function countingPort(port: WorkbookPort): WorkbookPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    listSheets: () => (calls.push("listSheets"), port.listSheets()),
    readSheets: (names) => (calls.push("readSheets"), port.readSheets(names)),
    apply: (writes) => (calls.push("apply"), port.apply(writes)),
  };
}

/**
 * Without the add-in's hidden restore sheet: after a restore it holds no backup
 * any more (one backup is kept: the last command's), so it differs from the
 * state before that command even though every cell of the user's sheets is back.
 */
export function userCells(cells: Map<string, string>): Map<string, string> {
  return new Map([...cells].filter(([k]) => !k.startsWith("_dutoan!")));
}

/** The JSON document the add-in keeps in its hidden state sheet (rows 2 and below of column A, each piece after its "j"). */
export function stateDocument(ws: ExcelJS.Worksheet): any {
  const pieces: string[] = [];
  for (let r = 2; typeof ws.getCell(r, 1).value === "string"; r++) pieces.push((ws.getCell(r, 1).value as string).slice(1));
  return JSON.parse(pieces.join(""));
}

/**
 * Writes a JSON document into the hidden state sheet as the add-in would (pieces
 * after "j", B1 the marker with the checksum), or, with `version: 1`, as the
 * add-in did before version 2 (no B1). For tests that forge or age a record.
 */
export function writeStateDocument(ws: ExcelJS.Worksheet, doc: unknown, version: 1 | 2 = 2): void {
  const json = JSON.stringify(doc);
  for (let r = 2; ws.getCell(r, 1).value !== null; r++) ws.getCell(r, 1).value = null;
  const pieces = json.match(/[\s\S]{1,30000}/g) ?? [];
  pieces.forEach((p, i) => (ws.getCell(i + 2, 1).value = `j${p}`));
  ws.getCell("B1").value = version === 2 ? `dutoan-state/2 ${hash(json)} ${json.length}` : null;
}
