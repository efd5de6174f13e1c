import ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1, columnNumber, parseRange } from "../workbook/address";
import type { CellWrite } from "../workbook/cells";
import type { WriteOp } from "../workbook/port";
import type { BulkRows } from "../workbook/consolidate/sheetBuilder";
import { batchProblem } from "../workbook/writeRules";
import { applyWrites } from "./applyWrites";
import { isRel, parseRels } from "./package/rels";
import { readSheetEntries } from "./package/workbookXml";
import { attr, escapeText } from "./package/xml";
import { widest } from "../core/arrays";

/**
 * A new workbook made of a batch of writes, as .xlsx bytes (the Tổng hợp
 * workbook): the batch is checked against Excel's rules first, like every
 * adapter's (src/workbook/writeRules.ts), bulk rows included. Runs in Node and,
 * with ExcelJS's browser build, in the task pane. Saving the bytes is the
 * caller's: the command line saves atomically (atomicSave.ts), the pane offers
 * them as a download or opens them in Excel.
 */
export async function newBookBytes(writes: readonly WriteOp[], bulk: readonly BulkRows[] = []): Promise<Uint8Array> {
  const bulkOps: WriteOp[] = bulk.map((b) => ({ op: "cells", sheet: b.sheet, row: b.row, col: 1, cells: b.cells }));
  const problem = batchProblem([...writes, ...bulkOps], []);
  if (problem) throw new Error(`Sheet "${problem.sheet}": ${problem.code} (${problem.detail})`);
  const wb = new ExcelJS.Workbook();
  applyWrites(wb, writes);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const rows = bulk.filter((b) => b.cells.length);
  return rows.length ? appendRows(bytes, rows) : bytes;
}

/** A control character XML 1.0 cannot hold (tab, line feed and carriage return aside): left out. */
const unwritable = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

/**
 * Text as a cell holds it: a literal "_x0000_" kept literal and the carriage
 * return escaped (OOXML's escapes, as applyWrites writes them), characters XML
 * cannot hold left out, then XML's escapes.
 */
function ooxmlText(text: string): string {
  let out = /_x[0-9a-fA-F]{4}_/.test(text) ? text.replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1") : text;
  for (let i = 0; i < out.length; i++) {
    if (!unwritable(out.charCodeAt(i))) continue;
    out = [...out].filter((ch) => !unwritable(ch.charCodeAt(0))).join("");
    break;
  }
  return escapeText(out.includes("\r") ? out.replace(/\r/g, "_x000D_") : out);
}

/** The index of a text in the shared-string table, or undefined to write it inline. */
type StringIndex = (text: string) => number | undefined;

function cellXml(ref: string, style: string, w: CellWrite, shared: StringIndex): string {
  const s = style ? ` s="${style}"` : "";
  switch (w.type) {
    case "empty":
      return style ? `<c r="${ref}"${s}/>` : "";
    case "number":
      return `<c r="${ref}"${s}><v>${Number(w.value)}</v></c>`;
    case "text": {
      const index = shared(w.value);
      if (index !== undefined) return `<c r="${ref}"${s} t="s"><v>${index}</v></c>`;
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${ooxmlText(w.value)}</t></is></c>`;
    }
    case "formula": {
      const f = `<f>${escapeText(w.formula.replace(/^=/, ""))}</f>`;
      if (w.cachedText !== undefined) return `<c r="${ref}"${s} t="str">${f}<v>${ooxmlText(w.cachedText)}</v></c>`;
      return `<c r="${ref}"${s}>${f}${w.cached === undefined ? "" : `<v>${Number(w.cached)}</v>`}</c>`;
    }
  }
}

const ROW_TAG = (row: number) => new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`);
const CELL_TAG = /<c\b([^>]*?)(?:\/>|>)/g;

/**
 * Adds the bulk rows to ExcelJS's output: into each sheet's <sheetData>, after
 * the row above them, whose cells' styles they take column by column; the
 * sheet's dimension grows to hold them. Their texts join the shared-string
 * table (inline only if ExcelJS wrote none); the other parts are kept as they are.
 */
async function appendRows(bytes: Uint8Array, bulk: readonly BulkRows[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async("string");
  const rels = parseRels("xl/workbook.xml", await text("xl/_rels/workbook.xml.rels"));
  const sstPart = rels.find((r) => isRel(r, "sharedStrings"))?.target;
  const sst = sstPart && zip.file(sstPart) ? await text(sstPart) : undefined;
  const sstEnd = sst?.lastIndexOf("</sst>") ?? -1;
  // New texts join ExcelJS's table (which ExcelJS reads back decoding OOXML's escapes, as Excel does).
  const known = new Map<string, number>();
  const added: string[] = [];
  let unique = sst ? Number(/uniqueCount="(\d+)"/.exec(sst)?.[1] ?? (sst.match(/<si>/g) ?? []).length) : 0;
  let uses = 0;
  const shared: StringIndex = (value) => {
    if (!sst || sstEnd < 0) return undefined;
    uses++;
    let index = known.get(value);
    if (index === undefined) {
      index = unique++;
      known.set(value, index);
      added.push(`<si><t xml:space="preserve">${ooxmlText(value)}</t></si>`);
    }
    return index;
  };
  const parts = new Map(
    readSheetEntries(await text("xl/workbook.xml")).map((e) => [e.name, rels.find((r) => r.id === e.rId && isRel(r, "worksheet"))?.target]),
  );
  for (const b of bulk) {
    const part = parts.get(b.sheet);
    if (!part) throw new Error(`no sheet "${b.sheet}" to add rows to`);
    const xml = await text(part);
    const above = ROW_TAG(b.row - 1).exec(xml);
    const styles = new Map<number, string>();
    for (const m of (above?.[1] ?? "").matchAll(CELL_TAG)) {
      const ref = attr(m[1], "r");
      if (ref) styles.set(columnNumber(/^[A-Z]+/.exec(ref)![0]), attr(m[1], "s") ?? "");
    }
    const width = widest(b.cells);
    const out: string[] = [];
    b.cells.forEach((cells, i) => {
      const row = b.row + i;
      let xmlRow = `<row r="${row}">`;
      cells.forEach((w, c) => (xmlRow += cellXml(a1(row, c + 1), styles.get(c + 1) ?? "", w, shared)));
      out.push(xmlRow + "</row>");
    });
    const end = xml.lastIndexOf("</sheetData>");
    if (end < 0) throw new Error(`sheet "${b.sheet}" has no sheetData`);
    const last = b.row + b.cells.length - 1;
    const updated = (xml.slice(0, end) + out.join("") + xml.slice(end)).replace(/<dimension ref="([^"]+)"\/>/, (_, ref: string) => {
      const box = parseRange(ref);
      return `<dimension ref="${a1(box.top, box.left)}:${a1(Math.max(box.bottom, last), Math.max(box.right, width))}"/>`;
    });
    zip.file(part, updated);
  }
  if (sst && added.length) {
    const count = Number(/\bcount="(\d+)"/.exec(sst)?.[1] ?? 0) + uses;
    const head = sst
      .slice(0, sstEnd)
      .replace(/\bcount="\d+"/, `count="${count}"`)
      .replace(/uniqueCount="\d+"/, `uniqueCount="${unique}"`);
    zip.file(sstPart!, head + added.join("") + sst.slice(sstEnd));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 3 } });
}
