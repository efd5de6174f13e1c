import { estimatePlan, type Estimate, type EstimateOptions } from "../../core/estimate/estimate";
import { builtInNorm, type NormQuery } from "../../core/norms/select";
import type { Norm } from "../../core/norms/norm";
import { finding, type Finding } from "../../core/findings/finding";
import { firstOfYear, formatDmy, today, type IsoDate } from "../../core/dates/isoDate";
import { inferPlanYear } from "../../core/plan/planYear";
import { jurisdictionFindings } from "../../core/norms/jurisdiction";
import { SHEETS, findSheet } from "../layout";
import type { BookSnapshot } from "../port";
import { readPlan, type PlanReading } from "../readPlan";
import { readNormsSheet } from "../normsSheet";
import { readAllocation, type AllocationReading } from "../readAllocation";
import { fitEstimate, type FitMode } from "../../core/fit/fitEstimate";
import type Decimal from "decimal.js";
import type { SheetInfo } from "../port";
import { pickSheets } from "./sheets";
import { estimateForPeriod, planForYear } from "../../core/estimate/period";
import { formatPeriod, isMultiYear } from "../../core/plan/years";
import { append } from "../../core/arrays";

export type PrepareOptions = Omit<EstimateOptions, "overrides" | "sheet" | "normsDate"> & {
  /** The day whose norms apply, when the officer chooses it (a flag, the pane); else the plan's date. */
  normsDate?: IsoDate;
  /** Fit the lines to the plan's stated amounts or to the allocation (src/core/fit), within the law. */
  fit?: FitMode;
  /** The allocation, when the officer gives it: an amount, or a cell ("Thông tin!B9"); else the Phân bổ sheet. */
  allocation?: { amount: Decimal } | { cell: string };
  /** One year of a multi-year plan: its activities, at the norms in force on 1 January of it (unless normsDate). */
  year?: number;
};

/** Where the day whose norms apply came from: "option", "plan" and "year" (1 January of the year asked for) are not assumed. */
export type NormsDateSource = "option" | "plan" | "year" | "timing" | "title" | "today";

/** What every command that needs the estimate starts from: the plan read once, one norms choice, one estimate. */
export interface Prepared {
  reading: PlanReading;
  /** The norms date (always set) and province used. */
  query: NormQuery & { date: IsoDate };
  normsDateSource: NormsDateSource;
  /** The unit's Định mức rows. */
  overrides: Norm[];
  /** The built-in norm in force for a code (for the legal-maximum checks). */
  builtIn: (code: string) => Norm | undefined;
  /** Undefined when there is no plan table or no activity; fitted when asked. */
  estimate?: Estimate;
  /** Kinh phí được giao and the actuals (Phân bổ, or the cell or amount given). */
  allocation: AllocationReading;
  /** The reading's, the Định mức sheet's, the norms date's and the estimate's findings. */
  findings: Finding[];
}

/**
 * Reads the plan and the unit's norms and estimates: the one preparation of
 * estimate, check, attachment and fitting, so that they all see the same plan,
 * the same norms date (and the same finding about it) and the same amounts.
 */
export function prepareEstimate(book: BookSnapshot, options: PrepareOptions = {}): Prepared {
  const read = readPlan(book);
  const findings = [...read.findings];
  const byYear = yearOfPlan(read, options.year);
  findings.push(...byYear.findings);
  const reading = byYear.reading;
  const {
    date,
    source,
    finding: dateFinding,
  } = options.year !== undefined && !options.normsDate
    ? { date: firstOfYear(options.year)!, source: "year" as const, finding: undefined }
    : chooseNormsDate(reading, options.normsDate);
  const query = { date, province: options.province ?? reading.plan.info.province };
  const builtIn = (code: string) => builtInNorm(code, query);
  const allocation = readGivenAllocation(book, reading, options.allocation);
  const prepared: Prepared = { reading, query, normsDateSource: source, overrides: [], builtIn, allocation, findings };
  // Without activities there is nothing to price, and nothing to say about the norms' date.
  if (!reading.table || reading.plan.activities.length === 0) return prepared;
  if (dateFinding) findings.push(dateFinding);

  findings.push(...jurisdictionFindings(reading.plan.info, query.province, date, { sheet: reading.table.sheet, range: "A1" }));
  const normsName = findSheet(
    book.sheets.map((s) => s.name),
    "norms",
  );
  const normsSheet = normsName ? book.read.get(normsName) : undefined;
  if (normsSheet) {
    const norms = readNormsSheet(normsSheet, builtIn);
    prepared.overrides = norms.overrides;
    findings.push(...norms.findings);
  }
  const estimate = estimatePlan(reading.plan, {
    ...options,
    normsDate: date,
    province: query.province,
    overrides: prepared.overrides,
    sheet: reading.table.sheet,
  });
  append(findings, estimate.findings);
  if (options.year !== undefined) estimate.year = options.year;
  if (byYear.wholePeriod) {
    // Allocations are given year by year: fitting (and the quarterly checks) are for one year (--year).
    if (options.fit) findings.push(fitNeedsYear(reading));
    return { ...prepared, estimate: estimateForPeriod(reading.plan, estimate) };
  }
  if (!options.fit) return { ...prepared, estimate };
  if (options.fit === "allocation") findings.push(...allocation.findings.filter((f) => f.severity !== "info"));
  const total = allocation.allocation && { amount: allocation.allocation.total, cell: allocation.allocation.totalCell };
  const fitted = fitEstimate(reading.plan, estimate, { mode: options.fit, allocation: total });
  append(findings, fitted.findings);
  return { ...prepared, estimate: fitted.estimate };
}

/** The allocation as given: an amount, a named cell, or the Phân bổ sheet (read once, for fitting and the checks). */
function readGivenAllocation(book: BookSnapshot, reading: PlanReading, given: PrepareOptions["allocation"]): AllocationReading {
  if (given && "amount" in given) return { allocation: { total: given.amount, totalStated: true, quarterCells: [] }, findings: [] };
  return readAllocation(book, reading.plan, { cell: given?.cell });
}

/** The sheets an estimating command reads for the allocation: Phân bổ, and the sheet of a named cell. */
export function allocationSheets(sheets: readonly SheetInfo[], options: Pick<PrepareOptions, "allocation"> = {}): string[] {
  const names = pickSheets(sheets, ["allocation", "info"]);
  const cell = options.allocation && "cell" in options.allocation ? options.allocation.cell : undefined;
  const named = cell?.includes("!")
    ? cell
        .slice(0, cell.lastIndexOf("!"))
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'")
    : undefined;
  if (named && sheets.some((s) => s.name === named) && !names.includes(named)) names.push(named);
  return names;
}

/**
 * The day whose norms apply: the officer's choice, else the plan's own date, else
 * 01/01 of the year its activities or title name, else today. Only the first two
 * are facts; the others are assumptions, said as a warning (and never printed as
 * the plan's date).
 */
export function chooseNormsDate(
  reading: PlanReading,
  chosen: IsoDate | undefined,
): { date: IsoDate; source: NormsDateSource; finding?: Finding } {
  if (chosen) return { date: chosen, source: "option" };
  const info = reading.plan.info;
  if (info.date) return { date: info.date, source: "plan" };
  const where = reading.table ? { sheet: reading.table.sheet, range: "A1" } : undefined;
  const why = info.dateUnreadable
    ? ["Ngày của kế hoạch không đọc được", "The plan's date cannot be read"]
    : ["Kế hoạch không có ngày", "The plan has no date"];
  const inferred = inferPlanYear(reading.plan);
  const year = inferred && firstOfYear(inferred.year);
  if (inferred && year) {
    const from =
      inferred.from === "timing" ? ["Thời gian của các hoạt động", "the activities' Thời gian"] : ["tên kế hoạch", "the plan's title"];
    return {
      date: year,
      source: inferred.from,
      finding: finding(
        "warning",
        "plan-date-inferred",
        `${why[0]}; theo ${from[0]} đây là kế hoạch năm ${inferred.year}: tạm dùng định mức có hiệu lực ngày ${formatDmy(year)} (ngày này không được in lên phụ lục). Điền "Ngày" ở sheet ${SHEETS.info}.`,
        `${why[1]}; ${from[1]} says ${inferred.year}: the norms in force on ${formatDmy(year)} are used for now (that date is not printed on the attachment). Fill "Ngày" on the ${SHEETS.info} sheet.`,
        where,
      ),
    };
  }
  const now = today();
  return {
    date: now,
    source: "today",
    finding: finding(
      "warning",
      "missing-plan-date",
      `${why[0]}: tạm dùng định mức đang có hiệu lực hôm nay (${formatDmy(now)}). Điền "Ngày" ở sheet ${SHEETS.info}.`,
      `${why[1]}: the norms in force today (${formatDmy(now)}) are used for now. Fill "Ngày" on the ${SHEETS.info} sheet.`,
      where,
    ),
  };
}

/**
 * The plan a command prices: one year of it when asked (`--year`), else the whole
 * plan; `wholePeriod` when that is a multi-year plan's whole period. A year outside
 * the plan's period is an error (nothing to price); a year other than a one-year
 * plan's own is said.
 */
function yearOfPlan(reading: PlanReading, year: number | undefined): { reading: PlanReading; wholePeriod: boolean; findings: Finding[] } {
  const period = reading.plan.info.period;
  if (year === undefined) return { reading, wholePeriod: isMultiYear(period), findings: [] };
  const where = reading.table ? { sheet: reading.table.sheet, range: "A1" } : undefined;
  const findings: Finding[] = [];
  if (isMultiYear(period) && (year < period.from || year > period.to)) {
    findings.push(
      finding(
        "error",
        "year-outside-period",
        `Năm ${year} nằm ngoài giai đoạn ${formatPeriod(period)} của kế hoạch: không có hoạt động nào để lập dự toán.`,
        `The year ${year} is outside the plan's period ${formatPeriod(period)}: there is no activity to estimate.`,
        where,
      ),
    );
  } else if (!isMultiYear(period) && reading.plan.info.date && Number(reading.plan.info.date.slice(0, 4)) > year) {
    findings.push(
      finding(
        "warning",
        "year-before-plan",
        `Năm ${year} trước năm của kế hoạch (${reading.plan.info.date.slice(0, 4)}).`,
        `The year ${year} is before the plan's own year (${reading.plan.info.date.slice(0, 4)}).`,
        where,
      ),
    );
  }
  const plan = findings.some((f) => f.severity === "error") ? { ...reading.plan, activities: [] } : planForYear(reading.plan, year);
  return { reading: { ...reading, plan }, wholePeriod: false, findings };
}

function fitNeedsYear(reading: PlanReading): Finding {
  return finding(
    "warning",
    "fit-needs-year",
    `Kế hoạch nhiều năm: kinh phí được giao theo từng năm, nên cân đối dự toán theo từng năm (--year). Dự toán cả giai đoạn không được cân đối.`,
    `A multi-year plan: allocations are given year by year, so fitting is done for one year (--year). The whole-period estimate is not fitted.`,
    reading.table ? { sheet: reading.table.sheet, range: "A1" } : undefined,
  );
}
