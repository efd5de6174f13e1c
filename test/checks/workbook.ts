import { isoDate } from "../../src/core/dates/isoDate";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { runCheck, type CheckCommandOptions, type CheckCommandResult } from "../../src/workbook/commands/check";

/*
 * Real .xlsx workbooks for the checks: built with ExcelJS, written to bytes,
 * opened by the adapter, checked, saved, and re-opened to see what a user sees.
 */
export type Value = string | number | null;
export type Rows = Value[][];

/** Kế hoạch columns: A STT, B Nội dung, C Loại, D ĐVT, E Số lượng, F Số người, G Số ngày, H Thời gian, I Kinh phí kế hoạch, J..M Quý I..IV, N Đơn giá. */
export const PLAN_HEADER = [
  "STT",
  "Nội dung",
  "Loại",
  "Đơn vị tính",
  "Số lượng",
  "Số người",
  "Số ngày",
  "Thời gian",
  "Kinh phí kế hoạch",
  "Quý I",
  "Quý II",
  "Quý III",
  "Quý IV",
  "Đơn giá",
];

export interface RowSpec {
  stt?: string;
  name: string;
  kind?: string;
  unit?: string;
  quantity?: Value;
  people?: Value;
  timing?: string;
  stated?: Value;
  quarters?: Value[];
  unitCost?: Value;
}

export function row(r: RowSpec): Value[] {
  const q = r.quarters ?? [null, null, null, null];
  return [
    r.stt ?? null,
    r.name,
    r.kind ?? null,
    r.unit ?? null,
    r.quantity ?? null,
    r.people ?? null,
    null,
    r.timing ?? null,
    r.stated ?? null,
    q[0] ?? null,
    q[1] ?? null,
    q[2] ?? null,
    q[3] ?? null,
    r.unitCost ?? null,
  ];
}

/** "Khác" with a stated amount: its estimate is the stated amount, so totals are easy to reason about. */
export const other = (stt: string, name: string, stated: Value, extra: Partial<RowSpec> = {}): Value[] =>
  row({ stt, name, kind: "Khác", stated, ...extra });

export const INFO: Rows = [
  ["Ngày", "19/03/2020"],
  ["Tỉnh", "Trà Vinh"],
  ["Cấp tổ chức", "tỉnh"],
];

export function allocationSheet(total: Value, quarters: Value[] = [], actuals?: Rows): Rows {
  const rows: Rows = [
    ["PHÂN BỔ KINH PHÍ NĂM 2020"],
    [],
    ["Nội dung", "Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["Kinh phí được giao", total, ...quarters],
  ];
  if (actuals) rows.push([], ["THỰC HIỆN (GIẢI NGÂN)"], ["STT", "Nội dung", "Dòng KH", "Quý I", "Quý II", "Quý III", "Quý IV"], ...actuals);
  return rows;
}

export async function workbook(sheets: Record<string, Rows>, setup?: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  setup?.(wb);
  return XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
}

/** A plan workbook: Thông tin, Kế hoạch (the header, then rows), and Phân bổ when given. */
export function planBook(rows: Rows, allocation?: Rows, setup?: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  return workbook({ "Thông tin": INFO, "Kế hoạch": [PLAN_HEADER, ...rows], ...(allocation ? { "Phân bổ": allocation } : {}) }, setup);
}

export interface Checked {
  result: CheckCommandResult;
  /** The workbook as saved, re-opened from its bytes. */
  saved: XlsxWorkbook;
}

export async function check(port: XlsxWorkbook, options: CheckCommandOptions = {}): Promise<Checked> {
  const result = await runCheck(port, { asOf: isoDate("2020-12-31"), ...options });
  return { result, saved: await XlsxWorkbook.fromBuffer(await port.toBuffer()) };
}

/** The findings of one code, as {severity, sheet!range}. */
export function codes(result: CheckCommandResult, code: string): { severity: string; at: string }[] {
  return result.findings.filter((f) => f.code === code).map((f) => ({ severity: f.severity, at: `${f.sheet}!${f.range}` }));
}

export async function sheetValues(book: XlsxWorkbook, sheet: string, range: string[]): Promise<(string | number | null)[]> {
  const ws = book.workbook.getWorksheet(sheet)!;
  return range.map((a) => {
    const v = ws.getCell(a).value;
    return v === undefined ? null : (v as string | number | null);
  });
}
