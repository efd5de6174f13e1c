import { checkActualOverspend } from "../../core/checks/actualOverspend";
import { checkDisbursementRate } from "../../core/checks/disbursementRate";
import { checkNothingSpent } from "../../core/checks/nothingSpent";
import { DEFAULT_Q4_THRESHOLD_PERCENT, type Actuals, type CheckInput } from "../../core/checks";
import { today, yearOf, type IsoDate } from "../../core/dates/isoDate";
import type { Estimate } from "../../core/estimate/estimate";
import { finding, type Finding } from "../../core/findings/finding";
import { money } from "../../core/money/money";
import { planQuarters } from "../../core/phasing/quarterPlan";
import type { Plan, Quarter } from "../../core/plan/plan";
import { inferPlanYear } from "../../core/plan/planYear";
import { settlementPeriod, type SettlementPeriod } from "../../core/settle/period";
import { settle, type Settlement } from "../../core/settle/settlement";
import { settlementFindings } from "../../core/settle/settlementFindings";
import { foldText } from "../../core/text/fold";
import { formatDmy } from "../../core/dates/isoDate";
import { SHEETS } from "../layout";
import type { BookSnapshot, SheetInfo, WorkbookPort, WriteOp } from "../port";
import type { PlanReading } from "../readPlan";
import { settlementWrites, type SettlementLayout, type SettlementSheetOptions } from "../settlement/settlementSheet";
import { allocationSheets, prepareEstimate, type PrepareOptions } from "./prepare";
import { runCommand, type RunOptions } from "./run";
import { pickSheets, protectedSheetFindings } from "./sheets";
import { append } from "../../core/arrays";

export interface SettleCommandOptions extends PrepareOptions, SettlementSheetOptions {
  /** The day the actuals are taken as of (up to its quarter); default today, assumed (a finding, never printed). */
  asOf?: IsoDate;
}

export interface SettleCommandResult {
  reading: PlanReading;
  estimate?: Estimate;
  settlement?: Settlement;
  /** Where the parts of the sheet are; undefined when nothing was written. */
  layout?: SettlementLayout;
  /** The findings of the checks of the actuals (overspending, disbursement, nothing spent), as printed on the sheet. */
  checkFindings: Finding[];
  findings: Finding[];
  /** Only the Quyết toán sheet: ensureSheet, clearSheet, its cells and formats. */
  writes: WriteOp[];
}

/** The readers' codes of a Thực hiện cell that holds something other than a number. */
const UNREADABLE = new Set(["not-a-number", "error-value", "number-too-large"]);

/** The sheet the add-in owns for the settlement: an existing "Quyết toán" however it is spelled, else a new one. */
export function settlementSheetName(sheets: readonly SheetInfo[]): string {
  return sheets.find((s) => foldText(s.name) === foldText(SHEETS.settlement))?.name ?? SHEETS.settlement;
}

/** What settle reads: the plan, its Thông tin, the unit's norms, and Phân bổ (the allocation and the actuals). */
export function sheetsForSettle(sheets: SheetInfo[], options: SettleCommandOptions = {}): string[] {
  return [...new Set([...pickSheets(sheets, ["plan", "info", "norms", "allocation"]), ...allocationSheets(sheets, options)])];
}

/** The plan's own year (its date, else its Thời gian or title); undefined when it names none. */
function ownYear(plan: Plan): number | undefined {
  return plan.info.date ? yearOf(plan.info.date) : inferPlanYear(plan)?.year;
}

/** The actuals of the counted quarters only: what the checks of the settlement see. */
function countedActuals(actuals: Actuals, period: SettlementPeriod): Actuals {
  const counted = new Set<Quarter>(period.counted);
  return {
    ...actuals,
    rows: actuals.rows.map((r) => ({ ...r, quarters: r.quarters.map((v, i) => (counted.has((i + 1) as Quarter) ? v : undefined)) })),
  };
}

/**
 * Quyết toán: read the plan, estimate it as the attachment does (the same options),
 * read the actuals on Phân bổ, settle the year as of a day, run the checks of the
 * actuals, and lay out the Quyết toán sheet. Pure. Nothing is written when there
 * is no plan, no actual spending recorded, or no quarter of the plan's year has
 * begun by the as-of day.
 */
export function settleCommand(book: BookSnapshot, options: SettleCommandOptions = {}): SettleCommandResult {
  const prepared = prepareEstimate(book, options);
  const { reading, estimate, allocation: allocationReading } = prepared;
  const findings = [...prepared.findings];
  const none = { reading, estimate, checkFindings: [], findings, writes: [] };
  if (!reading.table || !estimate) return none;
  // Fitting to the allocation already said what was wrong with it.
  if (options.fit !== "allocation") findings.push(...allocationReading.findings);
  else findings.push(...allocationReading.findings.filter((f) => f.severity === "info"));

  const actuals = allocationReading.actuals;
  const cells = new Set((actuals?.rows ?? []).flatMap((r) => r.cells.map((c) => `${c.sheet}!${c.address}`)));
  const unreadable = new Set(
    findings
      .filter((f) => UNREADABLE.has(f.code) && f.sheet && f.range && cells.has(`${f.sheet}!${f.range}`))
      .map((f) => `${f.sheet}!${f.range}`),
  );
  if (!actuals || (!actuals.recorded && unreadable.size === 0)) {
    findings.push(noActuals(actuals, book));
    return none;
  }

  // One year of a multi-year plan (--year) is that year; else the plan's own.
  const period = settlementPeriod(options.year ?? ownYear(reading.plan), options.asOf ?? today(), options.asOf !== undefined);
  if (period.counted.length === 0) {
    findings.push(
      finding(
        "error",
        "settle-before-year",
        `Ngày chốt số liệu ${formatDmy(period.asOf)} trước năm ${period.year} của kế hoạch: chưa có quý nào để quyết toán. Không có ô nào bị thay đổi.`,
        `The as-of date ${formatDmy(period.asOf)} is before the plan's year ${period.year}: no quarter to settle yet. No cell was changed.`,
        actuals.headerCells[0],
      ),
    );
    return none;
  }

  const quarters = planQuarters(reading.plan, estimate, { step: estimate.rounding === "thousand" ? 1000 : 1 });
  const settlement = settle({
    plan: reading.plan,
    estimate,
    quarters,
    actuals,
    allocation: allocationReading.allocation,
    period,
    unreadable,
  });
  const input: CheckInput = {
    plan: reading.plan,
    estimate,
    quarters,
    quarterCells: () => [],
    allocation: allocationReading.allocation,
    actuals: countedActuals(actuals, period),
    statedTotals: reading.statedTotals,
    norms: { overrides: prepared.overrides, builtIn: prepared.builtIn },
    options: { asOf: period.asOf, q4ThresholdPercent: money(DEFAULT_Q4_THRESHOLD_PERCENT) },
  };
  const checkFindings = [checkActualOverspend, checkDisbursementRate, checkNothingSpent].flatMap((check) => check(input));
  const own = settlementFindings(settlement, actuals, reading.plan.activities[0]?.cells.name);
  append(append(findings, checkFindings), own);
  const printed = [...checkFindings, ...own.filter((f) => f.code === "actual-over-allocation")];

  const sheet = settlementSheetName(book.sheets);
  const base = { reading, estimate, settlement, checkFindings };
  if (sheet === reading.table.sheet) {
    const clash = finding(
      "error",
      "settlement-sheet-is-plan",
      `Sheet kế hoạch "${sheet}" trùng tên với sheet quyết toán mà add-in ghi đè; đổi tên sheet kế hoạch thành "${SHEETS.plan}". Không có ô nào bị thay đổi.`,
      `The plan sheet "${sheet}" has the name of the settlement sheet the add-in overwrites; rename it "${SHEETS.plan}". No cell was changed.`,
      { sheet, range: "A1" },
    );
    return { ...base, findings: [...findings, clash], writes: [] };
  }
  const blocked = protectedSheetFindings(book.sheets, [sheet]);
  if (blocked.length) return { ...base, findings: [...findings, ...blocked], writes: [] };
  const layout = settlementWrites(sheet, reading.plan.info, estimate, settlement, printed, options);
  return { ...base, layout, findings, writes: layout.writes };
}

/** No Thực hiện table on Phân bổ, or one with no figure: there is nothing to settle, and nothing is written. */
function noActuals(actuals: Actuals | undefined, book: BookSnapshot): Finding {
  const where = actuals?.headerCells[0] ?? { sheet: SHEETS.allocation, address: "A1" };
  const exists = book.sheets.some((s) => foldText(s.name) === foldText(SHEETS.allocation));
  return actuals
    ? finding(
        "error",
        "settle-no-actuals",
        "Bảng Thực hiện trên sheet Phân bổ chưa có số chi nào: chưa có gì để quyết toán. Không có ô nào bị thay đổi.",
        "The Thực hiện table on the Phân bổ sheet holds no spending yet: nothing to settle. No cell was changed.",
        where,
      )
    : finding(
        "error",
        "settle-no-actuals",
        `${exists ? "Sheet Phân bổ chưa có" : "Sổ tính chưa có sheet Phân bổ với"} bảng Thực hiện (dòng tiêu đề "Thực hiện", rồi STT | Nội dung | Dòng KH | Quý I..IV): chưa có gì để quyết toán. Không có ô nào bị thay đổi.`,
        `${exists ? "The Phân bổ sheet has no" : "The workbook has no Phân bổ sheet with a"} Thực hiện table (a "Thực hiện" title row, then STT | Nội dung | Dòng KH | Quý I..IV): nothing to settle. No cell was changed.`,
        exists ? where : undefined,
      );
}

/** Runs Quyết toán over a port: one read batch (after listing sheets), one write batch. */
export function runSettle(port: WorkbookPort, options: SettleCommandOptions & RunOptions = {}): Promise<SettleCommandResult> {
  return runCommand(
    port,
    (sheets) => sheetsForSettle(sheets, options),
    (book) => settleCommand(book, options),
    options,
    (sheets) => [settlementSheetName(sheets)].filter((n) => sheets.some((s) => s.name === n)),
  );
}
