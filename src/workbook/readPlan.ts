import type Decimal from "decimal.js";
import type { Activity, ActivityField, CellRef, EventLevel, Group, Plan, PlanInfo } from "../core/plan/plan";
import { guessKind, parseKind } from "../core/plan/kinds";
import { finding, type Finding } from "../core/findings/finding";
import { foldText } from "../core/text/fold";
import { dateFromSerial, isDateText, parseDate, type IsoDate } from "../core/dates/isoDate";
import type { StatedTotal } from "../core/checks/input";
import { a1, parseRange } from "./address";
import { cellText, isEmptyCell, type Cell } from "./cells";
import { bottomRow, cellAt, formulaAt, rightColumn, type BookSnapshot, type SheetSnapshot } from "./port";
import { PLAN_HEADERS, SHEETS, findSheet, foldHeader, headerMoneyScale, matchInfoLabel, matchPlanHeader, type InfoField } from "./layout";
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
  /** Money columns whose header names triệu or nghìn đồng: đồng per unit ("1000000"). */
  scales: Partial<Record<ActivityField, string>>;
}

export interface PlanReading {
  plan: Plan;
  table?: PlanTable;
  /** The grand totals the plan states, with their cells: the Tổng cộng row, Tổng kinh phí in Thông tin. */
  statedTotals: StatedTotal[];
  findings: Finding[];
}

/** Money columns: a header may give them in triệu or nghìn đồng. */
const MONEY_FIELDS: readonly ActivityField[] = ["unitCost", "statedAmount", "estimate", "q1", "q2", "q3", "q4"];

/** The code of the finding that stops a command from writing into a column kept in triệu or nghìn đồng. */
export const SCALED_OUTPUT_COLUMN = "scaled-output-column";

/**
 * The add-in writes Dự toán and the quarters in đồng. A column the user keeps in
 * triệu or nghìn đồng is read in that unit, but written into it would mix units:
 * such a column is an error and the commands that write it write nothing.
 */
function scaledOutputColumns(table: PlanTable): Finding[] {
  return (["estimate", "q1", "q2", "q3", "q4"] as const)
    .filter((field) => table.scales[field] !== undefined)
    .map((field) => {
      const address = a1(table.headerRow, table.columns[field]!);
      const unit = table.scales[field] === "1000000" ? "triệu đồng" : "nghìn đồng";
      return finding(
        "error",
        SCALED_OUTPUT_COLUMN,
        `Ô ${table.sheet}!${address}: cột này tính bằng ${unit}, còn add-in ghi số tiền bằng đồng. Đổi đơn vị của cột thành đồng rồi chạy lại; không có ô nào bị thay đổi.`,
        `Cell ${table.sheet}!${address}: this column is in ${unit === "triệu đồng" ? "millions" : "thousands"} of đồng, and the add-in writes đồng. Change the column to đồng and run again; no cell was changed.`,
        { sheet: table.sheet, address },
      );
    });
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
  const planName = findSheet(
    book.sheets.map((s) => s.name),
    "plan",
  );
  const planSheet = planName ? book.read.get(planName) : undefined;
  if (!planSheet) {
    findings.push(
      finding(
        "error",
        "missing-plan-sheet",
        `Không tìm thấy sheet "${SHEETS.plan}" (kế hoạch). Hãy đặt tên sheet chứa bảng hoạt động là "${SHEETS.plan}".`,
        `No "${SHEETS.plan}" (plan) sheet found. Name the sheet holding the activity table "${SHEETS.plan}".`,
      ),
    );
    return { plan: { info: {}, activities: [], groups: [] }, statedTotals: [], findings };
  }
  const statedTotals: StatedTotal[] = [];
  const header = findHeaderRow(planSheet);
  if (!header) {
    // The row that looks most like a header (two or more headers, recognised or misspelled) is where to look.
    const candidate = headerCandidate(planSheet);
    findings.push(
      finding(
        "error",
        "missing-header",
        `Sheet "${planSheet.name}": không tìm thấy hàng tiêu đề có cột "Nội dung" và "Số lượng" (hoặc "Loại", "Kinh phí kế hoạch")`,
        `Sheet "${planSheet.name}": no header row with a "Nội dung" column and a "Số lượng" (or "Loại", "Kinh phí kế hoạch") column`,
        { sheet: planSheet.name, range: candidate?.range ?? "A1" },
      ),
    );
    if (candidate) findings.push(...candidate.misspelled);
    const info = readInfo(book, planSheet, bottomRow(planSheet), findings, statedTotals);
    return { plan: { info, activities: [], groups: [] }, statedTotals, findings };
  }
  findings.push(...misspelledHeaders(planSheet, header.row, header.columns));
  const info = readInfo(book, planSheet, header.row - 1, findings, statedTotals);
  const table: PlanTable = {
    sheet: planSheet.name,
    headerRow: header.row,
    columns: header.columns,
    lastColumn: header.lastColumn,
    firstRow: header.row + 1,
    lastRow: bottomRow(planSheet),
    scales: header.scales,
  };
  findings.push(...scaledOutputColumns(table));
  const { activities, groups } = readRows(planSheet, table, info, findings, statedTotals);
  findings.push(...mergedAcrossActivities(planSheet, table, activities));
  if (activities.length === 0) {
    findings.push(
      finding(
        "error",
        "empty-plan",
        `Sheet "${planSheet.name}" không có hoạt động nào dưới hàng tiêu đề ${header.row}`,
        `Sheet "${planSheet.name}" has no activity below header row ${header.row}`,
        { sheet: planSheet.name, address: a1(header.row, header.columns.name ?? 1) },
      ),
    );
  }
  return { plan: { info, activities, groups }, table, statedTotals, findings };
}

function findHeaderRow(
  sheet: SheetSnapshot,
):
  | { row: number; columns: Partial<Record<ActivityField, number>>; lastColumn: number; scales: Partial<Record<ActivityField, string>> }
  | undefined {
  const last = Math.min(bottomRow(sheet), sheet.top + HEADER_SCAN_ROWS);
  for (let row = sheet.top; row <= last; row++) {
    const columns: Partial<Record<ActivityField, number>> = {};
    const scales: Partial<Record<ActivityField, string>> = {};
    let lastColumn = 0;
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const text = cellText(cellAt(sheet, row, col));
      if (text.trim()) lastColumn = col;
      const field = matchPlanHeader(text);
      if (field && columns[field] === undefined) {
        columns[field] = col;
        const scale = headerMoneyScale(text);
        if (scale && MONEY_FIELDS.includes(field)) scales[field] = scale;
      }
    }
    if (
      columns.name !== undefined &&
      (columns.quantity !== undefined || columns.kind !== undefined || columns.statedAmount !== undefined)
    ) {
      return { row, columns, lastColumn, scales };
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
  if (/^\d+(-\d+)+$/.test(s)) return s.split("-").length;
  if (/^[a-zđ]$/i.test(s)) return 2;
  if (/^[-+*•–]$/.test(s)) return 3;
  return undefined;
}

function readRows(sheet: SheetSnapshot, table: PlanTable, info: PlanInfo, findings: Finding[], statedTotals: StatedTotal[]) {
  const cols = table.columns;
  const activities: Activity[] = [];
  const groups: Group[] = [];
  const get = (row: number, field: ActivityField): Cell =>
    cols[field] === undefined ? { type: "empty" } : cellAt(sheet, row, cols[field]!);
  const refOf = (row: number, field: ActivityField): CellRef | undefined =>
    cols[field] === undefined ? undefined : { sheet: sheet.name, address: a1(row, cols[field]!) };
  const cellsOf = (row: number) => {
    const cells: Partial<Record<ActivityField, CellRef>> = {};
    for (const field of Object.keys(cols) as ActivityField[]) cells[field] = refOf(row, field);
    return cells;
  };
  const num = (row: number, field: ActivityField): Decimal | undefined => {
    const labels = NUMERIC_FIELDS[field]!;
    const ref = refOf(row, field);
    if (!ref) return undefined;
    const cell = get(row, field);
    const formula = cell.type === "empty" ? formulaAt(sheet, row, cols[field]!) : null;
    if (formula) {
      findings.push(formulaNotCalculated(sheet.name, ref.address, formula, labels));
      return undefined;
    }
    const r = readNumberCell(cell, sheet.name, ref.address, labels[0], labels[1]);
    if (r.finding) findings.push(r.finding);
    const scale = table.scales[field];
    return r.value && scale ? r.value.times(scale) : r.value;
  };
  const hidden = new Set(sheet.hiddenRows);
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
      if (total) {
        info.statedTotal = total;
        statedTotals.push({ amount: total, cell: refOf(row, "statedAmount")! });
      }
      continue;
    }
    // Below a total that closes the table, unnumbered rows are the signature block and notes, not activities.
    if (belowTotal && sttDepth(stt) === undefined) continue;
    const depth = sttDepth(stt) ?? (open.length ? groups[open[open.length - 1]].depth + 1 : 1);
    while (open.length && groups[open[open.length - 1]].depth >= depth) open.pop();
    const parentIndex = open.length ? open[open.length - 1] : undefined;

    const startsAGroup = !isParameterRow(row) && startsGroup(sheet, table, row, depth, get);
    // A Roman-numbered heading (I, II) with nothing under it is an empty group, not an activity of kind Khác.
    if (startsAGroup || (!isParameterRow(row) && sttDepth(stt) === 0)) {
      groups.push({ row, stt, name, depth, parentIndex, statedAmount: num(row, "statedAmount"), cells: cellsOf(row) });
      open.push(groups.length - 1);
      if (!startsAGroup) {
        findings.push(
          finding(
            "warning",
            "empty-group",
            `Dòng ${row}: nhóm "${stt}. ${name}" không có hoạt động nào bên dưới`,
            `Row ${row}: the group "${stt}. ${name}" has no activity under it`,
            refOf(row, "name"),
          ),
        );
      }
      continue;
    }
    if (hidden.has(row)) {
      findings.push(
        finding(
          "warning",
          "hidden-row",
          `Dòng ${row} ("${name}") đang bị ẩn nhưng vẫn được tính vào dự toán; bỏ ẩn để kiểm tra, hoặc xoá dòng nếu không thực hiện`,
          `Row ${row} ("${name}") is hidden but still counts in the estimate; unhide it to check it, or delete the row if it is not carried out`,
          refOf(row, "name"),
        ),
      );
    }
    const kindText = cellText(get(row, "kind")).trim();
    const parsedKind = kindText ? parseKind(kindText) : undefined;
    if (kindText && !parsedKind) {
      findings.push(
        finding(
          "warning",
          "unknown-kind",
          `Ô ${sheet.name}!${refOf(row, "kind")!.address}: loại hoạt động "${kindText}" không nhận ra; đoán theo nội dung`,
          `Cell ${sheet.name}!${refOf(row, "kind")!.address}: activity kind "${kindText}" not recognised; guessed from the description`,
          refOf(row, "kind"),
        ),
      );
    }
    const guessed = parsedKind ? undefined : guessKind(name);
    if (!parsedKind && !guessed) {
      findings.push(
        finding(
          "warning",
          "kind-not-recognised",
          `Dòng ${row}: không nhận ra loại hoạt động của "${name}"; xếp vào loại Khác. Điền cột Loại.`,
          `Row ${row}: the kind of "${name}" was not recognised; it counts as Other. Fill the Loại column.`,
          refOf(row, "name"),
        ),
      );
    }
    activities.push({
      row,
      stt,
      name,
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
      locked: isLocked(get(row, "lock")),
      quarterAmounts: (["q1", "q2", "q3", "q4"] as const).map((q) => num(row, q)),
      groupIndex: parentIndex,
      cells: cellsOf(row),
    });
  }
  return { activities, groups };
}

/** A row without parameters starts a group when the next named row is numbered one level deeper. */
function startsGroup(
  sheet: SheetSnapshot,
  table: PlanTable,
  row: number,
  depth: number,
  get: (row: number, f: ActivityField) => Cell,
): boolean {
  for (let next = row + 1; next <= table.lastRow; next++) {
    if (!cellText(get(next, "name")).trim()) continue;
    const nextDepth = sttDepth(cellText(get(next, "stt")));
    return nextDepth !== undefined && nextDepth > depth;
  }
  return false;
}

/** Khóa: "x", "1", "có", "khóa", TRUE. */
function isLocked(cell: Cell): boolean {
  if (cell.type === "bool") return cell.value;
  return ["x", "1", "co", "khoa", "yes", "true"].includes(foldText(cellText(cell)));
}

const LEVELS: Record<string, EventLevel> = {
  tinh: "tinh",
  "cap tinh": "tinh",
  huyen: "huyen",
  "cap huyen": "huyen",
  xa: "xa",
  "cap xa": "xa",
};

/** Thông tin: a sheet of label | value rows, or "Label: value" lines above the plan table. */
function readInfo(
  book: BookSnapshot,
  planSheet: SheetSnapshot,
  lastInfoRow: number,
  findings: Finding[],
  statedTotals: StatedTotal[],
): PlanInfo {
  const info: PlanInfo = {};
  const infoName = findSheet(
    book.sheets.map((s) => s.name),
    "info",
  );
  const infoSheet = infoName ? book.read.get(infoName) : undefined;
  const pairs: { label: string; value: Cell; sheet: string; address: string }[] = [];
  const collect = (sheet: SheetSnapshot, last: number) => {
    for (let row = sheet.top; row <= last; row++) {
      const first = cellText(cellAt(sheet, row, sheet.left));
      const colon = first.indexOf(":");
      if (colon > 0 && first.slice(colon + 1).trim()) {
        pairs.push({
          label: first.slice(0, colon),
          value: { type: "text", value: first.slice(colon + 1).trim() },
          sheet: sheet.name,
          address: a1(row, sheet.left),
        });
      } else {
        pairs.push({ label: first, value: cellAt(sheet, row, sheet.left + 1), sheet: sheet.name, address: a1(row, sheet.left + 1) });
      }
    }
  };
  if (infoSheet) collect(infoSheet, bottomRow(infoSheet));
  if (lastInfoRow >= planSheet.top) collect(planSheet, lastInfoRow);
  const official = [
    ...(infoSheet ? [dateLine(infoSheet, bottomRow(infoSheet))] : []),
    lastInfoRow >= planSheet.top ? dateLine(planSheet, lastInfoRow) : undefined,
  ];
  for (const { label, value, sheet, address } of pairs) {
    const field: InfoField | undefined = matchInfoLabel(label);
    if (!field || info[field] !== undefined || isEmptyCell(value)) continue;
    const text = cellText(value).trim();
    switch (field) {
      case "date": {
        const date = readDateCell(value);
        if (date.ok) info.date = date.date;
        else if (isDraftDate(text)) {
          findings.push(
            finding(
              "warning",
              "plan-date-incomplete",
              `Ô ${sheet}!${address}: ngày của kế hoạch chưa đầy đủ ("${text}", bản dự thảo): bản in để trống ngày.`,
              `Cell ${sheet}!${address}: the plan's date is incomplete ("${text}", a draft): the printout leaves the date blank.`,
              { sheet, address },
            ),
          );
        } else {
          info.dateUnreadable = { sheet, address };
          findings.push(
            finding(
              "error",
              "unreadable-date",
              `Ô ${sheet}!${address}: không đọc được ngày của kế hoạch: ${date.reason}. Định mức phụ thuộc vào ngày này; sửa ô rồi chạy lại.`,
              `Cell ${sheet}!${address}: the plan's date cannot be read: ${date.reasonEn}. The norms depend on it; correct the cell and run again.`,
              { sheet, address },
            ),
          );
        }
        break;
      }
      case "level": {
        const level = LEVELS[foldText(text)];
        if (level) info.level = level;
        else
          findings.push(
            finding(
              "warning",
              "unreadable-level",
              `Ô ${sheet}!${address}: cấp tổ chức "${text}" phải là tỉnh, huyện hoặc xã`,
              `Cell ${sheet}!${address}: the organising level "${text}" must be tỉnh, huyện or xã`,
              { sheet, address },
            ),
          );
        break;
      }
      case "statedTotal": {
        const r = readNumberCell(value, sheet, address, "Tổng kinh phí", "Total");
        if (r.finding) findings.push(r.finding);
        const scale = headerMoneyScale(label);
        if (r.value) {
          info.statedTotal = scale ? r.value.times(scale) : r.value;
          statedTotals.push({ amount: info.statedTotal, cell: { sheet, address } });
        }
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

/** The date line of an official document, "Trà Vinh, ngày 19 tháng 3 năm 2020", in any cell of the block. */
function dateLine(sheet: SheetSnapshot, last: number): IsoDate | undefined {
  for (let row = sheet.top; row <= last; row++) {
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const text = cellText(cellAt(sheet, row, col));
      if (!/ngay/.test(foldText(text)) || !isDateText(text)) continue;
      const date = parseDate(text);
      if (date.ok) return date.date;
    }
  }
  return undefined;
}

/** A draft's date, "ngày    tháng    năm 2023" or "…/…/2023": a year with the day or month left blank. */
function isDraftDate(text: string): boolean {
  const t = foldText(text).replace(/[.…_]+/g, " ");
  return /^(ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*\d{4}|\s*\/?\s*\/?\s*\d{4})$/.test(t.trim()) && !isDateText(text);
}

/** A Ngày cell: a date cell, Excel's day number (43909 = 19/03/2020), or text the date parser reads. */
function readDateCell(value: Cell) {
  if (value.type === "date") return parseDate(value.value.slice(0, 10));
  if (value.type === "number") {
    const date = dateFromSerial(Number(value.value));
    return date ? { ok: true as const, date } : parseDate(value.value);
  }
  return parseDate(cellText(value).trim());
}

function formulaNotCalculated(sheet: string, address: string, formula: string, [label, labelEn]: [string, string]): Finding {
  return finding(
    "error",
    "formula-not-calculated",
    `Ô ${sheet}!${address} (${label}) có công thức ${formula} nhưng không có giá trị đã tính (tệp được lưu bởi chương trình không tính công thức); mở tệp bằng Excel, lưu lại rồi chạy lại`,
    `Cell ${sheet}!${address} (${labelEn}) holds the formula ${formula} but no calculated value (the file was saved by a program that does not calculate); open it in Excel, save it and run again`,
    { sheet, address },
  );
}

/** Edit distance, for telling a misspelled header from an unrelated one. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The header a text is a misspelling of: one letter off for short names, two for long ones; never for names under 5 letters. */
function misspeltHeader(text: string): { field: ActivityField; name: string } | undefined {
  const folded = foldHeader(text);
  if (folded.length < 5 || matchPlanHeader(text)) return undefined;
  for (const [field, names] of Object.entries(PLAN_HEADERS) as [ActivityField, string[]][]) {
    const name = names.find((n) => n.length >= 5 && distance(folded, n) <= (n.length >= 8 ? 2 : 1));
    if (name) return { field, name };
  }
  return undefined;
}

const FIELD_HEADER: Partial<Record<ActivityField, string>> = {
  name: "Nội dung",
  kind: "Loại",
  unit: "Đơn vị tính",
  quantity: "Số lượng",
  participants: "Số người",
  days: "Số ngày",
  unitCost: "Đơn giá",
  timing: "Thời gian",
  statedAmount: "Kinh phí kế hoạch",
  estimate: "Dự toán",
  basis: "Căn cứ",
};

function misspelledHeaders(sheet: SheetSnapshot, row: number, columns: Partial<Record<ActivityField, number>>): Finding[] {
  const out: Finding[] = [];
  for (let col = sheet.left; col <= rightColumn(sheet); col++) {
    const text = cellText(cellAt(sheet, row, col)).trim();
    const near = text ? misspeltHeader(text) : undefined;
    if (!near || columns[near.field] !== undefined) continue;
    const header = FIELD_HEADER[near.field] ?? near.name;
    out.push(
      finding(
        "warning",
        "header-not-recognised",
        `Ô ${sheet.name}!${a1(row, col)}: tiêu đề "${text}" không nhận ra; có phải là "${header}"? Sửa tiêu đề để cột này được đọc`,
        `Cell ${sheet.name}!${a1(row, col)}: the header "${text}" is not recognised; is it "${header}"? Correct it so the column is read`,
        { sheet: sheet.name, address: a1(row, col) },
      ),
    );
  }
  return out;
}

/** The row that looks most like a header when none qualifies: two or more recognised or misspelled headers. */
function headerCandidate(sheet: SheetSnapshot): { range: string; misspelled: Finding[] } | undefined {
  let best: { row: number; count: number; first: number; last: number } | undefined;
  const last = Math.min(bottomRow(sheet), sheet.top + HEADER_SCAN_ROWS);
  for (let row = sheet.top; row <= last; row++) {
    let count = 0,
      first = 0,
      lastCol = 0;
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const text = cellText(cellAt(sheet, row, col)).trim();
      if (!text) continue;
      first ||= col;
      lastCol = col;
      if (matchPlanHeader(text) || misspeltHeader(text)) count++;
    }
    if (count >= 2 && (!best || count > best.count)) best = { row, count, first, last: lastCol };
  }
  if (!best) return undefined;
  const columns: Partial<Record<ActivityField, number>> = {};
  for (let col = sheet.left; col <= rightColumn(sheet); col++) {
    const field = matchPlanHeader(cellText(cellAt(sheet, best.row, col)));
    if (field && columns[field] === undefined) columns[field] = col;
  }
  return { range: `${a1(best.row, best.first)}:${a1(best.row, best.last)}`, misspelled: misspelledHeaders(sheet, best.row, columns) };
}

const INPUT_FIELDS: readonly ActivityField[] = [
  "kind",
  "unit",
  "quantity",
  "participants",
  "guests",
  "days",
  "unitCost",
  "timing",
  "statedAmount",
];

/**
 * A merged area over several activity rows of an input column: Excel keeps the
 * value in its first cell only, so the other rows read as empty. Said once per area.
 */
function mergedAcrossActivities(sheet: SheetSnapshot, table: PlanTable, activities: readonly Activity[]): Finding[] {
  const rows = new Set(activities.map((a) => a.row));
  const inputCols = new Set(INPUT_FIELDS.map((f) => table.columns[f]).filter((c): c is number => c !== undefined));
  const out: Finding[] = [];
  for (const range of sheet.merges) {
    const box = parseRange(range);
    if (box.bottom === box.top || box.top < table.firstRow) continue;
    let covered = 0;
    for (let r = box.top; r <= box.bottom; r++) if (rows.has(r)) covered++;
    let input = false;
    for (let c = box.left; c <= box.right; c++) if (inputCols.has(c)) input = true;
    if (covered < 2 || !input) continue;
    out.push(
      finding(
        "warning",
        "merged-cells",
        `Vùng gộp ${sheet.name}!${range} trải trên ${covered} dòng hoạt động: giá trị chỉ thuộc dòng ${box.top}, các dòng khác coi như để trống. Bỏ gộp và điền từng dòng`,
        `The merged area ${sheet.name}!${range} spans ${covered} activity rows: its value belongs to row ${box.top} only, the other rows read as empty. Unmerge it and fill each row`,
        { sheet: sheet.name, range },
      ),
    );
  }
  return out;
}
