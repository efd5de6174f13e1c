import { estimatePlan, type Estimate, type EstimateOptions } from "../../core/estimate/estimate";
import { builtInNorm } from "../../core/norms/select";
import { finding, type Finding } from "../../core/findings/finding";
import { SHEETS, findSheet } from "../layout";
import { runCommand, type RunOptions } from "./run";
import { type BookSnapshot, type SheetInfo, type WorkbookPort, type WriteOp } from "../port";
import { readPlan, SCALED_OUTPUT_COLUMN, type PlanReading } from "../readPlan";
import { readNormsSheet } from "../normsSheet";
import { breakdownWrites, planColumnWrites } from "../writeEstimate";
import { pickSheets, protectedSheetFindings } from "./sheets";

export type EstimateCommandOptions = Omit<EstimateOptions, "overrides" | "sheet">;

export interface EstimateCommandResult {
  reading: PlanReading;
  estimate?: Estimate;
  findings: Finding[];
  /** Empty when the plan could not be read or a target sheet is protected. */
  writes: WriteOp[];
}

export const ESTIMATE_SHEETS = ["plan", "info", "norms", "allocation", "breakdown"] as const;

export function sheetsForEstimate(sheets: SheetInfo[]): string[] {
  return pickSheets(sheets, ESTIMATE_SHEETS);
}

/** Tính dự toán: read the plan and the unit's norms, estimate, and say what to write. Pure. */
export function estimateCommand(book: BookSnapshot, options: EstimateCommandOptions = {}): EstimateCommandResult {
  const reading = readPlan(book);
  const findings = [...reading.findings];
  if (!reading.table || reading.plan.activities.length === 0) return { reading, findings, writes: [] };

  const normsName = findSheet(
    book.sheets.map((s) => s.name),
    "norms",
  );
  const normsSheet = normsName ? book.read.get(normsName) : undefined;
  const query = { date: options.normsDate ?? reading.plan.info.date, province: options.province ?? reading.plan.info.province };
  const { overrides, findings: normFindings } = normsSheet
    ? readNormsSheet(normsSheet, (code) => builtInNorm(code, query))
    : { overrides: [], findings: [] };
  findings.push(...normFindings);

  const estimate = estimatePlan(reading.plan, { ...options, overrides, sheet: reading.table.sheet });
  if (!query.date) {
    findings.push(
      finding(
        "warning",
        "missing-plan-date",
        `Kế hoạch không có ngày: dùng định mức đang có hiệu lực hôm nay (${estimate.norms.date}). Điền "Ngày" ở sheet ${SHEETS.info}.`,
        `The plan has no date: the norms in force today (${estimate.norms.date}) are used. Fill "Ngày" on the ${SHEETS.info} sheet.`,
        { sheet: reading.table.sheet, range: "A1" },
      ),
    );
  }
  findings.push(...estimate.findings);

  const blocked = protectedSheetFindings(book.sheets, [reading.table.sheet, SHEETS.breakdown]);
  if (blocked.length) return { reading, estimate, findings: [...findings, ...blocked], writes: [] };
  if (findings.some((f) => f.code === SCALED_OUTPUT_COLUMN)) return { reading, estimate, findings, writes: [] };
  const writes = [...planColumnWrites(estimate, reading.table), ...breakdownWrites(estimate, reading.table.sheet)];
  return { reading, estimate, findings, writes };
}

/** Runs Tính dự toán over a port: one read batch (after listing sheets), one write batch. */
export function runEstimate(port: WorkbookPort, options: EstimateCommandOptions & RunOptions = {}): Promise<EstimateCommandResult> {
  return runCommand(port, sheetsForEstimate, (book) => estimateCommand(book, options), options);
}
