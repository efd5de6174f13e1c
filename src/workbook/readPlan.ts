import type Decimal from "decimal.js";
import type { Activity, ActivityField, CellRef, EventLevel, Group, Plan, PlanInfo } from "../core/plan/plan";
import { guessKind, parseKind } from "../core/plan/kinds";
import { formatPeriod, parseYears, periodInText } from "../core/plan/years";
import { finding, type Finding } from "../core/findings/finding";
import { foldText } from "../core/text/fold";
import { formatVnd, money } from "../core/money/money";
import { dateFromSerial, isDateText, parseDate, type IsoDate } from "../core/dates/isoDate";
import type { StatedTotal } from "../core/checks/input";
import { a1, parseRange } from "./address";
import { cellText, isEmptyCell, type Cell } from "./cells";
import { bottomRow, cellAt, formulaAt, rightColumn, type BookSnapshot, type SheetSnapshot } from "./port";
import {
  PLAN_HEADERS,
  SHEETS,
  findSheet,
  findSheets,
  foldHeader,
  headerMoneyScale,
  matchInfoLabel,
  matchPlanHeader,
  type InfoField,
} from "./layout";
import { readNumberCell } from "./readCell";
import { MAX_TEXT } from "./writeRules";

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

/**
 * The longest text read from the plan that the add-in copies as it is: an Excel
 * cell holds 32.767 characters (32.766 once the Office adapter's apostrophe is
 * counted), and the add-in writes some text around a name ("Tên (Hội nghị)",
 * "Dòng 12 (Tên): …"). Longer text is cut, with a finding.
 */
export const PLAN_TEXT_LIMIT = MAX_TEXT - 1 - 200;

/** The first PLAN_TEXT_LIMIT characters, never half of a surrogate pair. */
function cutText(text: string): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(PLAN_TEXT_LIMIT - 1)) ? PLAN_TEXT_LIMIT - 1 : PLAN_TEXT_LIMIT;
  return text.slice(0, end);
}

/**
 * Cells the adapter left out because they lie far from the rest of the sheet
 * (SheetSnapshot.notRead, a stray value at XFD1048576): said at the first of them,
 * never dropped in silence.
 */
function notReadFindings(sheet: SheetSnapshot): Finding[] {
  const n = sheet.notRead;
  if (!n || n.count === 0) return [];
  const list = n.addresses.join(", ") + (n.count > n.addresses.length ? ", …" : "");
  const count = formatVnd(money(n.count));
  return [
    finding(
      "warning",
      "cells-not-read",
      `Sheet "${sheet.name}": ${count} ô có dữ liệu nằm quá xa phần còn lại của sheet (${list}) nên không được đọc. Nếu đó là dữ liệu của kế hoạch, hãy chuyển vào bảng; nếu không, hãy xoá.`,
      `Sheet "${sheet.name}": ${n.count} cell(s) holding data lie too far from the rest of the sheet (${list}) and were not read. If they belong to the plan, move them into the table; if not, delete them.`,
      { sheet: sheet.name, address: n.addresses[0] },
    ),
  ];
}

/** A text quoted in a finding's message: its start, when it is long (a message is read, and may become a cell's note). */
function shown(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function textTooLong(sheet: string, address: string, label: string, length: number): Finding {
  const n = formatVnd(money(length));
  const limit = formatVnd(money(PLAN_TEXT_LIMIT));
  return finding(
    "warning",
    "text-too-long",
    `Ô ${sheet}!${address} (${label}) dài ${n} ký tự; một ô Excel chỉ chứa 32.767 ký tự, nên add-in chỉ dùng ${limit} ký tự đầu (trong dự toán và các sheet nó ghi). Ô này không bị thay đổi; hãy rút gọn nó.`,
    `Cell ${sheet}!${address} (${label}) is ${length} characters long; an Excel cell holds 32,767, so the add-in uses its first ${PLAN_TEXT_LIMIT} characters (in the estimate and the sheets it writes). The cell itself is not changed; shorten it.`,
    { sheet, address },
  );
}
const TOTAL_WORDS = ["tong cong", "tong so", "cong", "tong", "tong kinh phi", "tong cong kinh phi"];

/** Reads the Kế hoạch sheet (and the Thông tin block) into a Plan. Never throws on bad input. */
export function readPlan(book: BookSnapshot): PlanReading {
  const findings: Finding[] = [];
  const { sheet: planSheet, choice } = choosePlanSheet(book);
  if (choice) findings.push(choice);
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
  findings.push(...notReadFindings(planSheet));
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

/**
 * The plan among the sheets whose name may be it ("Kế hoạch", "KH", "Plan"): the
 * one with the plan table's header row, the closest name first (findSheets). When
 * there is more than one candidate, the choice is said, with its reason: info when
 * only the chosen sheet has the headers, a warning when several have (or none has).
 */
function choosePlanSheet(book: BookSnapshot): { sheet?: SheetSnapshot; choice?: Finding } {
  const candidates = findSheets(
    book.sheets.map((s) => s.name),
    "plan",
  )
    .map((name) => book.read.get(name))
    .filter((s): s is SheetSnapshot => s !== undefined);
  if (candidates.length <= 1) return { sheet: candidates[0] };
  const withHeaders = candidates.filter((s) => findHeaderRow(s) !== undefined);
  const sheet = withHeaders[0] ?? candidates[0];
  const names = candidates.map((s) => `"${s.name}"`).join(", ");
  const others = candidates
    .filter((s) => s !== sheet)
    .map((s) => `"${s.name}"`)
    .join(", ");
  const [why, whyEn] =
    withHeaders.length === 1
      ? [
          "chỉ sheet này có hàng tiêu đề của bảng kế hoạch (Nội dung, Số lượng…)",
          "it alone has the plan table's header row (Nội dung, Số lượng…)",
        ]
      : withHeaders.length > 1
        ? [
            `cả ${withHeaders.length} sheet đều có hàng tiêu đề của bảng kế hoạch, và tên "${sheet.name}" gần với "${SHEETS.plan}" nhất (hoặc sheet đứng trước)`,
            `all ${withHeaders.length} have the plan table's header row, and "${sheet.name}" is the name closest to "${SHEETS.plan}" (or the sheet that comes first)`,
          ]
        : [
            `không sheet nào có hàng tiêu đề của bảng kế hoạch, và tên "${sheet.name}" gần với "${SHEETS.plan}" nhất`,
            `none has the plan table's header row, and "${sheet.name}" is the name closest to "${SHEETS.plan}"`,
          ];
  const choice = finding(
    withHeaders.length === 1 ? "info" : "warning",
    "plan-sheet-chosen",
    `Có ${candidates.length} sheet có thể là kế hoạch (${names}); add-in đọc sheet "${sheet.name}" vì ${why}. Sheet còn lại (${others}) không được đọc; nếu kế hoạch nằm ở đó, hãy đổi tên các sheet cho rõ.`,
    `${candidates.length} sheets may be the plan (${names}); the add-in reads "${sheet.name}" because ${whyEn}. The others (${others}) are not read; if the plan is there, rename the sheets to make it clear.`,
    { sheet: sheet.name },
  );
  return { sheet, choice };
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
  // Năm: the years of a multi-year plan's row; outside the plan's period, or not years, is said.
  const yearsOf = (row: number): number[] | undefined => {
    const cell = get(row, "year");
    if (isEmptyCell(cell)) return undefined;
    const text = cellText(cell).trim();
    const years = parseYears(text);
    const where = refOf(row, "year")!;
    const period = info.period;
    if (years && (!period || years.every((y) => y >= period.from && y <= period.to))) return years;
    findings.push(
      years
        ? finding(
            "warning",
            "year-outside-period",
            `Ô ${sheet.name}!${where.address}: năm ${text} nằm ngoài giai đoạn ${formatPeriod(period!)} của kế hoạch`,
            `Cell ${sheet.name}!${where.address}: the year ${text} is outside the plan's period ${formatPeriod(period!)}`,
            where,
          )
        : finding(
            "error",
            "unreadable-year",
            `Ô ${sheet.name}!${where.address}: không đọc được năm "${text}"; ghi như 2018, 2016-2020 hoặc 2017, 2019`,
            `Cell ${sheet.name}!${where.address}: the year "${text}" cannot be read; write it like 2018, 2016-2020 or 2017, 2019`,
            where,
          ),
    );
    return years;
  };
  // Text the add-in copies into the cells it writes (Nội dung into the attachment and the breakdown): cut to what a cell holds.
  const textOf = (row: number, field: ActivityField): string => {
    const value = cellText(get(row, field)).trim();
    if (value.length <= PLAN_TEXT_LIMIT) return value;
    findings.push(textTooLong(sheet.name, refOf(row, field)!.address, FIELD_HEADER[field] ?? "STT", value.length));
    return cutText(value);
  };
  const hidden = new Set(sheet.hiddenRows);
  const isParameterRow = (row: number) =>
    (["kind", "unit", "quantity", "participants", "guests", "days", "unitCost"] as ActivityField[]).some((f) => !isEmptyCell(get(row, f)));

  const open: number[] = []; // stack of group indexes, shallowest first
  let belowTotal = false;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const name = textOf(row, "name");
    const stt = textOf(row, "stt");
    // "Tổng cộng" in the STT column (often merged over STT and Nội dung) is the total row all the same.
    const isTotal = isTotalLabel(name || stt);
    if (!name && !isTotal) {
      const unnamed = unnamedRowFinding(sheet, table, row, get);
      if (unnamed) findings.push(unnamed);
      continue;
    }
    if (isTotal) {
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
            `Dòng ${row}: nhóm "${stt}. ${shown(name)}" không có hoạt động nào bên dưới`,
            `Row ${row}: the group "${stt}. ${shown(name)}" has no activity under it`,
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
          `Dòng ${row} ("${shown(name)}") đang bị ẩn nhưng vẫn được tính vào dự toán; bỏ ẩn để kiểm tra, hoặc xoá dòng nếu không thực hiện`,
          `Row ${row} ("${shown(name)}") is hidden but still counts in the estimate; unhide it to check it, or delete the row if it is not carried out`,
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
          `Ô ${sheet.name}!${refOf(row, "kind")!.address}: loại hoạt động "${shown(kindText)}" không nhận ra; đoán theo nội dung`,
          `Cell ${sheet.name}!${refOf(row, "kind")!.address}: activity kind "${shown(kindText)}" not recognised; guessed from the description`,
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
          `Dòng ${row}: không nhận ra loại hoạt động của "${shown(name)}"; xếp vào loại Khác. Điền cột Loại.`,
          `Row ${row}: the kind of "${shown(name)}" was not recognised; it counts as Other. Fill the Loại column.`,
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
      unit: textOf(row, "unit") || undefined,
      quantity: num(row, "quantity"),
      participants: num(row, "participants"),
      guests: num(row, "guests"),
      days: num(row, "days"),
      unitCost: num(row, "unitCost"),
      timing: textOf(row, "timing") || undefined,
      years: yearsOf(row),
      statedAmount: num(row, "statedAmount"),
      locked: isLocked(get(row, "lock")),
      quarterAmounts: (["q1", "q2", "q3", "q4"] as const).map((q) => num(row, q)),
      groupIndex: parentIndex,
      cells: cellsOf(row),
    });
  }
  return { activities, groups };
}

const isTotalLabel = (text: string): boolean => text !== "" && TOTAL_WORDS.includes(foldText(text).replace(/[:.]+$/, ""));

/** The columns whose figures make a row count: quantities and money. */
const FIGURE_FIELDS: readonly ActivityField[] = [
  "quantity",
  "participants",
  "guests",
  "days",
  "unitCost",
  "statedAmount",
  "q1",
  "q2",
  "q3",
  "q4",
];

/**
 * A row with quantities or money but an empty Nội dung is not an activity the
 * add-in can name, so it is left out of the estimate: said at its Nội dung cell,
 * with the figures it holds, never dropped in silence.
 */
function unnamedRowFinding(
  sheet: SheetSnapshot,
  table: PlanTable,
  row: number,
  get: (row: number, f: ActivityField) => Cell,
): Finding | undefined {
  const figures: string[] = [];
  const figuresEn: string[] = [];
  const amounts: Record<string, string> = {};
  for (const field of FIGURE_FIELDS) {
    const cell = get(row, field);
    if (isEmptyCell(cell) || (cell.type === "text" && /^[-–—]$/.test(cell.value.trim()))) continue;
    const [label, labelEn] = NUMERIC_FIELDS[field]!;
    const shown = cell.type === "number" ? formatVnd(money(cell.value)) : cellText(cell).trim();
    figures.push(`${label} ${shown}`);
    figuresEn.push(`${labelEn} ${shown}`);
    if (cell.type === "number" && MONEY_FIELDS.includes(field))
      amounts[field] = money(cell.value)
        .times(table.scales[field] ?? 1)
        .toFixed();
  }
  if (!figures.length) return undefined;
  const address = a1(row, table.columns.name!);
  return finding(
    "error",
    "row-without-name",
    `Ô ${sheet.name}!${address}: dòng ${row} có số liệu (${figures.join("; ")}) nhưng Nội dung để trống, nên không được tính vào dự toán. Điền Nội dung, hoặc xoá số liệu nếu dòng này không phải là hoạt động.`,
    `Cell ${sheet.name}!${address}: row ${row} holds figures (${figuresEn.join("; ")}) but its Nội dung is empty, so it is left out of the estimate. Fill in Nội dung, or clear the figures if the row is not an activity.`,
    { sheet: sheet.name, address },
    Object.keys(amounts).length ? amounts : undefined,
  );
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
  if (infoSheet && infoSheet !== planSheet) findings.push(...notReadFindings(infoSheet));
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
              `Ô ${sheet}!${address}: ngày của kế hoạch chưa đầy đủ ("${shown(text)}", bản dự thảo): bản in để trống ngày.`,
              `Cell ${sheet}!${address}: the plan's date is incomplete ("${shown(text)}", a draft): the printout leaves the date blank.`,
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
              `Ô ${sheet}!${address}: cấp tổ chức "${shown(text)}" phải là tỉnh, huyện hoặc xã`,
              `Cell ${sheet}!${address}: the organising level "${shown(text)}" must be tỉnh, huyện or xã`,
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
      case "period": {
        const years = parseYears(text);
        if (years && years.length > 1) info.period = { from: years[0], to: years[years.length - 1] };
        else
          findings.push(
            finding(
              "warning",
              "unreadable-period",
              `Ô ${sheet}!${address}: giai đoạn "${text}" phải ghi như 2016 - 2020`,
              `Cell ${sheet}!${address}: the period "${text}" must read like 2016 - 2020`,
              { sheet, address },
            ),
          );
        break;
      }
      default:
        // Printed on the attachment's letterhead, with words around it: cut to what a cell holds.
        if (text.length > PLAN_TEXT_LIMIT) findings.push(textTooLong(sheet, address, label.trim() || field, text.length));
        info[field] = text.length > PLAN_TEXT_LIMIT ? cutText(text) : text;
    }
  }
  // A Giai đoạn on Thông tin wins; else the one the title names ("… giai đoạn 2016 - 2020").
  info.period ??= periodInText(info.title);
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
