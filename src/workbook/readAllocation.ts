import type Decimal from "decimal.js";
import type { ActualRow, Actuals, Allocation } from "../core/checks/input";
import { finding, type Finding } from "../core/findings/finding";
import { sum } from "../core/money/money";
import type { CellRef, Plan } from "../core/plan/plan";
import { foldText } from "../core/text/fold";
import { a1, parseRange } from "./address";
import { cellText, isEmptyCell } from "./cells";
import { SHEETS, findSheet, foldHeader, matchPlanHeader } from "./layout";
import { bottomRow, cellAt, rightColumn, type BookSnapshot, type SheetSnapshot } from "./port";
import { readNumberCell } from "./readCell";

/*
 * The Phân bổ sheet (allocation and actuals), as the add-in reads it:
 *
 *   PHÂN BỔ KINH PHÍ NĂM 2020                      (any title rows)
 *   Nội dung           | Cả năm   | Quý I | Quý II | Quý III | Quý IV      <- allocation header
 *   Kinh phí được giao | 87000000 |       |        |         |             <- Cả năm and/or the quarters
 *
 *   THỰC HIỆN (GIẢI NGÂN)                          <- a title starting "Thực hiện" or "Giải ngân"
 *   STT | Nội dung | Dòng KH | Quý I | Quý II | Quý III | Quý IV           <- actuals header
 *   a   | Tổ chức 02 cuộc Hội nghị ... | 3 | 0 | 12000000 | ...          <- one row per activity
 *
 * Headers are matched without case or diacritics. An actuals row is tied to its
 * activity by Dòng KH (the Kế hoạch row number) when given, else by Nội dung (the
 * activity's name), else by a STT no other activity shares. When the sheet has no
 * allocation table, a "Kinh phí được giao | amount" line on Phân bổ or Thông tin is
 * read; the user may also name the cell (options.cell, "Thông tin!B9").
 */

export interface AllocationReading {
  allocation?: Allocation;
  actuals?: Actuals;
  findings: Finding[];
}

export interface AllocationOptions {
  /** A cell holding the allocation, "Sheet!B4" (the sheet must have been read). */
  cell?: string;
}

const YEAR_HEADERS = ["ca nam", "nam", "tong", "tong so", "tong cong", "ke hoach nam", "kinh phi ca nam"];
const NAME_HEADERS = ["noi dung", "hoat dong", "ten hoat dong", "noi dung hoat dong", "nhiem vu", "noi dung chi", "chi tieu", "khoan muc"];
const STT_HEADERS = ["stt", "tt", "so tt"];
const PLAN_ROW_HEADERS = ["dong kh", "dong ke hoach", "dong", "dong kh so"];
const ACTUALS_TITLE = /^(thuc hien|giai ngan|kinh phi thuc hien|so da chi|da chi)\b/;
const ALLOCATION_LABEL = /^(tong )?(kinh phi|du toan|nguon)( duoc)? (giao|phan bo)|^phan bo\b|^duoc giao\b/;
const TOTAL_ROW = /^(tong cong|tong so|cong|tong)$/;

const QUARTER_FIELDS = ["q1", "q2", "q3", "q4"] as const;

interface HeaderRow {
  row: number;
  name?: number;
  stt?: number;
  planRow?: number;
  year?: number;
  quarters: (number | undefined)[];
}

export function readAllocation(book: BookSnapshot, plan: Plan, options: AllocationOptions = {}): AllocationReading {
  const findings: Finding[] = [];
  const names = book.sheets.map((s) => s.name);
  const sheetName = findSheet(names, "allocation");
  const sheet = sheetName ? book.read.get(sheetName) : undefined;
  const titleRow = sheet ? findActualsTitle(sheet) : undefined;

  let allocation: Allocation | undefined;
  if (options.cell) allocation = namedCell(book, options.cell, findings);
  if (!allocation && !options.cell && sheet) allocation = allocationTable(sheet, titleRow ?? bottomRow(sheet) + 1, findings);
  // The labelled line is the fallback for a sheet without an allocation table (a table that could not be read was said already).
  if (!allocation && !options.cell && findings.length === 0) {
    for (const s of [sheet, book.read.get(findSheet(names, "info") ?? "")]) {
      if (s && !allocation) allocation = labelledLine(s, titleRow, findings);
    }
  }
  if (!allocation && !findings.some((f) => f.severity === "error")) {
    findings.push(
      finding(
        "info",
        "no-allocation",
        `Chưa có kinh phí được giao (sheet "${SHEETS.allocation}", dòng "Kinh phí được giao"): không so sánh được tổng kinh phí với phân bổ`,
        `No allocation found (sheet "${SHEETS.allocation}", a "Kinh phí được giao" line): the total is not compared with an allocation`,
        sheet ? { sheet: sheet.name, range: "A1" } : undefined,
      ),
    );
  }
  const actuals = sheet && titleRow !== undefined ? actualsTable(sheet, titleRow, plan, findings) : undefined;
  return { allocation, actuals, findings };
}

function findActualsTitle(sheet: SheetSnapshot): number | undefined {
  for (let row = sheet.top; row <= bottomRow(sheet); row++) {
    const first = firstText(sheet, row);
    if (first && ACTUALS_TITLE.test(foldText(first))) return row;
  }
  return undefined;
}

function firstText(sheet: SheetSnapshot, row: number): string | undefined {
  for (let col = sheet.left; col <= rightColumn(sheet); col++) {
    const t = cellText(cellAt(sheet, row, col)).trim();
    if (t) return t;
  }
  return undefined;
}

function readHeader(sheet: SheetSnapshot, row: number): HeaderRow {
  const h: HeaderRow = { row, quarters: [undefined, undefined, undefined, undefined] };
  for (let col = sheet.left; col <= rightColumn(sheet); col++) {
    const folded = foldHeader(cellText(cellAt(sheet, row, col)));
    if (!folded) continue;
    const field = matchPlanHeader(folded);
    const q = QUARTER_FIELDS.findIndex((f) => f === field);
    if (q >= 0 && h.quarters[q] === undefined) h.quarters[q] = col;
    else if (YEAR_HEADERS.includes(folded) && h.year === undefined) h.year = col;
    else if (NAME_HEADERS.includes(folded) && h.name === undefined) h.name = col;
    else if (STT_HEADERS.includes(folded) && h.stt === undefined) h.stt = col;
    else if (PLAN_ROW_HEADERS.includes(folded) && h.planRow === undefined) h.planRow = col;
  }
  return h;
}

const hasQuarters = (h: HeaderRow) => h.quarters.some((c) => c !== undefined);
const ref = (sheet: SheetSnapshot, row: number, col: number): CellRef => ({ sheet: sheet.name, address: a1(row, col) });

function num(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  label: string,
  labelEn: string,
  findings: Finding[],
): Decimal | undefined {
  if (col === undefined) return undefined;
  const r = readNumberCell(cellAt(sheet, row, col), sheet.name, a1(row, col), label, labelEn);
  if (r.finding) findings.push(r.finding);
  return r.value;
}

/** The allocation table: a header with Cả năm and/or Quý I..IV above the actuals, and its Kinh phí được giao row. */
function allocationTable(sheet: SheetSnapshot, before: number, findings: Finding[]): Allocation | undefined {
  for (let row = sheet.top; row < before; row++) {
    const h = readHeader(sheet, row);
    if (h.year === undefined && !hasQuarters(h)) continue;
    const labelCol = h.name ?? sheet.left;
    let chosen: number | undefined;
    for (let r = row + 1; r < before; r++) {
      const label = foldText(cellText(cellAt(sheet, r, labelCol)));
      const anyNumber = [h.year, ...h.quarters].some((c) => c !== undefined && !isEmptyCell(cellAt(sheet, r, c)));
      if (ALLOCATION_LABEL.test(label) && anyNumber) {
        chosen = r;
        break;
      }
      if (chosen === undefined && anyNumber) chosen = r;
    }
    if (chosen === undefined) return undefined;
    const count = findings.length;
    const total = num(sheet, chosen, h.year, "Kinh phí được giao cả năm", "Allocation for the year", findings);
    const quarters = h.quarters.map((c, i) =>
      num(sheet, chosen, c, `Kinh phí được giao Quý ${["I", "II", "III", "IV"][i]}`, `Allocation Q${i + 1}`, findings),
    );
    if (findings.length > count && total === undefined) return undefined;
    const quarterCells = h.quarters.map((c) => (c === undefined ? undefined : ref(sheet, chosen, c)));
    const given = quarters.filter((q): q is Decimal => q !== undefined);
    if (total !== undefined) {
      return {
        total,
        totalCell: ref(sheet, chosen, h.year!),
        totalStated: true,
        quarters: given.length ? quarters : undefined,
        quarterCells,
      };
    }
    if (given.length === 0) return undefined;
    const first = quarterCells.find((c) => c !== undefined)!;
    return { total: sum(given), totalCell: first, totalStated: false, quarters, quarterCells };
  }
  return undefined;
}

/** A "Kinh phí được giao | 87.000.000" line (label, then the amount in the next cell). */
function labelledLine(sheet: SheetSnapshot, before: number | undefined, findings: Finding[]): Allocation | undefined {
  const last = before === undefined ? bottomRow(sheet) : before - 1;
  for (let row = sheet.top; row <= last; row++) {
    for (let col = sheet.left; col < rightColumn(sheet); col++) {
      if (!ALLOCATION_LABEL.test(foldHeader(cellText(cellAt(sheet, row, col))))) continue;
      const value = num(sheet, row, col + 1, "Kinh phí được giao", "Allocation", findings);
      if (value !== undefined) return { total: value, totalCell: ref(sheet, row, col + 1), totalStated: true, quarterCells: [] };
    }
  }
  return undefined;
}

/** The cell the user named ("Thông tin!B9", "'Phân bổ'!C4"). */
function namedCell(book: BookSnapshot, text: string, findings: Finding[]): Allocation | undefined {
  const bang = text.lastIndexOf("!");
  const sheetPart =
    bang > 0
      ? text
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'")
      : SHEETS.allocation;
  const sheet = book.read.get(sheetPart) ?? [...book.read.values()].find((s) => foldText(s.name) === foldText(sheetPart));
  let box: ReturnType<typeof parseRange> | undefined;
  try {
    box = parseRange(bang > 0 ? text.slice(bang + 1) : text);
  } catch {
    box = undefined;
  }
  if (!sheet || !box) {
    findings.push(
      finding(
        "error",
        "allocation-cell-missing",
        `Không đọc được ô kinh phí được giao "${text}" (ghi dạng Sheet!B4, sheet phải có trong sổ)`,
        `Cannot read the allocation cell "${text}" (write Sheet!B4; the sheet must exist)`,
      ),
    );
    return undefined;
  }
  const value = num(sheet, box.top, box.left, "Kinh phí được giao", "Allocation", findings);
  if (value === undefined) {
    if (!findings.some((f) => f.range === a1(box.top, box.left) && f.sheet === sheet.name)) {
      findings.push(
        finding(
          "error",
          "allocation-cell-empty",
          `Ô ${sheet.name}!${a1(box.top, box.left)} (kinh phí được giao) để trống`,
          `Cell ${sheet.name}!${a1(box.top, box.left)} (the allocation) is empty`,
          { sheet: sheet.name, address: a1(box.top, box.left) },
        ),
      );
    }
    return undefined;
  }
  return { total: value, totalCell: ref(sheet, box.top, box.left), totalStated: true, quarterCells: [] };
}

/** The Thực hiện table below its title: one row per activity, tied to the plan. */
function actualsTable(sheet: SheetSnapshot, titleRow: number, plan: Plan, findings: Finding[]): Actuals | undefined {
  let header: HeaderRow | undefined;
  for (let row = titleRow; row <= Math.min(bottomRow(sheet), titleRow + 3) && !header; row++) {
    const h = readHeader(sheet, row);
    if (h.name !== undefined && h.quarters.every((c) => c !== undefined)) header = h;
  }
  if (!header) {
    findings.push(
      finding(
        "warning",
        "actuals-header-missing",
        `Sheet "${sheet.name}": dưới dòng "${firstText(sheet, titleRow)}" không thấy hàng tiêu đề có "Nội dung" và "Quý I".."Quý IV"; phần thực hiện không được đọc`,
        `Sheet "${sheet.name}": below "${firstText(sheet, titleRow)}" there is no header row with "Nội dung" and "Quý I".."Quý IV"; actuals are not read`,
        { sheet: sheet.name, address: a1(titleRow, sheet.left) },
      ),
    );
    return undefined;
  }
  const h = header;
  const nameCol = h.name!;
  const quarterCols = h.quarters as number[];
  const headerCells = quarterCols.map((c) => ref(sheet, h.row, c));
  const rows: ActualRow[] = [];
  const tied = new Set<number>();
  for (let row = h.row + 1; row <= bottomRow(sheet); row++) {
    const name = cellText(cellAt(sheet, row, nameCol)).trim();
    if (!name && quarterCols.every((c) => isEmptyCell(cellAt(sheet, row, c)))) continue;
    if (TOTAL_ROW.test(foldText(name).replace(/[:.]+$/, ""))) continue;
    const activityRow = tie(sheet, row, h, name, plan);
    const nameCell = ref(sheet, row, nameCol);
    if (activityRow === undefined) {
      findings.push(
        finding(
          "warning",
          "actual-row-unmatched",
          `Ô ${sheet.name}!${nameCell.address}: dòng thực hiện "${name}" không khớp hoạt động nào của kế hoạch (ghi đúng Nội dung, hoặc điền cột Dòng KH)`,
          `Cell ${sheet.name}!${nameCell.address}: the actuals row "${name}" matches no activity of the plan (copy its Nội dung, or fill the Dòng KH column)`,
          nameCell,
        ),
      );
      continue;
    }
    if (tied.has(activityRow)) {
      findings.push(
        finding(
          "warning",
          "actual-row-duplicate",
          `Ô ${sheet.name}!${nameCell.address}: hoạt động dòng ${activityRow} đã có một dòng thực hiện phía trên; dòng này không được tính`,
          `Cell ${sheet.name}!${nameCell.address}: the activity of row ${activityRow} already has an actuals row above; this one is not counted`,
          nameCell,
        ),
      );
      continue;
    }
    tied.add(activityRow);
    rows.push({
      activityRow,
      quarters: quarterCols.map((c, i) => num(sheet, row, c, `Thực hiện Quý ${["I", "II", "III", "IV"][i]}`, `Actual Q${i + 1}`, findings)),
      cells: quarterCols.map((c) => ref(sheet, row, c)),
      nameCell,
    });
  }
  return { rows, headerCells, recorded: rows.some((r) => r.quarters.some((q) => q !== undefined)) };
}

/** The plan row an actuals row speaks of: by Dòng KH, by Nội dung, or by a STT no other activity shares. */
function tie(sheet: SheetSnapshot, row: number, h: HeaderRow, name: string, plan: Plan): number | undefined {
  if (h.planRow !== undefined) {
    const cell = cellAt(sheet, row, h.planRow);
    const n = cell.type === "number" ? Number(cell.value) : Number(cellText(cell).trim());
    if (Number.isInteger(n) && plan.activities.some((a) => a.row === n)) return n;
  }
  const folded = foldText(name);
  const byName = plan.activities.filter((a) => foldText(a.name) === folded);
  if (byName.length === 1) return byName[0].row;
  if (h.stt !== undefined) {
    const stt = foldText(cellText(cellAt(sheet, row, h.stt))).replace(/[.)]+$/, "");
    const bySTT = stt ? plan.activities.filter((a) => foldText(a.stt).replace(/[.)]+$/, "") === stt) : [];
    if (bySTT.length === 1) return bySTT[0].row;
  }
  return undefined;
}
