import { columnLetter, columnNumber } from "../address";
import { cellText, text, type CellWrite } from "../cells";
import { SHEETS } from "../layout";
import type { SheetSnapshot, WriteOp } from "../port";
import { cellKey, keyCol, keyRow } from "./cellState";
import type { SheetBackup } from "./backup";

/** The hidden sheet where the add-in keeps what it wrote and what it overwrote. */
export const STATE_SHEET = SHEETS.state;

/** What the add-in last wrote in the cells of the user's sheets: fingerprints by sheet, then by cell key. */
export type Written = Map<string, Map<number, string>>;

/** The last command's backup: the sheets it changed as they were, and the record of what the add-in had written. */
export interface Backup {
  sheets: SheetBackup[];
  written: Written;
}

export interface SafetyState {
  written: Written;
  backup: Backup | null;
}

export const emptyState = (): SafetyState => ({ written: new Map(), backup: null });

export const isEmptyState = (s: SafetyState): boolean => s.backup === null && [...s.written.values()].every((m) => m.size === 0);

/** The record as stored: by sheet, by column letter, the first row and one fingerprint per row ("" for none). */
type StoredWritten = Record<string, Record<string, [top: number, fingerprints: string[]]>>;

interface StoredState {
  v: 1;
  written: StoredWritten;
  backup: { sheets: SheetBackup[]; written: StoredWritten } | null;
}

const TITLE = "Dữ liệu khôi phục của add-in Dự toán — đừng sửa, đừng xoá / restore data of the Dự toán add-in — do not edit or delete";
/** An Excel cell holds at most 32.767 characters. */
const CHUNK = 30000;
/** Every chunk starts with this mark, so no chunk can start like a formula. */
const MARK = "j";

function storeWritten(written: Written): StoredWritten {
  const out: StoredWritten = {};
  for (const [sheet, cells] of written) {
    if (!cells.size) continue;
    const byCol = new Map<number, number[]>();
    for (const key of cells.keys()) {
      const list = byCol.get(keyCol(key));
      if (list) list.push(keyRow(key));
      else byCol.set(keyCol(key), [keyRow(key)]);
    }
    const cols: Record<string, [number, string[]]> = {};
    for (const [col, rows] of byCol) {
      const top = Math.min(...rows);
      const bottom = Math.max(...rows);
      const prints: string[] = [];
      for (let r = top; r <= bottom; r++) prints.push(cells.get(cellKey(r, col)) ?? "");
      cols[columnLetter(col)] = [top, prints];
    }
    out[sheet] = cols;
  }
  return out;
}

function loadWritten(stored: StoredWritten): Written {
  const written: Written = new Map();
  for (const [sheet, cols] of Object.entries(stored)) {
    const cells = new Map<number, string>();
    for (const [letters, [top, prints]] of Object.entries(cols)) {
      const col = columnNumber(letters);
      prints.forEach((p, i) => p && cells.set(cellKey(top + i, col), p));
    }
    written.set(sheet, cells);
  }
  return written;
}

/** The state kept in the hidden sheet; a missing sheet is an empty state. Throws on a damaged sheet. */
export function readState(sheet: SheetSnapshot | undefined): SafetyState {
  if (!sheet) return emptyState();
  const chunks: string[] = [];
  for (let row = 2; row - sheet.top < sheet.cells.length; row++) {
    const t = cellText(sheet.cells[row - sheet.top]?.[1 - sheet.left]);
    if (!t) break;
    if (!t.startsWith(MARK)) throw new Error(`bad chunk in row ${row}`);
    chunks.push(t.slice(MARK.length));
  }
  if (!chunks.length) return emptyState();
  const stored = JSON.parse(chunks.join("")) as StoredState;
  if (stored.v !== 1) throw new Error(`unknown version ${String(stored.v)}`);
  return {
    written: loadWritten(stored.written ?? {}),
    backup: stored.backup ? { sheets: stored.backup.sheets, written: loadWritten(stored.backup.written ?? {}) } : null,
  };
}

/** The writes that store the state (or delete the hidden sheet when nothing is left to keep). */
export function stateWrites(state: SafetyState, sheetExists: boolean): WriteOp[] {
  if (isEmptyState(state)) return sheetExists ? [{ op: "deleteSheet", sheet: STATE_SHEET }] : [];
  const stored: StoredState = {
    v: 1,
    written: storeWritten(state.written),
    backup: state.backup ? { sheets: state.backup.sheets, written: storeWritten(state.backup.written) } : null,
  };
  const json = JSON.stringify(stored);
  const rows: CellWrite[][] = [[text(TITLE)]];
  for (let i = 0; i < json.length;) {
    let end = Math.min(json.length, i + CHUNK);
    if (end < json.length && /[\ud800-\udbff]/.test(json[end - 1])) end--; // never split a surrogate pair
    rows.push([text(MARK + json.slice(i, end))]);
    i = end;
  }
  return [
    { op: "ensureSheet", sheet: STATE_SHEET, hidden: true },
    { op: "clearSheet", sheet: STATE_SHEET },
    { op: "cells", sheet: STATE_SHEET, row: 1, col: 1, cells: rows },
  ];
}

export function copyWritten(written: Written): Written {
  return new Map([...written].map(([sheet, cells]) => [sheet, new Map(cells)]));
}

export function sameWritten(a: Written, b: Written): boolean {
  const sheets = new Set([...a.keys(), ...b.keys()]);
  for (const sheet of sheets) {
    const x = a.get(sheet) ?? new Map<number, string>();
    const y = b.get(sheet) ?? new Map<number, string>();
    if (x.size !== y.size) return false;
    for (const [k, v] of x) if (y.get(k) !== v) return false;
  }
  return true;
}
