import type ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { formulaOf } from "../attachment/kit";

/*
 * The Quyết toán sheet's formulas recomputed from the figures on the sheet alone,
 * in exact decimals (cached results ignored): the forms the sheet writes, and
 * nothing else (an unexpected formula fails the test). As in Excel, SUBTOTAL skips
 * the cells of its range whose own formula calls SUBTOTAL.
 */

export type Value = Decimal | string;

const cellNumber = (v: ExcelJS.CellValue): Decimal => (typeof v === "number" ? new Decimal(v) : new Decimal(0));

function range(spec: string): { col: string; from: number; to: number } {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(spec);
  if (!m || m[1] !== m[3]) throw new Error(`evaluate: only single-column ranges, not ${spec}`);
  return { col: m[1], from: Number(m[2]), to: Number(m[4]) };
}

function num(ws: ExcelJS.Worksheet, address: string): Decimal {
  const v = evaluate(ws, address);
  return typeof v === "string" ? new Decimal(0) : v;
}

export function evaluate(ws: ExcelJS.Worksheet, address: string): Value {
  const cell = ws.getCell(address);
  const f = formulaOf(cell)?.formula;
  if (!f) return typeof cell.value === "string" ? cell.value : cellNumber(cell.value);
  let m = /^=SUBTOTAL\(9,([^,()]+)\)$/.exec(f);
  if (m) {
    const { col, from, to } = range(m[1]);
    let total = new Decimal(0);
    for (let r = from; r <= to; r++) {
      if (/SUBTOTAL\(/.test(formulaOf(ws.getCell(`${col}${r}`))?.formula ?? "")) continue;
      total = total.plus(num(ws, `${col}${r}`));
    }
    return total;
  }
  m = /^=SUMIF\(([^,]+),"([^"]+)",([^,()]+)\)$/.exec(f);
  if (m) {
    const labels = range(m[1]);
    const values = range(m[3]);
    let total = new Decimal(0);
    for (let r = labels.from; r <= labels.to; r++) {
      if (String(ws.getCell(`${labels.col}${r}`).value ?? "").toLowerCase() === m[2].toLowerCase())
        total = total.plus(num(ws, `${values.col}${values.from + r - labels.from}`));
    }
    return total;
  }
  m = /^=SUM\(([^,()]+)\)$/.exec(f);
  if (m) {
    const { col, from, to } = range(m[1]);
    let total = new Decimal(0);
    for (let r = from; r <= to; r++) total = total.plus(num(ws, `${col}${r}`));
    return total;
  }
  m = /^=([A-Z]+\d+)-([A-Z]+\d+)$/.exec(f);
  if (m) return num(ws, m[1]).minus(num(ws, m[2]));
  m = /^=([A-Z]+\d+)$/.exec(f);
  if (m) return num(ws, m[1]);
  m = /^=IF\(([A-Z]+\d+)=0,"",ROUND\(([A-Z]+\d+)\*1000\/([A-Z]+\d+),0\)\/10\)$/.exec(f);
  if (m) {
    const estimate = num(ws, m[1]);
    if (estimate.isZero()) return "";
    return num(ws, m[2]).times(1000).dividedBy(estimate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).dividedBy(10);
  }
  if (/^="[^"]*"&IF\(/.test(f)) return String(formulaOf(cell)?.result ?? ""); // the words: LibreOffice recomputes them
  throw new Error(`evaluate: unexpected formula ${f} in ${address}`);
}

/** Every cell of the sheet holding a formula, by address. */
export function formulaCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => formulaOf(cell) && out.push(cell.address)));
  return out;
}

/**
 * The cached result of a cell as a decimal (a number) or text. ExcelJS reads a
 * cached 0 or "" back as no result at all (the file holds <v>0</v> and
 * t="str" <v></v>): undefined then, which either may stand for.
 */
export function cached(ws: ExcelJS.Worksheet, address: string): Value | undefined {
  const r = formulaOf(ws.getCell(address))?.result;
  if (typeof r === "number") return new Decimal(r);
  return r === undefined || r === null ? undefined : String(r);
}

export const show = (v: Value): string => (typeof v === "string" ? `text:${v}` : v.toFixed());

/** The formula cells whose recomputed value is not the cached one (a missing cached result matches 0 and ""). */
export function mismatches(ws: ExcelJS.Worksheet, recomputed: (address: string) => Value, cells = formulaCells(ws)) {
  return cells
    .map((a) => ({ a, got: show(recomputed(a)), cached: cached(ws, a) }))
    .filter((x) => (x.cached === undefined ? x.got !== "0" && x.got !== "text:" : x.got !== show(x.cached)))
    .map((x) => ({ ...x, cached: x.cached === undefined ? "(0 or empty)" : show(x.cached) }));
}
