import type { Estimate } from "../../core/estimate/estimate";
import { finding, type Finding } from "../../core/findings/finding";
import { foldText } from "../../core/text/fold";
import { attachmentWrites, type AttachmentLayout, type AttachmentOptions } from "../attachment/attachmentSheet";
import { SHEETS } from "../layout";
import type { BookSnapshot, SheetInfo, WorkbookPort, WriteOp } from "../port";
import type { PlanReading } from "../readPlan";
import { estimateCommand, type EstimateCommandOptions } from "./estimate";
import { runCommand, type CommandRecord, type RunOptions } from "./run";
import { nameKey, sheetNameInUse } from "../safety/sheetNames";
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
 * The attachment sheet as the workbook has it, for those that read it without the
 * add-in's record (check, explain): the "Dự toán (2)" the add-in wrote beside a
 * user's "Dự toán", else a "Dự toán" however it is spelled ("Du toan"), else the
 * name a new one gets. Where the attachment is written: attachmentTarget.
 */
export function attachmentSheetName(sheets: readonly SheetInfo[]): string {
  const candidates = attachmentCandidates(sheets);
  return candidates.find((s) => isAttachmentAlias(s.name))?.name ?? candidates[0]?.name ?? SHEETS.attachment;
}

const ATTACHMENT_KEY = foldText(SHEETS.attachment);
const isAttachmentAlias = (name: string): boolean => {
  const m = /^(.*) \(\d{1,3}\)$/.exec(foldText(name));
  return m !== null && m[1] === ATTACHMENT_KEY;
};
/** "Dự toán" however spelled, and the "Dự toán (2)"… the add-in writes beside a user's: in the workbook's order. */
export const attachmentCandidates = (sheets: readonly SheetInfo[]): SheetInfo[] =>
  sheets.filter((s) => foldText(s.name) === ATTACHMENT_KEY || isAttachmentAlias(s.name));

/** Where the attachment goes, and the finding when a user's sheet has its name. */
export interface AttachmentTarget {
  sheet: string;
  finding?: Finding;
}

/**
 * Issue 12: a sheet the user made is never replaced without asking. The attachment
 * is written on the sheet the add-in's record says is its own (its A1 as the
 * add-in left it), or on an empty "Dự toán"; when a user's sheet holds that name
 * (in any case or spelling) the add-in writes "Dự toán (2)" instead and says so.
 */
export function attachmentTarget(book: BookSnapshot, record: Pick<CommandRecord, "isAddinSheet">): AttachmentTarget {
  const candidates = attachmentCandidates(book.sheets);
  const ours = candidates.find((s) => record.isAddinSheet(s.name));
  if (ours) return { sheet: ours.name };
  const empty = candidates.find((s) => {
    const snapshot = book.read.get(s.name);
    return snapshot !== undefined && snapshot.cells.every((r) => r.every((c) => c.type === "empty"));
  });
  if (empty) return { sheet: empty.name };
  if (!candidates.length) return { sheet: SHEETS.attachment };
  const taken = new Set(book.sheets.map((s) => nameKey(s.name)));
  let n = 2;
  while (taken.has(nameKey(`${SHEETS.attachment} (${n})`))) n++;
  const sheet = `${SHEETS.attachment} (${n})`;
  return { sheet, finding: sheetNameInUse(candidates[0].name, sheet) };
}

/** What the attachment reads: the plan, its Thông tin, the unit's norms, and the allocation when fitting to it. */
export function sheetsForAttachment(sheets: SheetInfo[], options: AttachmentCommandOptions = {}): string[] {
  return [
    ...new Set([
      ...pickSheets(sheets, ["plan", "info", "norms"]),
      ...allocationSheets(sheets, options),
      // Read to tell an empty "Dự toán" from a user's (attachmentTarget).
      ...attachmentCandidates(sheets).map((s) => s.name),
    ]),
  ];
}

/**
 * Lập dự toán (phụ lục): read the plan, estimate it, and lay out the Dự toán sheet.
 * Pure. `record` tells the add-in's own sheets (runAttachment passes it); without
 * it, a workbook with no record: only an empty or new "Dự toán" is the add-in's.
 */
export function attachmentCommand(
  book: BookSnapshot,
  options: AttachmentCommandOptions = {},
  record: Pick<CommandRecord, "isAddinSheet"> = { isAddinSheet: () => false },
): AttachmentCommandResult {
  const { reading, estimate, findings, normsDateSource } = estimateCommand(book, options);
  if (!estimate || !reading.table) return { reading, estimate, findings, writes: [] };
  const target = attachmentTarget(book, record);
  const sheet = target.sheet;
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
  return { reading, estimate, layout, findings: target.finding ? [...own, target.finding] : own, writes: layout.writes };
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
    (book, record) => attachmentCommand(book, options, record),
    options,
  );
}
