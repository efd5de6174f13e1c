import type Decimal from "decimal.js";
import { runChecks, DEFAULT_Q4_THRESHOLD_PERCENT, type Actuals, type Allocation } from "../../core/checks";
import { groupMembers, type Estimate } from "../../core/estimate/estimate";
import { finding, type Finding } from "../../core/findings/finding";
import { money, sum } from "../../core/money/money";
import { today, type IsoDate } from "../../core/dates/isoDate";
import { planQuarters, type QuarterPlan } from "../../core/phasing/quarterPlan";
import type { Activity, CellRef, Plan } from "../../core/plan/plan";
import { a1, columnLetter } from "../address";
import { num, text, type CellWrite } from "../cells";
import { SHEETS, WRITTEN_PLAN_COLUMNS } from "../layout";
import { markWrites, noMarks, type MarksState, type PhaseRecord } from "../marks";
import { cellAt, type BookSnapshot, type SheetInfo, type SheetSnapshot, type WorkbookPort, type WriteOp } from "../port";
import { SCALED_OUTPUT_COLUMN, type PlanReading, type PlanTable } from "../readPlan";
import { MONEY_FORMAT, writtenColumns } from "../writeEstimate";
import { runCommand, type RunOptions } from "./run";
import { allocationSheets, prepareEstimate, type PrepareOptions } from "./prepare";
import { pickSheets } from "./sheets";
import { attachmentSheetName } from "./attachment";
import { writtenSheets } from "./writtenSheets";
import { brokenFormulaFindings } from "../repair/brokenFormulas";
import { formatPeriod, type Period } from "../../core/plan/years";
import { append } from "../../core/arrays";

export interface CheckCommandOptions extends PrepareOptions {
  /** The day as of which quarters are past (actuals); default today. */
  asOf?: IsoDate;
  /** Quý IV's share of the year above which money is bunched at year end, in percent (default 40). */
  q4ThresholdPercent?: Decimal.Value;
}

export interface CheckCommandResult {
  reading: PlanReading;
  estimate?: Estimate;
  /** The quarterly plan of every activity, after phasing. */
  quarters: QuarterPlan[];
  allocation?: Allocation;
  actuals?: Actuals;
  /** The checks' own findings (the plan's reading and the estimate's are in `findings` too). */
  checkFindings: Finding[];
  findings: Finding[];
  writes: WriteOp[];
  /** The new record of the marks and phased quarters, kept in the add-in's record (undefined: nothing written). */
  marks?: MarksState;
}

const QUARTER_FIELDS = ["q1", "q2", "q3", "q4"] as const;
const QUARTER_HEADERS = ["Quý I", "Quý II", "Quý III", "Quý IV"];

export function sheetsForCheck(sheets: SheetInfo[], options: CheckCommandOptions = {}): string[] {
  // The add-in's own sheets too, for their formulas (src/workbook/repair).
  const written = [SHEETS.breakdown, attachmentSheetName(sheets)].filter((n) => sheets.some((s) => s.name === n));
  return [...new Set([...pickSheets(sheets, ["plan", "info", "norms"]), ...allocationSheets(sheets, options), ...written])];
}

/**
 * Kiểm tra: read the plan, the norms and the allocation; phase the activities whose
 * quarters are empty; run every check; mark the findings' cells. Pure: returns the
 * findings, the writes (the phased quarters, the marks) and the new record of the
 * marks and phased quarters; `previous` is the record as the last run left it.
 */
export function checkCommand(
  book: BookSnapshot,
  options: CheckCommandOptions = {},
  previous: MarksState = noMarks(),
  isAddinSheet?: (name: string) => boolean,
): CheckCommandResult {
  const {
    reading,
    estimate,
    overrides,
    builtIn,
    allocation: allocationReading,
    findings,
    normsDateSource,
  } = prepareEstimate(book, options);
  const table = reading.table;
  if (!table || !estimate) return { reading, quarters: [], checkFindings: [], findings, writes: [] };

  const { plan: toPhase, ownPhasing } = withoutOwnPhasing(reading.plan, previous);
  // A multi-year plan's whole period: quarters, the allocation and the spending are a year's (checked with --year).
  const wholePeriod = estimate.period !== undefined;
  if (wholePeriod) findings.push(checksPerYear(estimate.period!.period, table.sheet));
  const quarters = wholePeriod ? [] : planQuarters(toPhase, estimate, { step: options.rounding === "thousand" ? 1000 : 1 });
  const columns = quarterColumns(table);
  const quarterCells = (row: number): CellRef[] => columns.cols.map((c) => ({ sheet: table.sheet, address: a1(row, c) }));

  // Fitting to the allocation already said what was wrong with it.
  if (options.fit !== "allocation" && !wholePeriod) findings.push(...allocationReading.findings);
  const checkFindings = runChecks({
    plan: reading.plan,
    estimate,
    quarters,
    quarterCells,
    allocation: wholePeriod ? undefined : allocationReading.allocation,
    actuals: wholePeriod ? undefined : allocationReading.actuals,
    statedTotals: reading.statedTotals,
    norms: { overrides, builtIn },
    options: { asOf: options.asOf ?? today(), q4ThresholdPercent: money(options.q4ThresholdPercent ?? DEFAULT_Q4_THRESHOLD_PERCENT) },
  });
  // Formulas the officer broke on the add-in's own sheets (Chi tiết dự toán, Dự toán).
  append(checkFindings, brokenFormulaFindings(book, writtenSheets(book, { reading, estimate, normsDateSource, isAddinSheet })));
  append(findings, checkFindings);

  // A protected sheet is neither phased nor marked; the checks' findings stand all the same.
  const locked = new Set(book.sheets.filter((s) => s.protected).map((s) => s.name));
  const writable = new Map<string, SheetSnapshot>([...book.read].filter(([name]) => !locked.has(name)));
  const writes: WriteOp[] = [];
  const phased: PhaseRecord[] = [];
  const planSheet = book.read.get(table.sheet)!;
  const phasing = writable.has(table.sheet)
    ? [
        ...phasingWrites(quarters, ownPhasing, columns.cols, table, phased),
        ...subtotalWrites(reading.plan, quarters, planSheet, previous, columns.cols, table, phased),
      ]
    : [];
  if (writable.has(table.sheet) && quarters.some((q) => q.source === "phased")) append(writes, columns.headerWrites);
  append(writes, phasing);
  const marks = markWrites(findings, writable, previous, phased);
  append(writes, marks.writes);
  const untouched = new Set<string>();
  if (locked.has(table.sheet) && quarters.some((q) => q.source === "phased")) untouched.add(table.sheet);
  for (const f of findings) if (f.sheet && f.range && locked.has(f.sheet) && book.read.has(f.sheet)) untouched.add(f.sheet);
  for (const name of untouched) findings.push(lockedSheet(name));
  const scaled = findings.some((f) => f.code === SCALED_OUTPUT_COLUMN);
  return {
    reading,
    estimate,
    quarters,
    allocation: allocationReading.allocation,
    actuals: allocationReading.actuals,
    checkFindings,
    findings,
    // A quarter column kept in triệu or nghìn đồng is read, checked, and never written.
    writes: scaled ? [] : writes,
    marks: scaled ? undefined : marks.state,
  };
}

/** Runs the checks over a port: one read batch (after listing sheets), one write batch. */
export function runCheck(port: WorkbookPort, options: CheckCommandOptions & RunOptions = {}): Promise<CheckCommandResult> {
  return runCommand(
    port,
    (sheets) => sheetsForCheck(sheets, options),
    (book, record) => checkCommand(book, options, record.marks, (name) => record.isAddinSheet(name)),
    options,
  );
}

/**
 * Quarter cells that still hold exactly what the add-in phased last time are the
 * add-in's, not the user's: they are read as empty, so the activity is phased again
 * (from its current amount). A row where the user changed any of them is the user's.
 */
function withoutOwnPhasing(plan: Plan, previous: MarksState): { plan: Plan; ownPhasing: Set<number> } {
  const recorded = new Map(previous.phased.map((p) => [`${p.sheet}!${p.address}`, p.value]));
  const ownPhasing = new Set<number>();
  const activities = plan.activities.map((a): Activity => {
    const refs = QUARTER_FIELDS.map((f) => a.cells[f]);
    if (refs.some((r) => r === undefined) || a.quarterAmounts.every((q) => q === undefined)) return a;
    const ours = refs.every((r, i) => {
      const value = a.quarterAmounts[i];
      const was = recorded.get(`${r!.sheet}!${r!.address}`);
      return was !== undefined && (value === undefined ? money(was).isZero() : value.eq(money(was)));
    });
    if (!ours) return a;
    ownPhasing.add(a.row);
    return { ...a, quarterAmounts: [undefined, undefined, undefined, undefined] };
  });
  return { plan: { ...plan, activities }, ownPhasing };
}

/**
 * Where Quý I..IV sit on Kế hoạch: the table's own columns, or new ones appended
 * after the add-in's Dự toán and Căn cứ (writeEstimate.writtenColumns). When the
 * quarters are appended and Dự toán / Căn cứ are missing too, their headers are
 * written as well, so the estimate later fills them and no gap is left.
 */
function quarterColumns(table: PlanTable): { cols: number[]; headerWrites: WriteOp[] } {
  const written = writtenColumns(table);
  let next = Math.max(table.lastColumn, written.estimate, written.basis) + 1;
  const cols = QUARTER_FIELDS.map((f) => table.columns[f] ?? next++);
  const headers: { col: number; header: string }[] = [];
  QUARTER_FIELDS.forEach((f, i) => table.columns[f] === undefined && headers.push({ col: cols[i], header: QUARTER_HEADERS[i] }));
  if (headers.length) {
    for (const c of WRITTEN_PLAN_COLUMNS) {
      if (table.columns[c.field] === undefined) headers.push({ col: written[c.field as "estimate" | "basis"], header: c.header });
    }
  }
  const headerWrites = headers.flatMap(({ col, header }): WriteOp[] => [
    { op: "cells", sheet: table.sheet, row: table.headerRow, col, cells: [[text(header)]] },
    { op: "style", sheet: table.sheet, range: a1(table.headerRow, col), style: { bold: true, wrap: true } },
  ]);
  return { cols, headerWrites };
}

/** The phased quarters of each activity the user left empty; stale phasing the add-in can no longer compute is cleared. */
function phasingWrites(
  quarters: readonly QuarterPlan[],
  ownPhasing: ReadonlySet<number>,
  cols: number[],
  table: PlanTable,
  record: PhaseRecord[],
): WriteOp[] {
  const writes: WriteOp[] = [];
  const contiguous = cols.every((c, i) => c === cols[0] + i);
  for (const q of quarters) {
    const row = q.activity.row;
    let values: CellWrite[];
    if (q.source === "phased") {
      values = q.quarters.map((v) => num(v));
      q.quarters.forEach((v, i) => record.push({ sheet: table.sheet, address: a1(row, cols[i]), value: v.toFixed() }));
    } else if (q.source === "none" && ownPhasing.has(row)) {
      values = cols.map((): CellWrite => ({ type: "empty" }));
    } else continue;
    if (contiguous) {
      writes.push({ op: "cells", sheet: table.sheet, row, col: cols[0], cells: [values] });
      writes.push({
        op: "style",
        sheet: table.sheet,
        range: `${columnLetter(cols[0])}${row}:${columnLetter(cols[3])}${row}`,
        style: { numberFormat: MONEY_FORMAT },
      });
    } else {
      cols.forEach((c, i) => {
        writes.push({ op: "cells", sheet: table.sheet, row, col: c, cells: [[values[i]]] });
        writes.push({ op: "style", sheet: table.sheet, range: a1(row, c), style: { numberFormat: MONEY_FORMAT } });
      });
    }
  }
  return writes;
}

/**
 * Quý I..IV of the group rows and the Tổng cộng row: the sums of their activities'
 * quarterly plans. Written where those cells are empty (when this run phases
 * something), or still hold what the add-in wrote there last time; a subtotal the
 * user typed is kept.
 */
function subtotalWrites(
  plan: Plan,
  quarters: readonly QuarterPlan[],
  sheet: SheetSnapshot,
  previous: MarksState,
  cols: number[],
  table: PlanTable,
  record: PhaseRecord[],
): WriteOp[] {
  const anyPhased = quarters.some((q) => q.source === "phased");
  const recorded = new Map(previous.phased.map((p) => [`${p.sheet}!${p.address}`, p.value]));
  const members = groupMembers(plan, quarters, (q) => q.activity);
  const rows: { row: number; members: readonly QuarterPlan[] }[] = plan.groups.map((g, index) => ({ row: g.row, members: members[index] }));
  if (table.totalRow !== undefined) rows.push({ row: table.totalRow, members: [...quarters] });
  const writes: WriteOp[] = [];
  for (const { row, members } of rows) {
    if (members.length === 0) continue;
    const cells = cols.map((c) => ({ cell: cellAt(sheet, row, c), was: recorded.get(`${table.sheet}!${a1(row, c)}`) }));
    const empty = cells.every(({ cell }) => cell.type === "empty");
    const ours = cells.every(
      ({ cell, was }) =>
        was !== undefined && (cell.type === "empty" ? money(was).isZero() : cell.type === "number" && money(cell.value).eq(money(was))),
    );
    if (!ours && !(empty && anyPhased)) continue;
    cols.forEach((c, i) => {
      const total = sum(members.map((m) => m.quarters[i]));
      record.push({ sheet: table.sheet, address: a1(row, c), value: total.toFixed() });
      writes.push({ op: "cells", sheet: table.sheet, row, col: c, cells: [[num(total)]] });
      writes.push({ op: "style", sheet: table.sheet, range: a1(row, c), style: { numberFormat: MONEY_FORMAT } });
    });
  }
  return writes;
}

function lockedSheet(sheet: string): Finding {
  return finding(
    "warning",
    "sheet-protected-not-marked",
    `Sheet "${sheet}" đang được bảo vệ: các ô có vấn đề không được tô màu, quý không được chia; bỏ bảo vệ rồi chạy lại để thấy`,
    `Sheet "${sheet}" is protected: its findings' cells are not marked and no quarter is phased there; unprotect it and run again to see them`,
    { sheet, range: "A1" },
  );
}

function checksPerYear(period: Period, sheet: string): Finding {
  return finding(
    "info",
    "checks-per-year",
    `Kế hoạch giai đoạn ${formatPeriod(period)}: đã kiểm tra cả giai đoạn (tổng, định mức); phân kỳ theo quý, kinh phí được giao và thực hiện được kiểm tra theo từng năm (--year).`,
    `A plan for ${formatPeriod(period)}: the whole period was checked (totals, norms); quarters, the allocation and spending are checked year by year (--year).`,
    { sheet, range: "A1" },
  );
}
