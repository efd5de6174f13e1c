import ExcelJS from "exceljs";

/** The plan table's header as an officer types it. */
export const HEADER = ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch"];

/** Thông tin with a fixed date and province, so the norms in force never drift with the calendar. */
export const INFO: [string, string][] = [
  ["Tên kế hoạch", "Kế hoạch thử"],
  ["Ngày", "19/03/2020"],
  ["Tỉnh", "Trà Vinh"],
];

/** A small plan: a group, a conference, banners, a panel; and a total row. */
export const SMALL_PLAN: unknown[][] = [
  ["I", "Truyền thông", null, null, null, null, null, null, null],
  ["1", "Hội nghị tuyên truyền sản xuất sạch hơn", "Hội nghị", "cuộc", 2, 60, 1, "Quý II - Quý IV", 40000000],
  ["2", "Băng rôn tuyên truyền", "Băng rôn", "cái", 40, null, null, "Quý II", 8000000],
  ["3", "Pano tuyên truyền", "Pano", "cái", 2, null, null, "Quý III", 10000000],
  [null, "Tổng cộng", null, null, null, null, null, null, 58000000],
];

export interface PlanBook {
  header?: unknown[];
  rows?: unknown[][];
  /** Rows above the header (a title block). */
  above?: unknown[][];
  sheetName?: string;
  info?: [string, unknown][] | null;
  /** Extra sheets to add, by name, with their rows. */
  extra?: Record<string, unknown[][]>;
}

/** A real workbook as an officer would make it: Thông tin, then Kế hoạch. */
export function planWorkbook(p: PlanBook = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (p.info !== null) wb.addWorksheet("Thông tin").addRows(p.info ?? INFO);
  const ws = wb.addWorksheet(p.sheetName ?? "Kế hoạch");
  for (const row of p.above ?? []) ws.addRow(row);
  ws.addRow(p.header ?? HEADER);
  for (const row of p.rows ?? SMALL_PLAN) ws.addRow(row);
  for (const [name, rows] of Object.entries(p.extra ?? {})) wb.addWorksheet(name).addRows(rows);
  return wb;
}
