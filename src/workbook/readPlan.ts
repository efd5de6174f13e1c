import type Decimal from "decimal.js";
import type { Activity, ActivityField, CellRef, EventLevel, Group, Plan, PlanInfo } from "../core/plan/plan";
import { guessKind, parseKind } from "../core/plan/kinds";
import { finding, type Finding } from "../core/findings/finding";
import { foldText } from "../core/text/fold";
import { parseVietnameseDate } from "../core/text/dates";
import { a1 } from "./address";
import { cellText, isEmptyCell, type Cell } from "./cells";
import { bottomRow, cellAt, rightColumn, type BookSnapshot, type SheetSnapshot } from "./port";
import { SHEETS, findSheet, matchInfoLabel, matchPlanHeader, type InfoField } from "./layout";
import { readNumberCell } from "./readCell";

/** Where the plan table sits: the header row and the column of each field found. */
export interface PlanTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<ActivityField, number>>;
  /** The last column of the header row (where missing written columns are appended). */
  lastColumn: number;
  /** Rows from the first to the last row of the table body. */
  firstRow: number;
  lastRow: number;
  /** The row stating the plan's grand total (Tổng cộng), if any. */
  totalRow?: number;
}

export interface PlanReading {
  plan: Plan;
  table?: PlanTable;
  findings: Finding[];
}

const NUMERIC_FIELDS: Partial<Record<ActivityField, [string, string]>> = {
  quantity: ["Số lượng", "Quantity"],
  participants: ["Số người", "Participants"],
  guests: ["Số đại biểu không hưởng lương", "Delegates not paid by the state"],
  days: ["Số ngày", "Days"],
  unitCost: ["Đơn giá", "Unit cost"],
  statedAmount: ["Kinh phí kế hoạch", "Planned amount"],
  q1: ["Quý I", "Q1"],
  q2: ["Quý II", "Q2"],
  q3: ["Quý III", "Q3"],
  q4: ["Quý IV", "Q4"],
};

const HEADER_SCAN_ROWS = 40;
const TOTAL_WORDS = ["tong cong", "tong so", "cong", "tong", "tong kinh phi", "tong cong kinh phi"];

/** Reads the Kế hoạch sheet (and the Thông tin block) into a Plan. Never throws on bad input. */
export function readPlan(book: BookSnapshot): PlanReading {
  const findings: Finding[] = [];
  const planName = findSheet(book.sheets.map((s) => s.name), "plan");
  const planSheet = planName ? book.read.get(planName) : undefined;
  if (!planSheet) {
    findings.push(finding("error", "missing-plan-sheet",
      `Không tìm thấy sheet "${SHEETS.plan}" (kế hoạch). Hãy đặt tên sheet chứa bảng hoạt động là "${SHEETS.plan}".`,
      `No "${SHEETS.plan}" (plan) sheet found. Name the sheet holding the activity table "${SHEETS.plan}".`));
    return { plan: { info: {}, activities: [], groups: [] }, findings };
  }
  const header = findHeaderRow(planSheet);
  if (!header) {
    findings.push(finding("error", "missing-header",
      `Sheet "${planSheet.name}": không tìm thấy hàng tiêu đề có cột "Nội dung" và "Số lượng" (hoặc "Loại", "Kinh phí kế hoạch")`,
      `Sheet "${planSheet.name}": no header row with a "Nội dung" column and a "Số lượng" (or "Loại", "Kinh phí kế hoạch") column`,
      { sheet: planSheet.name, range: "A1" }));
    return { plan: { info: readInfo(book, planSheet, bottomRow(planSheet), findings), activities: [], groups: [] }, findings };
  }
  const info = readInfo(book, planSheet, header.row - 1, findings);
  const table: PlanTable = {
    sheet: planSheet.name,
    headerRow: header.row,
    columns: header.columns,
    lastColumn: header.lastColumn,
    firstRow: header.row + 1,
    lastRow: bottomRow(planSheet),
  };
  const { activities, groups } = readRows(planSheet, table, info, findings);
  if (activities.length === 0) {
    findings.push(finding("error", "empty-plan", `Sheet "${planSheet.name}" không có hoạt động nào dưới hàng tiêu đề ${header.row}`,
      `Sheet "${planSheet.name}" has no activity below header row ${header.row}`, { sheet: planSheet.name, address: a1(header.row, header.columns.name ?? 1) }));
  }
  return { plan: { info, activities, groups }, table, findings };
}

function findHeaderRow(sheet: SheetSnapshot): { row: number; columns: Partial<Record<ActivityField, number>>; lastColumn: number } | undefined {
  const last = Math.min(bottomRow(sheet), sheet.top + HEADER_SCAN_ROWS);
  for (let row = sheet.top; row <= last; row++) {
    const columns: Partial<Record<ActivityField, number>> = {};
    let lastColumn = 0;
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const text = cellText(cellAt(sheet, row, col));
      if (text.trim()) lastColumn = col;
      const field = matchPlanHeader(text);
      if (field && columns[field] === undefined) columns[field] = col;
    }
    if (columns.name !== undefined && (columns.quantity !== undefined || columns.kind !== undefined || columns.statedAmount !== undefined)) {
      return { row, columns, lastColumn };
    }
  }
  return undefined;
}

/** STT styles by depth: I, II (0); 1, 2 or 1.1 (1); a, b (2); -, + (3). */
function sttDepth(stt: string): number | undefined {
  const s = stt.trim().replace(/[.)]+$/, "");
  if (!s) return undefined;
  if (/^[IVXLC]+$/.test(s)) return 0;
  if (/^\d+$/.test(s)) return 1;
  if (/^\d+(\.\d+)+$/.test(s)) return s.split(".").length;
  if (/^[a-zđ]$/i.test(s)) return 2;
  if (/^[-+*•–]$/.test(s)) return 3;
  return undefined;
}

function readRows(sheet: SheetSnapshot, table: PlanTable, info: PlanInfo, findings: Finding[]) {
  const cols = table.columns;
  const activities: Activity[] = [];
  const groups: Group[] = [];
  const get = (row: number, field: ActivityField): Cell => (cols[field] === undefined ? { type: "empty" } : cellAt(sheet, row, cols[field]!));
  const refOf = (row: number, field: ActivityField): CellRef | undefined => (cols[field] === undefined ? undefined : { sheet: sheet.name, address: a1(row, cols[field]!) });
  const cellsOf = (row: number) => {
    const cells: Partial<Record<ActivityField, CellRef>> = {};
    for (const field of Object.keys(cols) as ActivityField[]) cells[field] = refOf(row, field);
    return cells;
  };
  const num = (row: number, field: ActivityField): Decimal | undefined => {
    const labels = NUMERIC_FIELDS[field]!;
    const ref = refOf(row, field);
    if (!ref) return undefined;
    const r = readNumberCell(get(row, field), sheet.name, ref.address, labels[0], labels[1]);
    if (r.finding) findings.push(r.finding);
    return r.value;
  };
  const isParameterRow = (row: number) =>
    (["kind", "unit", "quantity", "participants", "guests", "days", "unitCost"] as ActivityField[]).some((f) => !isEmptyCell(get(row, f)));

  const open: number[] = []; // stack of group indexes, shallowest first
  let belowTotal = false;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const name = cellText(get(row, "name")).trim();
    const stt = cellText(get(row, "stt")).trim();
    if (!name) continue;
    if (TOTAL_WORDS.includes(foldText(name).replace(/[:.]+$/, ""))) {
      table.totalRow = row;
      belowTotal = activities.length > 0 || groups.length > 0;
      const total = num(row, "statedAmount");
      if (total) info.statedTotal = total;
      continue;
    }
    // Below a total that closes the table, unnumbered rows are the signature block and notes, not activities.
    if (belowTotal && sttDepth(stt) === undefined) continue;
    const depth = sttDepth(stt) ?? (open.length ? groups[open[open.length - 1]].depth + 1 : 1);
    while (open.length && groups[open[open.length - 1]].depth >= depth) open.pop();
    const parentIndex = open.length ? open[open.length - 1] : undefined;

    if (!isParameterRow(row) && startsGroup(sheet, table, row, depth, get)) {
      groups.push({ row, stt, name, depth, parentIndex, statedAmount: num(row, "statedAmount"), cells: cellsOf(row) });
      open.push(groups.length - 1);
      continue;
    }
    const kindText = cellText(get(row, "kind")).trim();
    const parsedKind = kindText ? parseKind(kindText) : undefined;
    if (kindText && !parsedKind) {
      findings.push(finding("warning", "unknown-kind", `Ô ${sheet.name}!${refOf(row, "kind")!.address}: loại hoạt động "${kindText}" không nhận ra; đoán theo nội dung`,
        `Cell ${sheet.name}!${refOf(row, "kind")!.address}: activity kind "${kindText}" not recognised; guessed from the description`, refOf(row, "kind")));
    }
    const guessed = parsedKind ? undefined : guessKind(name);
    if (!parsedKind && !guessed) {
      findings.push(finding("warning", "kind-not-recognised", `Dòng ${row}: không nhận ra loại hoạt động của "${name}"; xếp vào loại Khác. Điền cột Loại.`,
        `Row ${row}: the kind of "${name}" was not recognised; it counts as Other. Fill the Loại column.`, refOf(row, "name")));
    }
    activities.push({
      row, stt, name,
      kind: parsedKind ?? guessed ?? "other",
      kindGuessed: !parsedKind,
      unit: cellText(get(row, "unit")).trim() || undefined,
      quantity: num(row, "quantity"),
      participants: num(row, "participants"),
      guests: num(row, "guests"),
      days: num(row, "days"),
      unitCost: num(row, "unitCost"),
      timing: cellText(get(row, "timing")).trim() || undefined,
      statedAmount: num(row, "statedAmount"),
      quarterAmounts: (["q1", "q2", "q3", "q4"] as const).map((q) => num(row, q)),
      groupIndex: parentIndex,
      cells: cellsOf(row),
    });
  }
  return { activities, groups };
}

/** A row without parameters starts a group when the next named row is numbered one level deeper. */
function startsGroup(sheet: SheetSnapshot, table: PlanTable, row: number, depth: number, get: (row: number, f: ActivityField) => Cell): boolean {
  for (let next = row + 1; next <= table.lastRow; next++) {
    if (!cellText(get(next, "name")).trim()) continue;
    const nextDepth = sttDepth(cellText(get(next, "stt")));
    return nextDepth !== undefined && nextDepth > depth;
  }
  return false;
}

const LEVELS: Record<string, EventLevel> = { tinh: "tinh", "cap tinh": "tinh", huyen: "huyen", "cap huyen": "huyen", xa: "xa", "cap xa": "xa" };

/** Thông tin: a sheet of label | value rows, or "Label: value" lines above the plan table. */
function readInfo(book: BookSnapshot, planSheet: SheetSnapshot, lastInfoRow: number, findings: Finding[]): PlanInfo {
  const info: PlanInfo = {};
  const infoName = findSheet(book.sheets.map((s) => s.name), "info");
  const infoSheet = infoName ? book.read.get(infoName) : undefined;
  const pairs: { label: string; value: Cell; sheet: string; address: string }[] = [];
  const collect = (sheet: SheetSnapshot, last: number) => {
    for (let row = sheet.top; row <= last; row++) {
      const first = cellText(cellAt(sheet, row, sheet.left));
      const colon = first.indexOf(":");
      if (colon > 0 && first.slice(colon + 1).trim()) {
        pairs.push({ label: first.slice(0, colon), value: { type: "text", value: first.slice(colon + 1).trim() }, sheet: sheet.name, address: a1(row, sheet.left) });
      } else {
        pairs.push({ label: first, value: cellAt(sheet, row, sheet.left + 1), sheet: sheet.name, address: a1(row, sheet.left + 1) });
      }
    }
  };
  if (infoSheet) collect(infoSheet, bottomRow(infoSheet));
  if (lastInfoRow >= planSheet.top) collect(planSheet, lastInfoRow);
  const official = [...(infoSheet ? [dateLine(infoSheet, bottomRow(infoSheet))] : []), lastInfoRow >= planSheet.top ? dateLine(planSheet, lastInfoRow) : undefined];
  for (const { label, value, sheet, address } of pairs) {
    const field: InfoField | undefined = matchInfoLabel(label);
    if (!field || info[field] !== undefined || isEmptyCell(value)) continue;
    const text = cellText(value).trim();
    switch (field) {
      case "date": {
        const date = value.type === "date" ? value.value.slice(0, 10) : parseVietnameseDate(text);
        if (date) info.date = date;
        else findings.push(finding("warning", "unreadable-date", `Ô ${sheet}!${address}: không đọc được ngày "${text}" (dùng dd/mm/yyyy); định mức lấy theo ngày hôm nay`,
          `Cell ${sheet}!${address}: the date "${text}" cannot be read (use dd/mm/yyyy); today's norms are used`, { sheet, address }));
        break;
      }
      case "level": {
        const level = LEVELS[foldText(text)];
        if (level) info.level = level;
        else findings.push(finding("warning", "unreadable-level", `Ô ${sheet}!${address}: cấp tổ chức "${text}" phải là tỉnh, huyện hoặc xã`,
          `Cell ${sheet}!${address}: the organising level "${text}" must be tỉnh, huyện or xã`, { sheet, address }));
        break;
      }
      case "statedTotal": {
        const r = readNumberCell(value, sheet, address, "Tổng kinh phí", "Total");
        if (r.finding) findings.push(r.finding);
        if (r.value) info.statedTotal = r.value;
        break;
      }
      default:
        info[field] = text;
    }
  }
  // A "Ngày:" label wins; else the document's own date line.
  info.date ??= official.find((d) => d !== undefined);
  return info;
}

/** The date line of an official document: "Trà Vinh, ngày 19 tháng 3 năm 2020", in any cell of the block. */
const DATE_LINE = /^([a-z .'-]{1,40}, )?ngay \d{1,2} thang \d{1,2} nam \d{4}\.?$/;

function dateLine(sheet: SheetSnapshot, last: number): string | undefined {
  for (let row = sheet.top; row <= last; row++) {
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const text = cellText(cellAt(sheet, row, col));
      if (DATE_LINE.test(foldText(text))) return parseVietnameseDate(text);
    }
  }
  return undefined;
}
