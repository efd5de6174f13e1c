import { a1, columnNumber, rangeA1 } from "../address";
import type { Cell, CellWrite } from "../cells";
import type { SheetSnapshot } from "../port";
import { boxesOf } from "./blocks";
import { cellKey, holdsWrite, keyCol, keyRow, normCell, normFormat } from "./cellState";
import { fingerprint, fingerprintWrite, hash } from "./fingerprint";
import { packPrints, rowPrintsOfWrites, type RowPrints, type StoredPrints } from "./prints";
import type { SheetChange } from "./simulate";
import { widest } from "../../core/arrays";

/** A cell's value as kept in the backup: "n:12", "t:abc", "b:true", "e:#N/A", "d:2020-03-19T00:00:00.000Z"; "" for empty. */
export type KeptValue = string;

/** One cell brought back by restore: address, value, formula (or ""), number format (or "" for General). */
export type KeptCell = [address: string, value: KeptValue, formula?: string, numFmt?: string];

/** A fill as it was before the command, and as the command left it (absent in a backup made before version 2). */
export type KeptFill = [address: string, before: string | null, after?: string | null];
/** A note as it was before the command, and the fingerprint of the one the command left (absent before version 2). */
export type KeptNote = [address: string, before: string | null, after?: string | null];

/**
 * What restore needs to bring one sheet back as it was before the last command,
 * and to tell what the officer changed after it (three-way: before, as the command
 * left it, now).
 * - created: the command made the sheet; restore deletes it. `rows`: the
 *   fingerprint of each row as the command left it.
 * - cells: only what changed: cells with their old value, formula and number format,
 *   ranges that were blank, and old fills and notes where those changed. `after`:
 *   the fingerprint of what the command left in each of those cells (none: empty).
 * - whole: the command cleared the sheet and its merged areas changed; restore
 *   clears it again and writes back every old cell and merge. `rows` as for created.
 * `rows` and `after` are missing in a backup made before version 2.
 */
export type SheetBackup =
  | { sheet: string; kind: "created"; rows?: RowPrints }
  | {
      sheet: string;
      kind: "cells" | "whole";
      cells: KeptCell[];
      blank: string[];
      fills: KeptFill[];
      notes: KeptNote[];
      merges?: string[];
      after?: StoredPrints;
      rows?: RowPrints;
    };

export function keepValue(cell: Cell): KeptValue {
  return cell.type === "empty" ? "" : `${cell.type[0]}:${String(cell.value)}`;
}

export function keptCell(value: KeptValue): Cell {
  if (!value) return { type: "empty" };
  const body = value.slice(2);
  switch (value[0]) {
    case "n":
      return { type: "number", value: body };
    case "b":
      return { type: "bool", value: body === "true" };
    case "e":
      return { type: "error", value: body };
    case "d":
      return { type: "date", value: body };
    default:
      return { type: "text", value: body };
  }
}

const sameMerges = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The backup of one sheet: every cell the batch changes, as it was before.
 * Undefined when nothing changes. Walks the snapshot's arrays directly: an
 * add-in sheet of tens of thousands of cells is compared without building an
 * object per cell.
 */
export function backupSheet(change: SheetChange, snapshot: SheetSnapshot | undefined): SheetBackup | undefined {
  if (change.created) return { sheet: change.sheet, kind: "created", rows: rowPrintsOfWrites(change.blocks, change.notes) };
  if (!snapshot) return undefined;
  const { cleared, values, formats, fills: fillChanges, notes: noteChanges } = change;
  const whole = cleared && !sameMerges(change.mergesBefore, change.mergesAfter);
  // The old fills and notes by cell key: looking them up by address would build an address for every cell.
  const oldFills = new Map(Object.entries(snapshot.fills).map(([address, fill]) => [keyOf(address), fill.toUpperCase()] as const));
  const oldNotes = new Map(Object.entries(snapshot.notes).map(([address, note]) => [keyOf(address), note] as const));
  const top = snapshot.top;
  const left = snapshot.left;
  const bottom = top + snapshot.cells.length - 1;

  const cells: KeptCell[] = [];
  const blankKeys: number[] = [];
  const fills: KeptFill[] = [];
  const notes: KeptNote[] = [];
  /** What the command leaves in each kept cell, by key: the officer's later typing is told from it. */
  const after = new Map<number, string>();

  const visit = (row: number, col: number, key: number, w: CellWrite | undefined): void => {
    const i = row - top;
    const j = col - left;
    const value = normCell(snapshot.cells[i]?.[j]);
    const formula = snapshot.formulas[i]?.[j] ?? null;
    const numFmt = normFormat(snapshot.numberFormats[i]?.[j]);
    const fill = oldFills.size ? (oldFills.get(key) ?? null) : null;
    const note = oldNotes.size ? (oldNotes.get(key) ?? null) : null;
    const address = fill !== null || note !== null ? a1(row, col) : "";
    const hasContent = value.type !== "empty" || formula !== null;
    if (whole) {
      if (hasContent || numFmt) cells.push(kept(a1(row, col), value, formula, numFmt));
      if (fill) fills.push([address, fill]);
      if (note) notes.push([address, note]);
      return;
    }
    const contentChanged = w ? !holdsWrite(value, formula, w) : cleared && hasContent;
    const f = formats.size ? formats.get(key) : undefined;
    const formatChanged = (f !== undefined ? f : cleared ? null : numFmt) !== numFmt;
    if (contentChanged || formatChanged) {
      if (!hasContent && !numFmt) blankKeys.push(key);
      else cells.push(kept(a1(row, col), value, formula, numFmt));
      const left = w ? fingerprintWrite(w) : cleared ? undefined : fingerprint(value, formula);
      if (left) after.set(key, left);
    }
    if (fill !== null || fillChanges.size) {
      const fl = fillChanges.get(key);
      const next = fl !== undefined ? fl : cleared ? null : fill;
      if (next !== fill) fills.push([address || a1(row, col), fill, next]);
    }
    if (note !== null || noteChanges.size) {
      const n = noteChanges.get(key);
      const next = n !== undefined ? n : cleared ? null : note;
      if (next !== note) notes.push([address || a1(row, col), note, next === null ? null : hash(next)]);
    }
  };

  if (cleared) {
    // Each cell once: the blocks written after the clear (the last write wins), then the rest of
    // the old used range (now empty), then cells only styled or noted.
    const width = widest(snapshot.cells);
    const seenInside = new Uint8Array(snapshot.cells.length * width);
    const seenOutside = new Set<number>();
    const firstVisit = (row: number, col: number): boolean => {
      if (row >= top && row <= bottom && col >= left && col < left + width) {
        const index = (row - top) * width + (col - left);
        if (seenInside[index]) return false;
        seenInside[index] = 1;
        return true;
      }
      const key = cellKey(row, col);
      if (seenOutside.has(key)) return false;
      seenOutside.add(key);
      return true;
    };
    for (let b = change.blocks.length - 1; b >= 0; b--) {
      const block = change.blocks[b];
      for (let i = 0; i < block.cells.length; i++) {
        const row = block.cells[i];
        for (let j = 0; j < row.length; j++) {
          const r = block.row + i,
            c = block.col + j;
          if (firstVisit(r, c)) visit(r, c, cellKey(r, c), row[j]);
        }
      }
    }
    for (let i = 0; i < snapshot.cells.length; i++) {
      for (let j = 0; j < width; j++) if (firstVisit(top + i, left + j)) visit(top + i, left + j, cellKey(top + i, left + j), undefined);
    }
    const others = [
      ...formats.keys(),
      ...fillChanges.keys(),
      ...noteChanges.keys(),
      ...Object.keys(snapshot.fills).map(keyOf),
      ...Object.keys(snapshot.notes).map(keyOf),
    ];
    for (const key of others) if (firstVisit(keyRow(key), keyCol(key))) visit(keyRow(key), keyCol(key), key, undefined);
  } else {
    const keys = new Set<number>(values.keys());
    for (const map of [formats, fillChanges, noteChanges]) for (const key of map.keys()) keys.add(key);
    for (const key of keys) visit(keyRow(key), keyCol(key), key, values.get(key));
  }

  if (whole)
    return {
      sheet: change.sheet,
      kind: "whole",
      cells,
      blank: [],
      fills,
      notes,
      merges: change.mergesBefore,
      rows: rowPrintsOfWrites(change.blocks, change.notes),
    };
  if (!cells.length && !blankKeys.length && !fills.length && !notes.length) return undefined;
  const blank = boxesOf(blankKeys).map((b) => rangeA1(b.top, b.left, b.bottom, b.right));
  return { sheet: change.sheet, kind: "cells", cells, blank, fills, notes, after: packPrints(after) };
}

function kept(address: string, value: Cell, formula: string | null, numFmt: string | null): KeptCell {
  const cell: KeptCell = [address, keepValue(value)];
  if (formula || numFmt) cell.push(formula ?? "");
  if (numFmt) cell.push(numFmt);
  return cell;
}

function keyOf(address: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return cellKey(Number(m[2]), columnNumber(m[1]));
}
