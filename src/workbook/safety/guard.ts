import type { Finding } from "../../core/findings/finding";
import { a1 } from "../address";
import type { SheetInfo, SheetSnapshot, WriteOp } from "../port";
import { backupSheet, type SheetBackup } from "./backup";
import { fingerprintWrite } from "./fingerprint";
import { notBackedUp, numberNotExact, stateUnreadable } from "./messages";
import { simulateWrites } from "./simulate";
import { STATE_SHEET, copyWritten, emptyState, readState, sameWritten, stateWrites, type SafetyState } from "./state";
import { keepUserValues } from "./userValues";

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
 * sheets read before it:
 * 1. the user's own typing wins (cells kept, with a finding, unless forced);
 * 2. every cell the batch changes is kept as it was, in the hidden sheet, in the
 *    same batch, so restore can bring it back; a sheet the batch creates is noted
 *    so restore can delete it;
 * 3. the record of what the add-in wrote in the user's sheets is brought up to date.
 * A batch that changes nothing changes nothing here either, so running a command
 * twice leaves the workbook as running it once.
 */
export function guardWrites(
  sheets: readonly SheetInfo[],
  read: ReadonlyMap<string, SheetSnapshot>,
  writes: readonly WriteOp[],
  options: GuardOptions = {},
): Guarded {
  const findings: Finding[] = [];
  const stateSnapshot = read.get(STATE_SHEET);
  let state: SafetyState;
  try {
    state = readState(stateSnapshot);
  } catch (e) {
    findings.push(stateUnreadable(STATE_SHEET, e instanceof Error ? e.message : String(e)));
    state = emptyState();
  }
  const commandWrites = writes.filter((w) => w.sheet !== STATE_SHEET);
  if (!commandWrites.length) return { writes: [], batch: [], findings, backedUp: 0 };

  const existing = new Set(sheets.map((s) => s.name));
  const owned = new Set<string>([STATE_SHEET]);
  for (const w of commandWrites) if (w.op === "clearSheet" || (w.op === "ensureSheet" && !existing.has(w.sheet))) owned.add(w.sheet);

  const keep = keepUserValues(commandWrites, read, owned, state.written, options.force ?? false);
  findings.push(...keep.findings, ...precisionFindings(keep.writes));

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

  let next: SafetyState | undefined;
  if (backups.length) next = { written, backup: { sheets: backups, written: state.written } };
  else if (!sameWritten(written, state.written)) next = { written, backup: state.backup };
  const batch = next ? [...keep.writes, ...stateWrites(next, stateSnapshot !== undefined)] : keep.writes;
  return { writes: keep.writes, batch, findings, backedUp };
}

/** Excel keeps 15 significant digits: a number with more is not stored exactly. */
function precisionFindings(writes: readonly WriteOp[]): Finding[] {
  const out: Finding[] = [];
  for (const w of writes) {
    if (w.op !== "cells") continue;
    w.cells.forEach((row, i) =>
      row.forEach((cw, j) => {
        const value = cw.type === "number" ? cw.value : cw.type === "formula" ? cw.cached : undefined;
        if (value !== undefined && value.length > 15 && significantDigits(value) > 15)
          out.push(numberNotExact(w.sheet, a1(w.row + i, w.col + j), value));
      }),
    );
  }
  return out;
}

function significantDigits(value: string): number {
  const digits = value.replace(/^[-+]/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  return digits.replace(/0+$/, "").length || 1;
}
