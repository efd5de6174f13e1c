import { columnLetter, columnNumber } from "../address";
import { cellAt, formulaAt, type SheetSnapshot } from "../port";
import type { CellWrite } from "../cells";
import { cellKey, keyCol, keyRow, normCell } from "./cellState";
import { fingerprint, fingerprintWrite, hash } from "./fingerprint";

/**
 * Fingerprints by cell, as stored: by column letters, the first row and one
 * fingerprint per row from there ("" for none). A column the add-in wrote is one
 * short array, not one entry per cell.
 */
export type StoredPrints = Record<string, [top: number, prints: string[]]>;

export function packPrints(cells: ReadonlyMap<number, string>): StoredPrints {
  const byCol = new Map<number, number[]>();
  for (const [key, print] of cells) {
    if (!print) continue;
    const list = byCol.get(keyCol(key));
    if (list) list.push(keyRow(key));
    else byCol.set(keyCol(key), [keyRow(key)]);
  }
  const out: StoredPrints = {};
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = byCol.get(col)!;
    let top = Infinity;
    let bottom = 0;
    for (const r of rows) {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
    }
    const prints: string[] = [];
    for (let r = top; r <= bottom; r++) prints.push(cells.get(cellKey(r, col)) ?? "");
    out[columnLetter(col)] = [top, prints];
  }
  return out;
}

export function unpackPrints(stored: StoredPrints): Map<number, string> {
  const cells = new Map<number, string>();
  for (const [letters, [top, prints]] of Object.entries(stored)) {
    const col = columnNumber(letters);
    prints.forEach((p, i) => p && cells.set(cellKey(top + i, col), p));
  }
  return cells;
}

/** What a cell of a snapshot holds, as a fingerprint ("" for nothing). */
export function printAt(sheet: SheetSnapshot | undefined, row: number, col: number): string {
  if (!sheet) return "";
  return fingerprint(normCell(cellAt(sheet, row, col)), formulaAt(sheet, row, col)) ?? "";
}

/**
 * One fingerprint per row of a sheet: its cells' contents and notes. The add-in
 * keeps them for a sheet it created or rewrote whole, so restore can tell whether
 * anyone changed the sheet since, and which row.
 */
export type RowPrints = [top: number, prints: string[]];

type Parts = Map<number, string[]>;

const addPart = (parts: Parts, row: number, part: string) => {
  const list = parts.get(row);
  if (list) list.push(part);
  else parts.set(row, [part]);
};

function packRows(parts: Parts): RowPrints {
  const rows = [...parts.keys()].sort((a, b) => a - b);
  if (!rows.length) return [1, []];
  const top = rows[0];
  const prints: string[] = Array(rows[rows.length - 1] - top + 1).fill("");
  for (const r of rows) prints[r - top] = hash(parts.get(r)!.sort().join(";"));
  return [top, prints];
}

/** The row fingerprints of what a batch leaves in a sheet: its blocks (the last write wins) and its notes. */
export function rowPrintsOfWrites(
  blocks: readonly { row: number; col: number; cells: CellWrite[][] }[],
  notes: ReadonlyMap<number, string | null>,
): RowPrints {
  const seen = new Map<number, Set<number>>();
  const parts: Parts = new Map();
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b];
    for (let i = 0; i < block.cells.length; i++) {
      const row = block.row + i;
      let cols = seen.get(row);
      if (!cols) seen.set(row, (cols = new Set()));
      const cells = block.cells[i];
      for (let j = 0; j < cells.length; j++) {
        const col = block.col + j;
        if (cols.has(col)) continue;
        cols.add(col);
        const print = fingerprintWrite(cells[j]);
        if (print) addPart(parts, row, `${col}=${print}`);
      }
    }
  }
  for (const [key, note] of notes) if (note) addPart(parts, keyRow(key), `${keyCol(key)}#${hash(note)}`);
  return packRows(parts);
}

/** The row fingerprints of a sheet as it is now. */
export function rowPrintsOf(sheet: SheetSnapshot): RowPrints {
  const parts: Parts = new Map();
  for (let i = 0; i < sheet.cells.length; i++) {
    const row = sheet.cells[i];
    for (let j = 0; j < row.length; j++) {
      const print = fingerprint(normCell(row[j]), sheet.formulas[i]?.[j] ?? null);
      if (print) addPart(parts, sheet.top + i, `${sheet.left + j}=${print}`);
    }
  }
  for (const [address, note] of Object.entries(sheet.notes)) {
    if (!note) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (m) addPart(parts, Number(m[2]), `${columnNumber(m[1])}#${hash(note)}`);
  }
  return packRows(parts);
}

/** The rows where two row fingerprints differ, in order. */
export function changedRows(recorded: RowPrints, now: RowPrints): number[] {
  const [t1, p1] = recorded;
  const [t2, p2] = now;
  const from = Math.min(p1.length ? t1 : Infinity, p2.length ? t2 : Infinity);
  const to = Math.max(p1.length ? t1 + p1.length - 1 : 0, p2.length ? t2 + p2.length - 1 : 0);
  const out: number[] = [];
  for (let r = from; r <= to; r++) if ((p1[r - t1] ?? "") !== (p2[r - t2] ?? "")) out.push(r);
  return out;
}
