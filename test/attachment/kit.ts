import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";

/** The workbook as a file would hold it: written to a buffer and read back, so tests see what Excel would open. */
export async function reload(book: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

export async function bookOf(wb: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

export function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } | undefined {
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v) return { formula: `=${v.formula}`, result: v.result };
  return undefined;
}

/**
 * Recalculates a cell of the attachment (or the breakdown) from its formula alone, in
 * exact decimals: the two forms the sheets use, =ROUND(Dn*En,k) and =SUBTOTAL(9,Fa:Fb,...).
 * As in Excel, SUBTOTAL leaves out the cells of its ranges whose own formula calls
 * SUBTOTAL, so nested totals are not counted twice. Numbers are read from the stored
 * cells (text and empty cells count 0); cached results are ignored.
 */
export function recalc(ws: ExcelJS.Worksheet, address: string): Decimal {
  const cell = ws.getCell(address);
  const f = formulaOf(cell);
  if (!f) {
    const v = cell.value;
    return new Decimal(typeof v === "number" ? v : 0);
  }
  const round = /^=ROUND\(([A-Z]+\d+)\*([A-Z]+\d+),(-?\d+)\)$/.exec(f.formula);
  if (round) {
    const product = recalc(ws, round[1]).times(recalc(ws, round[2]));
    const digits = Number(round[3]);
    const scale = new Decimal(10).pow(-digits);
    return product.dividedBy(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(scale);
  }
  const subtotal = /^=SUBTOTAL\(9,((?:[A-Z]+\d+:[A-Z]+\d+,)*[A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f.formula);
  if (!subtotal) throw new Error(`recalc: unexpected formula ${f.formula} in ${address}`);
  let total = new Decimal(0);
  for (const arg of subtotal[1].split(",")) {
    const [, fromCol, fromRow, toCol, toRow] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(arg)!;
    if (fromCol !== toCol) throw new Error(`recalc: only single-column ranges, not ${arg} in ${address}`);
    for (let r = Number(fromRow); r <= Number(toRow); r++) {
      if (/SUBTOTAL\(/i.test(formulaOf(ws.getCell(`${fromCol}${r}`))?.formula ?? "")) continue;
      total = total.plus(recalc(ws, `${fromCol}${r}`));
    }
  }
  return total;
}

/** A plan workbook: Thông tin label/value rows and a Kế hoạch table whose first row is the header. */
export function planWorkbook(info: [string, string][], table: (string | number | null)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thông tin").addRows(info);
  wb.addWorksheet("Kế hoạch").addRows(table);
  return wb;
}

/** Column A..G of a row as text ("" for empty, and for the cells a merge covers), for asserting a row at a glance. */
export function rowTexts(ws: ExcelJS.Worksheet, row: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= 7; c++) {
    const cell = ws.getCell(row, c);
    const v = cell.master.address === cell.address ? cell.value : null;
    out.push(v === null || v === undefined ? "" : typeof v === "object" && "formula" in v ? `=${v.formula}` : String(v));
  }
  return out;
}
