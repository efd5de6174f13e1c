import type { Estimate } from "../../core/estimate/estimate";
import { finding, type Finding } from "../../core/findings/finding";
import { foldText } from "../../core/text/fold";
import { attachmentWrites, type AttachmentLayout, type AttachmentOptions } from "../attachment/attachmentSheet";
import { SHEETS } from "../layout";
import type { BookSnapshot, SheetInfo, WorkbookPort, WriteOp } from "../port";
import type { PlanReading } from "../readPlan";
import { estimateCommand, type EstimateCommandOptions } from "./estimate";
import { runCommand, type RunOptions } from "./run";
import { allocationSheets, type NormsDateSource } from "./prepare";
import { pickSheets, protectedSheetFindings } from "./sheets";

export type AttachmentCommandOptions = EstimateCommandOptions & AttachmentOptions;

export interface AttachmentCommandResult {
  reading: PlanReading;
  estimate?: Estimate;
  /** Where the parts of the sheet are; undefined when nothing was written. */
  layout?: AttachmentLayout;
  findings: Finding[];
  /** Only the Dự toán sheet: ensureSheet, clearSheet, its cells and formats. */
  writes: WriteOp[];
}

/**
 * The sheet the add-in owns for the attachment: an existing "Dự toán" however it
 * is spelled ("Du toan"), else a new "Dự toán". A user's "Phụ lục" is never taken:
 * the sheet is cleared on every run.
 */
export function attachmentSheetName(sheets: readonly SheetInfo[]): string {
  return sheets.find((s) => foldText(s.name) === foldText(SHEETS.attachment))?.name ?? SHEETS.attachment;
}

/** What the attachment reads: the plan, its Thông tin, the unit's norms, and the allocation when fitting to it. */
export function sheetsForAttachment(sheets: SheetInfo[], options: AttachmentCommandOptions = {}): string[] {
  return [...new Set([...pickSheets(sheets, ["plan", "info", "norms"]), ...allocationSheets(sheets, options)])];
}

/** Lập dự toán (phụ lục): read the plan, estimate it, and lay out the Dự toán sheet. Pure. */
export function attachmentCommand(book: BookSnapshot, options: AttachmentCommandOptions = {}): AttachmentCommandResult {
  const { reading, estimate, findings, normsDateSource } = estimateCommand(book, options);
  if (!estimate || !reading.table) return { reading, estimate, findings, writes: [] };
  const sheet = attachmentSheetName(book.sheets);
  if (sheet === reading.table.sheet) {
    const clash = finding(
      "error",
      "attachment-sheet-is-plan",
      `Sheet kế hoạch "${sheet}" trùng tên với sheet dự toán mà add-in ghi đè; đổi tên sheet kế hoạch thành "${SHEETS.plan}". Không có ô nào bị thay đổi.`,
      `The plan sheet "${sheet}" has the name of the attachment sheet the add-in overwrites; rename it "${SHEETS.plan}". No cell was changed.`,
      { sheet, range: "A1" },
    );
    return { reading, estimate, findings: [...findings, clash], writes: [] };
  }
  // The estimate command's own findings about its target sheets do not concern this one.
  const own = findings.filter((f) => f.code !== "sheet-protected");
  const blocked = protectedSheetFindings(book.sheets, [sheet]);
  if (blocked.length) return { reading, estimate, findings: [...own, ...blocked], writes: [] };
  const layout = attachmentLayoutFor(sheet, reading, estimate, normsDateSource, options);
  return { reading, estimate, layout, findings: own, writes: layout.writes };
}

/** The attachment the command lays out for an estimate: also what explain and the formula checks compare a sheet with. */
export function attachmentLayoutFor(
  sheet: string,
  reading: PlanReading,
  estimate: Estimate,
  normsDateSource: NormsDateSource,
  options: AttachmentOptions = {},
): AttachmentLayout {
  return attachmentWrites(sheet, reading.plan.info, estimate, options, {
    normsDate: estimate.norms.date,
    normsDateAssumed: normsDateSource !== "plan" && normsDateSource !== "option" && normsDateSource !== "year",
    dateUnreadable: reading.plan.info.dateUnreadable !== undefined,
  });
}

/** Runs Lập dự toán over a port: one read batch (after listing sheets), one write batch. */
export function runAttachment(port: WorkbookPort, options: AttachmentCommandOptions & RunOptions = {}): Promise<AttachmentCommandResult> {
  return runCommand(
    port,
    (sheets) => sheetsForAttachment(sheets, options),
    (book) => attachmentCommand(book, options),
    options,
    (sheets) => [attachmentSheetName(sheets)].filter((n) => sheets.some((s) => s.name === n)),
  );
}
