import type { Finding } from "../../core/findings/finding";
import { a1, parseRange } from "../address";
import { blank, num, text, type Cell, type CellWrite } from "../cells";
import { cellAt, formulaAt, type SheetInfo, type SheetSnapshot, type WorkbookPort, type WriteOp } from "../port";
import { keptCell, type KeptCell, type SheetBackup } from "./backup";
import { boxesOf } from "./blocks";
import { cellKey, keyCol, keyRow, normCell } from "./cellState";
import { fingerprint, hash } from "./fingerprint";
import {
  nothingToRestore,
  restoreFormulaAsText,
  restoreKeptSheet,
  restoreKeptUserNote,
  restoreKeptUserValue,
  restoreSheetMissing,
  restoreSheetProtected,
  stateUnreadable,
} from "./messages";
import { changedRows, printAt, rowPrintsOf, unpackPrints } from "./prints";
import { STATE_SHEET, stateCandidates } from "./sheetNames";
import { loadState, stateWrites, type LoadedState, type SafetyState } from "./state";
import { append } from "../../core/arrays";

export interface RestoreResult {
  findings: Finding[];
  /** The batch applied (empty when there was nothing to restore, the record is damaged or a sheet is protected). */
  writes: WriteOp[];
  /** Cells written back, and sheets deleted because the last command had created them. */
  restoredCells: number;
  deletedSheets: string[];
  /** Cells (and notes) the officer changed after the command, kept as they are; sheets kept count one each. */
  keptCells: number;
}

/** Excel's day count: 1900-01-00 is day 0 (with its 1900 leap-year bug, hence 25569 for 1970-01-01). */
function serialOf(iso: string): string {
  const ms = Date.parse(iso);
  return String(ms / 86400000 + 25569);
}

/** The write that puts a kept cell back: its formula (with its cached number or text), or its value. */
function cellWrite([, value, formula]: KeptCell): CellWrite {
  const cell = keptCell(value);
  if (formula) {
    if (cell.type === "number") return { type: "formula", formula, cached: cell.value };
    if (cell.type === "text") return { type: "formula", formula, cachedText: cell.value };
    return { type: "formula", formula };
  }
  switch (cell.type) {
    case "empty":
      return blank;
    case "number":
      return num(cell.value);
    case "text":
      return text(cell.value);
    case "date":
      return num(serialOf(cell.value)); // a date is a serial with a date format; the format comes back with it
    case "bool":
      return { type: "formula", formula: cell.value ? "=TRUE()" : "=FALSE()" };
    case "error":
      return { type: "formula", formula: `=${cell.value}` };
  }
}

/**
 * True when a formula could reach outside the workbook: a DDE link (=cmd|'…'!A0),
 * a reference to another file or a web address, or a function that fetches,
 * opens or calls (HYPERLINK, WEBSERVICE, RTD, CALL, REGISTER, EXEC, IMAGE). The
 * record is input like any other: restore never runs such a formula from it.
 */
export function reachesOutside(formula: string): boolean {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return (
    bare.includes("|") ||
    /\][\p{L}\p{N}_. ]*'?!/u.test(bare) ||
    /'[^']*(:\\|\\\\|\/\/)[^']*'!/.test(bare) ||
    /\b(HYPERLINK|WEBSERVICE|FILTERXML|RTD|CALL|REGISTER|REGISTER\.ID|EXEC|IMAGE|DDE|DDEAUTO)\s*\(/i.test(bare)
  );
}

type ContentBackup = Exclude<SheetBackup, { kind: "created" }>;

/** What restore writes in one cell: its value and number format. */
interface CellRestore {
  write: CellWrite;
  format: string;
}

/** The state of one restore: its findings and counts, shared by the sheets. */
interface Tally {
  findings: Finding[];
  restoredCells: number;
  keptCells: number;
}

/** The writes that put cells back, grouped into rectangles (one write per box, not per cell). */
function boxWrites(sheet: string, cells: ReadonlyMap<number, CellRestore>): WriteOp[] {
  return boxesOf(cells.keys()).map((box) => {
    const rows: CellWrite[][] = [];
    const numberFormats: string[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: CellWrite[] = [];
      const formats: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const k = cells.get(cellKey(r, c))!;
        row.push(k.write);
        formats.push(k.format);
      }
      rows.push(row);
      numberFormats.push(formats);
    }
    return { op: "cells", sheet, row: box.top, col: box.left, cells: rows, numberFormats };
  });
}

/** A kept cell's write, with a formula that reaches outside the workbook written as text. */
function safeWrite(sheet: string, kept: KeptCell, tally: Tally): CellWrite {
  const write = cellWrite(kept);
  if (write.type !== "formula" || !reachesOutside(write.formula)) return write;
  tally.findings.push(restoreFormulaAsText(sheet, kept[0], write.formula));
  return text(write.formula);
}

/** The fingerprint of a kept cell's content ("" for nothing). */
function keptPrint([, value, formula]: KeptCell): string {
  return fingerprint(keptCell(value), formula || null) ?? "";
}

/**
 * Three-way, cell by cell: before the command (the backup), as the command left
 * it (`after`), now (`now`). A cell that holds something else than the command
 * left is the officer's: kept, with a finding. A backup made before version 2 has
 * no `after`; `written` (what the add-in last wrote in the user's sheets) stands in.
 */
function cellsRestore(
  b: ContentBackup,
  now: SheetSnapshot | undefined,
  written: ReadonlyMap<number, string> | undefined,
  tally: Tally,
): WriteOp[] {
  const sheet = b.sheet;
  const after = b.after ? unpackPrints(b.after) : undefined;
  const expected = (key: number): string | undefined => (after ? (after.get(key) ?? "") : written?.get(key));
  const restore = new Map<number, CellRestore>();
  const consider = (key: number, beforePrint: string, put: () => CellRestore) => {
    const r = keyRow(key);
    const c = keyCol(key);
    const current = printAt(now, r, c);
    const left = expected(key);
    if (current !== beforePrint && left !== undefined && current !== left) {
      const cell: Cell = now ? normCell(cellAt(now, r, c)) : { type: "empty" };
      tally.findings.push(restoreKeptUserValue(sheet, a1(r, c), cell, now ? formulaAt(now, r, c) : null));
      tally.keptCells++;
      return;
    }
    restore.set(key, put());
  };
  for (const kept of b.cells) {
    const box = parseRange(kept[0]);
    consider(cellKey(box.top, box.left), keptPrint(kept), () => ({ write: safeWrite(sheet, kept, tally), format: kept[3] || "General" }));
  }
  for (const range of b.blank) {
    const box = parseRange(range);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) consider(cellKey(r, c), "", () => ({ write: blank, format: "General" }));
    }
  }
  tally.restoredCells += restore.size;
  const writes = boxWrites(sheet, restore);
  for (const [address, before, after] of b.fills) {
    const current = now?.fills[address]?.toUpperCase() ?? null;
    if (after !== undefined && current !== (after?.toUpperCase() ?? null) && current !== (before?.toUpperCase() ?? null)) continue;
    writes.push({ op: "style", sheet, range: address, style: { fill: before } });
  }
  for (const [address, before, after] of b.notes) {
    const current = now?.notes[address] ?? null;
    if (after !== undefined && (current === null ? null : hash(current)) !== after && current !== before) {
      tally.findings.push(restoreKeptUserNote(sheet, address));
      tally.keptCells++;
      continue;
    }
    writes.push({ op: "note", sheet, address, text: before });
  }
  return writes;
}

/** The writes that bring back a sheet the command cleared whole (its merged areas changed): clear it, write every old cell. */
function wholeRestore(b: ContentBackup, tally: Tally): WriteOp[] {
  const sheet = b.sheet;
  const writes: WriteOp[] = [{ op: "clearSheet", sheet }];
  const cells = new Map<number, CellRestore>();
  for (const kept of b.cells) {
    const box = parseRange(kept[0]);
    cells.set(cellKey(box.top, box.left), { write: safeWrite(sheet, kept, tally), format: kept[3] || "General" });
  }
  append(writes, boxWrites(sheet, cells));
  tally.restoredCells += cells.size;
  for (const range of b.merges ?? []) writes.push({ op: "merge", sheet, range });
  for (const [address, fill] of b.fills) writes.push({ op: "style", sheet, range: address, style: { fill } });
  for (const [address, note] of b.notes) writes.push({ op: "note", sheet, address, text: note });
  return writes;
}

/**
 * Hoàn tác: the writes that bring back what the last command overwrote (values,
 * formulas, number formats, fills, notes), and delete the sheets it created;
 * three-way: what the officer changed after the command is kept, with a finding,
 * never erased. A sheet the command created or rewrote whole and that was changed
 * since is left as it is. Pure: works from the list of sheets, the add-in's record,
 * and the sheets the backup names as they are now (`now`).
 *
 * The record goes back to what it was before the command, so running the same
 * command again gives back what restore took away; the backup is used up, so a
 * second restore finds nothing to restore and changes nothing.
 */
export function restoreWrites(loaded: LoadedState, sheets: readonly SheetInfo[], now: ReadonlyMap<string, SheetSnapshot>): RestoreResult {
  const none = { writes: [], restoredCells: 0, deletedSheets: [], keptCells: 0 };
  const state = loaded.state;
  const backup = state.backup;
  if (!backup) return { findings: [nothingToRestore()], ...none };
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const blocked = backup.sheets.filter((b) => byName.get(b.sheet)?.protected).map((b) => restoreSheetProtected(b.sheet));
  if (blocked.length) return { findings: blocked, ...none };

  const tally: Tally = { findings: [], restoredCells: 0, keptCells: 0 };
  const writes: WriteOp[] = [];
  const deletedSheets: string[] = [];
  const keptSheets: string[] = [];
  for (const b of backup.sheets) {
    if (!byName.has(b.sheet)) {
      if (b.kind !== "created") tally.findings.push(restoreSheetMissing(b.sheet));
      continue;
    }
    if (b.kind === "cells") {
      append(writes, cellsRestore(b, now.get(b.sheet), state.written.get(b.sheet), tally));
      continue;
    }
    const sheetNow = now.get(b.sheet);
    const changed = b.rows && sheetNow ? changedRows(b.rows, rowPrintsOf(sheetNow)) : [];
    if (changed.length) {
      tally.findings.push(restoreKeptSheet(b.sheet, b.kind === "created", changed));
      tally.keptCells++;
      keptSheets.push(b.sheet);
    } else if (b.kind === "created") {
      writes.push({ op: "deleteSheet", sheet: b.sheet });
      deletedSheets.push(b.sheet);
    } else append(writes, wholeRestore(b, tally));
  }
  // The record as it was before the command; a sheet kept because the officer changed it stays the add-in's.
  const gone = new Set(deletedSheets);
  const owned = new Map([...backup.owned].filter(([name]) => byName.has(name) && !gone.has(name)));
  for (const name of keptSheets) if (state.owned.has(name)) owned.set(name, state.owned.get(name)!);
  const restored: SafetyState = { written: backup.written, marks: backup.marks, phased: backup.phased, owned, backup: null };
  writes.push(
    ...stateWrites(restored, { name: loaded.sheet ?? STATE_SHEET, exists: loaded.sheet !== undefined, legacyMarks: loaded.legacyMarks }),
  );
  return { findings: tally.findings, writes, restoredCells: tally.restoredCells, deletedSheets, keptCells: tally.keptCells };
}

/**
 * Runs restore over a port: list the sheets; read the record (the state sheet's
 * possible names); read the sheets its backup names, as they are now; write
 * everything back in one batch. A record that is damaged or was edited by hand
 * is refused with an error, and nothing is written.
 */
export async function runRestore(port: WorkbookPort): Promise<RestoreResult> {
  const none = { writes: [], restoredCells: 0, deletedSheets: [], keptCells: 0 };
  const sheets = await port.listSheets();
  const candidates = stateCandidates(sheets);
  const read = new Map((candidates.length ? await port.readSheets(candidates) : []).map((s) => [s.name, s] as const));
  const loaded = loadState(sheets, read);
  if (loaded.problem) return { findings: [stateUnreadable(loaded.sheet ?? STATE_SHEET, loaded.problem, true)], ...none };
  const backup = loaded.state.backup;
  if (!backup) return { findings: [nothingToRestore()], ...none };
  const existing = new Set(sheets.map((s) => s.name));
  const names = [...new Set(backup.sheets.map((b) => b.sheet))].filter((n) => existing.has(n) && !read.has(n));
  for (const s of names.length ? await port.readSheets(names) : []) read.set(s.name, s);
  const result = restoreWrites(loaded, sheets, read);
  if (result.writes.length) await port.apply(result.writes, { sheets, read });
  return result;
}
