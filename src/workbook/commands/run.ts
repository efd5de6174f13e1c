import type { Finding } from "../../core/findings/finding";
import type { MarksState } from "../marks";
import type { BookSnapshot, SheetInfo, SheetSnapshot, WorkbookPort, WriteOp } from "../port";
import { SHEETS } from "../layout";
import { guardWrites } from "../safety/guard";
import { isAddinSheet, placeOwnSheets, recordSheets } from "../safety/sheetNames";
import { loadState, marksOf } from "../safety/state";

/** What every workbook command computes from the sheets it read: findings, and the writes to apply. */
export interface CommandOutcome {
  findings: Finding[];
  /** Empty when nothing must be written (or when the command refused to write). */
  writes: WriteOp[];
  /** The check's new record of its marks and phased quarters; kept in the add-in's record with the writes. */
  marks?: MarksState;
}

/** What a command may ask of the add-in's own record, besides the sheets it read. */
export interface CommandRecord {
  /** The check's marks and the quarters it phased, as last recorded. */
  marks: MarksState;
  /**
   * True when the sheet is one the add-in created (or last rewrote whole) and its
   * A1 still holds what the add-in wrote there: not a user's sheet of that name.
   */
  isAddinSheet(name: string): boolean;
}

export interface RunOptions {
  /** Overwrite cells the user typed in the add-in's output cells without asking. */
  force?: boolean;
}

/** The workbook as the add-in lays it out (import, the sample): every sheet under its own name. */
const LAID_OUT: SheetInfo[] = Object.values(SHEETS).map((name) => ({ name, visible: name !== SHEETS.state, protected: false }));

/** By default a command writes only sheets it picks to read (its own output sheets among them). */
const pickedOnly = (): string[] => [];

/**
 * Runs a command over a port with a fixed number of batches, whatever the
 * workbook's size: list the sheets (with the sheets of the add-in's layout read
 * in the same batch where the port can); read, in one batch, the other ones the command
 * picks, the other sheets it may write (`targets`: a command that writes a
 * sheet it does not read names it there, or that sheet cannot be backed up and
 * the run says so with a "not-backed-up" finding) and the add-in's record (the
 * hidden state sheet); compute (pure); write everything at once. The safety net
 * (src/workbook/safety) sits between compute and write: the add-in's own sheets
 * are written where they really are (never over a user's sheet of that name),
 * cells the user typed in output cells are kept (unless options.force), and what
 * the batch overwrites is backed up in the same batch for restore.
 *
 * The command sees only the sheets it picked, and the record (its marks, which
 * sheets are the add-in's); its `writes` in the result are the ones applied to its
 * sheets (without kept cells), its findings include the safety net's.
 */
export async function runCommand<R extends CommandOutcome>(
  port: WorkbookPort,
  pick: (sheets: SheetInfo[]) => string[],
  compute: (book: BookSnapshot, record: CommandRecord) => R,
  options: RunOptions = {},
  targets: (sheets: SheetInfo[]) => string[] = pickedOnly,
): Promise<R> {
  const wanted = (list: SheetInfo[]) => [...new Set([...pick(list), ...targets(list), ...recordSheets(list)])];
  // The sheets the command would read in a workbook laid out as the add-in lays it out come with the list.
  const listed = port.listAndRead ? await port.listAndRead(wanted(LAID_OUT)) : { sheets: await port.listSheets(), read: [] };
  const sheets = listed.sheets;
  const picked = pick(sheets);
  const all = new Map<string, SheetSnapshot>(listed.read.map((s) => [s.name, s]));
  const missing = wanted(sheets).filter((n) => !all.has(n));
  if (missing.length) for (const s of await port.readSheets(missing)) all.set(s.name, s);
  const read = new Map(picked.filter((n) => all.has(n)).map((n) => [n, all.get(n)!] as const));
  const loaded = loadState(sheets, all);
  const outcome = compute(
    { sheets, read },
    { marks: marksOf(loaded.state), isAddinSheet: (name) => isAddinSheet(loaded.state.owned, name, all) },
  );
  const placed = placeOwnSheets(outcome.writes, sheets, all, loaded.state.owned);
  const guarded = guardWrites(sheets, all, placed.writes, options, loaded, outcome.marks);
  if (guarded.batch.length) await port.apply(guarded.batch, { sheets, read: all });
  return { ...outcome, writes: guarded.writes, findings: [...outcome.findings, ...placed.findings, ...guarded.findings] };
}
