import type { Finding } from "../../core/findings/finding";
import type { CellRef } from "../../core/plan/plan";
import type { AttachmentOptions } from "../attachment/attachmentSheet";
import { SHEETS } from "../layout";
import type { BookSnapshot, SheetInfo, WorkbookPort } from "../port";
import { resolveCell } from "../explain/cellArgument";
import { explainCell } from "../explain/explainCell";
import type { Explanation } from "../explain/explanation";
import { attachmentCandidates } from "./attachment";
import { isAddinSheet, recordSheets } from "../safety/sheetNames";
import { loadState } from "../safety/state";
import { allocationSheets, prepareEstimate, type PrepareOptions } from "./prepare";
import { pickSheets } from "./sheets";
import { writtenSheets } from "./writtenSheets";

/** The estimating options the cell was written with (as estimate and attachment take them), and the words of the attachment. */
export type ExplainOptions = PrepareOptions & Pick<AttachmentOptions, "words">;

export interface ExplainResult {
  /** The cell explained, as the workbook spells its sheet; undefined when the name was not a cell of the workbook. */
  cell?: CellRef;
  explanation?: Explanation;
  /** Why the cell could not be looked at (a bad address, a missing sheet); the explanation's own findings are in it. */
  findings: Finding[];
}

/** What explaining reads: what estimating reads, the add-in's sheets, and the sheet of the cell. */
export function sheetsForExplain(sheets: readonly SheetInfo[], target: CellRef | undefined, options: ExplainOptions = {}): string[] {
  const names = [...pickSheets(sheets, ["plan", "info", "norms"]), ...allocationSheets(sheets, options)];
  for (const name of [SHEETS.breakdown, ...attachmentCandidates(sheets).map((s) => s.name), target?.sheet])
    if (name && sheets.some((s) => s.name === name)) names.push(name);
  return [...new Set(names)];
}

/** Giải thích: how one cell the add-in wrote was made, over the sheets read. Pure. */
export function explainCommand(book: BookSnapshot, target: CellRef, options: ExplainOptions = {}): Explanation {
  return explainer(book, options)(target);
}

/** Explains any cell of one workbook as read: the plan is estimated and the layouts are made once. Pure. */
export function explainer(
  book: BookSnapshot,
  options: ExplainOptions = {},
  isAddinSheet?: (name: string) => boolean,
): (target: CellRef) => Explanation {
  const prepared = prepareEstimate(book, options);
  const sheets = prepared.estimate
    ? writtenSheets(
        book,
        { reading: prepared.reading, estimate: prepared.estimate, normsDateSource: prepared.normsDateSource, isAddinSheet },
        options,
      )
    : [];
  return (target) => explainCell({ book, reading: prepared.reading, estimate: prepared.estimate, sheets }, target);
}

/**
 * Explains a cell named "Sheet!A1" (or given as a CellRef) over a port: the list of
 * sheets, then one read batch; nothing is written.
 */
export async function runExplain(port: WorkbookPort, cell: string | CellRef, options: ExplainOptions = {}): Promise<ExplainResult> {
  const sheets = await port.listSheets();
  const resolved = resolveCell(typeof cell === "string" ? cell : `'${cell.sheet.replace(/'/g, "''")}'!${cell.address}`, sheets);
  if ("finding" in resolved) return { findings: [resolved.finding] };
  const snapshots = await port.readSheets([...new Set([...sheetsForExplain(sheets, resolved.cell, options), ...recordSheets(sheets)])]);
  const read = new Map(snapshots.map((s) => [s.name, s]));
  // The add-in's record says which "Dự toán" it wrote (a user's own sheet of that name is not explained as the attachment).
  const owned = loadState(sheets, read).state.owned;
  const book: BookSnapshot = { sheets, read };
  const explanation = explainer(book, options, (name) => isAddinSheet(owned, name, read))(resolved.cell);
  return { cell: resolved.cell, explanation, findings: explanation.findings };
}
