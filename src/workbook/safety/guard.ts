import type { Finding } from "../../core/findings/finding";
import { a1 } from "../address";
import type { MarksState } from "../marks";
import type { SheetInfo, SheetSnapshot, WriteOp } from "../port";
import { backupSheet, type SheetBackup } from "./backup";
import { fingerprintWrite } from "./fingerprint";
import { notBackedUp, numberNotExact, stateUnreadable } from "./messages";
import { a1PrintOfWrites, freeStateName, nameKey, sheetNameInUse, STATE_SHEET } from "./sheetNames";
import { simulateWrites } from "./simulate";
import { copyWritten, encodeState, marksOf, recordOf, stateWrites, type LoadedState, type SafetyState } from "./state";
import { keepUserValues } from "./userValues";
import { append } from "../../core/arrays";

export interface GuardOptions {
  /** Overwrite cells the user typed in the add-in's output cells. */
  force?: boolean;
}

export interface Guarded {
  /** The command's writes, without the cells kept for the user. */
  writes: WriteOp[];
  /** The same, followed by the backup and the record in the hidden sheet: the one batch to apply. */
  batch: WriteOp[];
  findings: Finding[];
  /** How many cells (and sheets created) restore would bring back after this batch. */
  backedUp: number;
}

/**
 * The safety net around a command's write batch, computed purely from the
 * sheets read before it and the add-in's record (`loaded`, see state.loadState):
 * 1. the user's own typing wins (cells kept, with a finding, unless forced);
 * 2. every cell the batch changes is kept as it was, in the hidden sheet, in the
 *    same batch, so restore can bring it back, with what the batch leaves there,
 *    so restore can tell what the officer changes after; a sheet the batch
 *    creates is noted so restore can delete it;
 * 3. the one record of what the add-in wrote (fingerprints in the user's sheets,
 *    the check's marks and phased quarters, the sheets it owns) is brought up to
 *    date; `marks` is the check's new record, else the old one stays.
 * A batch that changes nothing changes nothing here either, so running a command
 * twice leaves the workbook as running it once.
 */
export function guardWrites(
  sheets: readonly SheetInfo[],
  read: ReadonlyMap<string, SheetSnapshot>,
  writes: readonly WriteOp[],
  options: GuardOptions,
  loaded: LoadedState,
  marks?: MarksState,
): Guarded {
  const findings: Finding[] = [];
  if (loaded.problem) findings.push(stateUnreadable(loaded.sheet ?? STATE_SHEET, loaded.problem));
  const state = loaded.state;
  const stateName = loaded.sheet ?? freeStateName(sheets);
  const hidden = new Set([stateName, ...(loaded.legacyMarks ? [loaded.legacyMarks] : [])].map(nameKey));
  const commandWrites = writes.filter((w) => !hidden.has(nameKey(w.sheet)));
  // Nothing to write, and no new marks record (marks on a sheet no longer read are forgotten without a write): nothing to do.
  const marksChanged = marks !== undefined && JSON.stringify(marks) !== JSON.stringify(marksOf(state));
  if (!commandWrites.length && !marksChanged) return { writes: [], batch: [], findings, backedUp: 0 };

  const existing = new Set(sheets.map((s) => s.name));
  const owned = new Set<string>([stateName]);
  for (const w of commandWrites) if (w.op === "clearSheet" || (w.op === "ensureSheet" && !existing.has(w.sheet))) owned.add(w.sheet);

  const keep = keepUserValues(commandWrites, read, owned, state.written, options.force ?? false);
  append(append(findings, keep.findings), precisionFindings(keep.writes));

  const changes = simulateWrites(existing, read, keep.writes);
  const backups: SheetBackup[] = [];
  let backedUp = 0;
  for (const change of changes.values()) {
    if (change.unread) {
      findings.push(notBackedUp(change.sheet));
      continue;
    }
    const b = backupSheet(change, read.get(change.sheet));
    if (!b) continue;
    backups.push(b);
    backedUp += b.kind === "created" ? 1 : b.cells.length + b.fills.length + b.notes.length + b.blank.length;
  }

  const written = copyWritten(state.written);
  for (const change of changes.values()) {
    if (owned.has(change.sheet)) {
      written.delete(change.sheet);
      continue;
    }
    let record = written.get(change.sheet);
    if (!record) written.set(change.sheet, (record = new Map()));
    for (const [key, w] of change.values) {
      const print = fingerprintWrite(w);
      if (print) record.set(key, print);
      else record.delete(key);
    }
    if (!record.size) written.delete(change.sheet);
  }

  // The sheets the add-in owns: those it creates or rewrites whole now, with what it leaves in A1; sheets gone are forgotten.
  const ownedNow = new Map([...state.owned].filter(([name]) => existing.has(name)));
  for (const change of changes.values()) {
    if (change.created || change.cleared) ownedNow.set(change.sheet, a1PrintOfWrites(keep.writes, change.sheet));
  }

  const record = { written, ...(marks ?? { marks: state.marks, phased: state.phased }), owned: ownedNow };
  const next: SafetyState = { ...record, backup: backups.length ? { ...recordOf(state), sheets: backups } : state.backup };
  const json = encodeState(next);
  if (json === loaded.json && !loaded.migrate) return { writes: keep.writes, batch: keep.writes, findings, backedUp };
  const place = { name: stateName, exists: loaded.sheet !== undefined, legacyMarks: loaded.legacyMarks };
  const stateBatch = stateWrites(next, place, json);
  if (!loaded.sheet && stateName !== STATE_SHEET && stateBatch.some((w) => w.op === "ensureSheet"))
    findings.push(sheetNameInUse(sheets.find((s) => nameKey(s.name) === nameKey(STATE_SHEET))?.name ?? STATE_SHEET, stateName));
  return { writes: keep.writes, batch: [...keep.writes, ...stateBatch], findings, backedUp };
}

/**
 * Excel keeps 15 significant digits: a number with more is not stored exactly; and
 * the amount in words (the sheet's formula, amountInWords) stops below 10^15. Both
 * are an error at the cell: the cell and the words would disagree.
 */
function precisionFindings(writes: readonly WriteOp[]): Finding[] {
  const out: Finding[] = [];
  for (const w of writes) {
    if (w.op !== "cells") continue;
    w.cells.forEach((row, i) =>
      row.forEach((cw, j) => {
        const value = cw.type === "number" ? cw.value : cw.type === "formula" ? cw.cached : undefined;
        if (value !== undefined && value.length > 15 && (significantDigits(value) > 15 || integerDigits(value) > 15))
          out.push(numberNotExact(w.sheet, a1(w.row + i, w.col + j), value));
      }),
    );
  }
  return out;
}

function integerDigits(value: string): number {
  if (/e/i.test(value)) return Math.floor(Math.log10(Math.abs(Number(value)))) + 1;
  return value.replace(/^[-+]/, "").replace(/\..*$/, "").replace(/^0+/, "").length;
}

function significantDigits(value: string): number {
  const digits = value.replace(/^[-+]/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  return digits.replace(/0+$/, "").length || 1;
}
