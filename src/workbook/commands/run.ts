import type { Finding } from "../../core/findings/finding";
import { readBook, type BookSnapshot, type SheetInfo, type WorkbookPort, type WriteOp } from "../port";

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

/**
 * Runs a command over a port with a fixed number of batches, whatever the
 * workbook's size: list the sheets, read the ones the command picks, compute
 * (pure), write everything at once.
 */
export async function runCommand<R extends CommandOutcome>(
  port: WorkbookPort,
  pick: (sheets: SheetInfo[]) => string[],
  compute: (book: BookSnapshot) => R,
  _options: RunOptions = {},
): Promise<R> {
  const book = await readBook(port, pick);
  const outcome = compute(book);
  if (outcome.writes.length) await port.apply(outcome.writes);
  return outcome;
}
