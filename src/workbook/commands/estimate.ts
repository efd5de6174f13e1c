import type { Estimate } from "../../core/estimate/estimate";
import type { Finding } from "../../core/findings/finding";
import { SHEETS } from "../layout";
import { runCommand, type RunOptions } from "./run";
import { type BookSnapshot, type SheetInfo, type WorkbookPort, type WriteOp } from "../port";
import { SCALED_OUTPUT_COLUMN, type PlanReading } from "../readPlan";
import { allocationSheets, prepareEstimate, type NormsDateSource, type PrepareOptions } from "./prepare";
import { breakdownWrites, planColumnWrites } from "../writeEstimate";
import { pickSheets, protectedSheetFindings } from "./sheets";

export type EstimateCommandOptions = PrepareOptions;

export interface EstimateCommandResult {
  reading: PlanReading;
  estimate?: Estimate;
  /** Where the norms date came from ("plan", "option"; else assumed). */
  normsDateSource: NormsDateSource;
  findings: Finding[];
  /** Empty when the plan could not be read or a target sheet is protected. */
  writes: WriteOp[];
}

export const ESTIMATE_SHEETS = ["plan", "info", "norms", "allocation", "breakdown"] as const;

export function sheetsForEstimate(sheets: SheetInfo[], options: EstimateCommandOptions = {}): string[] {
  return [...new Set([...pickSheets(sheets, ESTIMATE_SHEETS), ...allocationSheets(sheets, options)])];
}

/** Tính dự toán: read the plan and the unit's norms, estimate, and say what to write. Pure. */
export function estimateCommand(book: BookSnapshot, options: EstimateCommandOptions = {}): EstimateCommandResult {
  const { reading, estimate, findings, normsDateSource } = prepareEstimate(book, options);
  const base = { reading, estimate, normsDateSource, findings };
  if (!reading.table || !estimate) return { ...base, writes: [] };
  const blocked = protectedSheetFindings(book.sheets, [reading.table.sheet, SHEETS.breakdown]);
  if (blocked.length) return { ...base, findings: [...findings, ...blocked], writes: [] };
  if (findings.some((f) => f.code === SCALED_OUTPUT_COLUMN)) return { ...base, writes: [] };
  const writes = [...planColumnWrites(estimate, reading.table), ...breakdownWrites(estimate, reading.table.sheet)];
  return { ...base, writes };
}

/** Runs Tính dự toán over a port: one read batch (after listing sheets), one write batch. */
export function runEstimate(port: WorkbookPort, options: EstimateCommandOptions & RunOptions = {}): Promise<EstimateCommandResult> {
  return runCommand(
    port,
    (sheets) => sheetsForEstimate(sheets, options),
    (book) => estimateCommand(book, options),
    options,
  );
}
