import { EMPTY, numberCell, type Cell } from "../../workbook/cells";
import { a1, columnNumber, parseRange } from "../../workbook/address";
import type { SheetInfo, SheetSnapshot } from "../../workbook/port";
import { attr, unescapeXml } from "../package/xml";
import { slideFormula } from "../package/slideFormula";
import { runsText } from "./sharedStringValues";

const P = "(?:[\\w.-]+:)?";
const FORMULA = new RegExp(`<${P}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f>)`);
const VALUE = new RegExp(`<${P}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}v>)`);
const INLINE = new RegExp(`<${P}is\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}is>)`);
const MERGE = new RegExp(`<${P}mergeCell\\b([^>]*)>`, "g");
const PROTECTION = new RegExp(`<${P}sheetProtection\\b([^>]*)>`);
const SHEET_DATA = new RegExp(`<(${P})sheetData\\b[^>]*?(/?)>`);

/** What a sheet's cells refer to outside the sheet: shared strings, date styles, the 1904 date system. */
export interface SheetContext {
  strings: readonly string[];
  dates: ReadonlySet<number>;
  date1904: boolean;
}

interface RawCell {
  row: number;
  col: number;
  cell: Cell;
  formula: string | null;
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** A serial date as ExcelJS turns it into a Date (its excelToDate), as an ISO text. */
function serialDate(serial: number, date1904: boolean): Cell {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? numberCell(serial) : { type: "date", value: date.toISOString() };
}

/** A cell's value from its type, its <v> (or <is>) and its style, as ExcelJS and then readSheet make it. */
function valueOf(t: string | undefined, v: string | undefined, body: string, dateStyle: boolean, ctx: SheetContext): Cell {
  if (t === "inlineStr") {
    const is = INLINE.exec(body);
    const s = is ? runsText(is[1] ?? "") : "";
    return s === "" ? EMPTY : { type: "text", value: s };
  }
  if (v === undefined) return EMPTY;
  switch (t) {
    case "s": {
      const s = ctx.strings[parseInt(v, 10)] ?? "";
      return s === "" ? EMPTY : { type: "text", value: s };
    }
    case "str": {
      const s = unescapeXml(v);
      return s === "" ? EMPTY : { type: "text", value: s };
    }
    case "b":
      return { type: "bool", value: parseInt(v, 10) !== 0 };
    case "e":
      return { type: "error", value: unescapeXml(v) };
    case "d":
      return { type: "date", value: new Date(v).toISOString() };
    default: {
      const n = parseFloat(v);
      if (Number.isNaN(n)) return EMPTY;
      return dateStyle ? serialDate(n, ctx.date1904) : numberCell(n);
    }
  }
}

/**
 * An attribute of a start tag: found by position when written as machine-made
 * parts write it (` name="value"`), else by the general reader.
 */
function attrOf(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at >= 0) return unescapeXml(tag.slice(at + key.length, tag.indexOf('"', at + key.length)));
  return tag.includes(name) ? attr(tag, name) : undefined;
}

/**
 * The elements `<{prefix}{name} …>…</{prefix}{name}>` between `from` and `to`, found
 * by position (the parts are machine-written: no comment or CDATA among rows and
 * cells): the start tag's attributes text and the element's content.
 */
function* elements(xml: string, open: string, close: string, from: number, to: number): Generator<{ tag: string; body: string }> {
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    // "<c" must not match "<col": a space, ">" or "/" follows the name.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0 || tagEnd >= to) return;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      yield { tag: xml.slice(at + open.length, tagEnd - 1), body: "" };
      at = xml.indexOf(open, tagEnd + 1);
      continue;
    }
    const end = xml.indexOf(close, tagEnd + 1);
    if (end < 0 || end > to) return;
    yield { tag: xml.slice(at + open.length, tagEnd), body: xml.slice(tagEnd + 1, end) };
    at = xml.indexOf(open, end + close.length);
  }
}

/**
 * One worksheet's used range from its XML, as readSheet gives it from ExcelJS
 * (values, formulas, merges, hidden rows, protection), without building ExcelJS's
 * model of every cell and style: the consolidation reads hundreds of workbooks.
 * Number formats, notes and fills are not read (no reader of a unit's plan needs them).
 */
export function sheetValues(info: Omit<SheetInfo, "protected">, xml: string, ctx: SheetContext): SheetSnapshot {
  const start = SHEET_DATA.exec(xml);
  const prefix = start?.[1] ?? "";
  const dataFrom = start ? start.index + start[0].length : xml.length;
  const dataTo = start && !start[2] ? xml.indexOf(`</${prefix}sheetData>`, dataFrom) : dataFrom;
  // Merged cells and the protection come after the cells (the schema's order).
  const tail = dataTo >= 0 ? xml.slice(dataTo) : "";
  const merges = [...tail.matchAll(MERGE)].map((m) => attr(m[1], "ref")).filter((r): r is string => Boolean(r));
  const protection = PROTECTION.exec(tail);
  const snapshot: SheetSnapshot = {
    ...info,
    protected: protection ? isTrue(attr(protection[1], "sheet")) : false,
    top: 1,
    left: 1,
    cells: [],
    formulas: [],
    numberFormats: [],
    merges,
    hiddenRows: [],
    notes: {},
    fills: {},
  };
  const raw: RawCell[] = [];
  const hidden: number[] = [];
  const sharedMasters = new Map<string, { formula: string; address: string }>();
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  const extend = (r: number, c: number) => {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };
  let lastRow = 0;
  for (const rowEl of elements(xml, `<${prefix}row`, `</${prefix}row>`, dataFrom, dataTo < 0 ? dataFrom : dataTo)) {
    const r = attrOf(rowEl.tag, "r");
    const row = r !== undefined ? Number(r) : lastRow + 1;
    lastRow = row;
    if (isTrue(attrOf(rowEl.tag, "hidden"))) hidden.push(row);
    let lastCol = 0;
    for (const cellEl of elements(rowEl.body, `<${prefix}c`, `</${prefix}c>`, 0, rowEl.body.length)) {
      const body = cellEl.body;
      const ref = attrOf(cellEl.tag, "r");
      const col = ref ? columnNumber(/^\$?([A-Za-z]+)/.exec(ref)![1]) : lastCol + 1;
      lastCol = col;
      const t = attrOf(cellEl.tag, "t");
      const s = attrOf(cellEl.tag, "s");
      const f = body ? FORMULA.exec(body) : null;
      const vMatch = body ? VALUE.exec(body) : null;
      const v = vMatch?.[1];
      let formula: string | null = null;
      if (f) {
        const text = f[2] ? unescapeXml(f[2]) : "";
        const si = attr(f[1], "si");
        const address = a1(row, col);
        if (text) {
          formula = `=${text}`;
          if (si !== undefined && attr(f[1], "t") === "shared") sharedMasters.set(si, { formula: text, address });
        } else if (si !== undefined) {
          const master = sharedMasters.get(si);
          formula = master ? `=${slideFormula(master.formula, master.address, address)}` : null;
        }
      }
      const cell = valueOf(t, v, body, s !== undefined && ctx.dates.has(Number(s)), ctx);
      // Counted in the used range as ExcelJS counts a cell: a formula, a value, or a bare <c> without a style.
      const counts = f !== null || v !== undefined || (t === "inlineStr" && INLINE.test(body)) || s === undefined;
      if (!counts) continue;
      extend(row, col);
      raw.push({ row, col, cell, formula });
    }
  }
  // ExcelJS gives every cell of a merged area a value: the area is part of the used range.
  const mergedAway = new Set<string>();
  for (const range of merges) {
    const box = parseRange(range);
    extend(box.top, box.left);
    extend(box.bottom, box.right);
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) if (r !== box.top || c !== box.left) mergedAway.add(`${r}:${c}`);
  }
  if (bottom === 0) return snapshot;
  snapshot.top = top;
  snapshot.left = left;
  const width = right - left + 1;
  for (let r = top; r <= bottom; r++) {
    snapshot.cells.push(new Array<Cell>(width).fill(EMPTY));
    snapshot.formulas.push(new Array<string | null>(width).fill(null));
  }
  for (const c of raw) {
    // A merged area's value lives in its top-left cell only, as Excel reports it.
    if (mergedAway.has(`${c.row}:${c.col}`)) continue;
    snapshot.cells[c.row - top][c.col - left] = c.cell;
    snapshot.formulas[c.row - top][c.col - left] = c.formula;
  }
  snapshot.hiddenRows = hidden.filter((r) => r >= top && r <= bottom);
  return snapshot;
}
