import type { Finding } from "../../core/findings/finding";
import type { BookSnapshot, SheetInfo, SheetSnapshot, WorkbookPort, WriteOp } from "../port";
import { guardWrites } from "../safety/guard";
import { STATE_SHEET } from "../safety/state";

/** What every workbook command computes from the sheets it read: findings, and the writes to apply. */
export interface CommandOutcome {
  findings: Finding[];
  /** Empty when nothing must be written (or when the command refused to write). */
  writes: WriteOp[];
}

export interface RunOptions {
  /** Overwrite cells the user typed in the add-in's output columns without asking. */
  force?: boolean;
}

/** By default a command writes only sheets it picks to read (its own output sheets among them). */
const pickedOnly = (): string[] => [];

/**
 * Runs a command over a port with a fixed number of batches, whatever the
 * workbook's size: list the sheets; read, in one batch, the ones the command
 * picks, the other sheets it may write (`targets`: a command that writes a
 * sheet it does not read names it there, or that sheet cannot be backed up and
 * the run says so with a "not-backed-up" finding) and the hidden state sheet;
 * compute (pure); write everything at once. The safety net (src/workbook/safety)
 * sits between compute and write: cells the user typed in output cells are kept
 * (unless options.force), and what the batch overwrites is backed up in the same
 * batch for restore.
 *
 * The command sees only the sheets it picked; its `writes` in the result are
 * the ones applied to its sheets (without kept cells), its findings include
 * the safety net's.
 */
export async function runCommand<R extends CommandOutcome>(
  port: WorkbookPort,
  pick: (sheets: SheetInfo[]) => string[],
  compute: (book: BookSnapshot) => R,
  options: RunOptions = {},
  targets: (sheets: SheetInfo[]) => string[] = pickedOnly,
): Promise<R> {
  const sheets = await port.listSheets();
  const picked = pick(sheets);
  const names = [...new Set([...picked, ...targets(sheets), ...(sheets.some((s) => s.name === STATE_SHEET) ? [STATE_SHEET] : [])])];
  const snapshots = await port.readSheets(names);
  const all = new Map<string, SheetSnapshot>(snapshots.map((s) => [s.name, s]));
  const read = new Map(picked.filter((n) => all.has(n)).map((n) => [n, all.get(n)!] as const));
  const outcome = compute({ sheets, read });
  const guarded = guardWrites(sheets, all, outcome.writes, options);
  if (guarded.batch.length) await port.apply(guarded.batch, { sheets, read: all });
  return { ...outcome, writes: guarded.writes, findings: [...outcome.findings, ...guarded.findings] };
}
