import { a1, parseRange, rangeA1 } from "../address";
import { blank, type CellWrite } from "../cells";
import type { Finding } from "../../core/findings/finding";
import type { SheetSnapshot, WriteOp } from "../port";
import { boxMinus } from "./blocks";
import { cellKey, contentOfWrite, hasContent, stateAt, keyRow, keyCol } from "./cellState";
import { fingerprint } from "./fingerprint";
import { userValueKept } from "./messages";
import type { Written } from "./state";
import { widest } from "../../core/arrays";

export interface KeepResult {
  writes: WriteOp[];
  findings: Finding[];
}

/**
 * The user's own typing wins: a cell of the user's sheets (not one the add-in
 * owns and rewrites whole) that holds something other than what the add-in last
 * wrote there is not overwritten, unless forced. Each such cell is a finding, and
 * its write (value and number format) is taken out of the batch.
 */
export function keepUserValues(
  writes: readonly WriteOp[],
  read: ReadonlyMap<string, SheetSnapshot>,
  owned: ReadonlySet<string>,
  written: Written,
  force: boolean,
): KeepResult {
  const findings: Finding[] = [];
  const kept = new Map<string, Set<number>>();
  for (const w of writes) {
    if (w.op !== "cells" || owned.has(w.sheet)) continue;
    const snapshot = read.get(w.sheet);
    if (!snapshot) continue;
    const record = written.get(w.sheet);
    w.cells.forEach((row, i) =>
      row.forEach((cw, j) => {
        const r = w.row + i,
          c = w.col + j;
        const before = stateAt(snapshot, r, c, ""); // its value and formula: fills and notes are not typing
        if (!hasContent(before)) return;
        const current = fingerprint(before.value, before.formula);
        const next = contentOfWrite(cw);
        if (current === fingerprint(next.value, next.formula)) return; // already what the add-in writes
        const key = cellKey(r, c);
        if (record?.get(key) === current) return; // the add-in's own value from last time
        if (force) return;
        let set = kept.get(w.sheet);
        if (!set) kept.set(w.sheet, (set = new Set()));
        if (set.has(key)) return;
        set.add(key);
        findings.push(userValueKept(w.sheet, a1(r, c), before.value, before.formula, wanted(cw)));
      }),
    );
  }
  if (!kept.size) return { writes: [...writes], findings };
  return { writes: writes.flatMap((w) => without(w, kept.get(w.sheet))), findings };
}

function wanted(w: CellWrite): string {
  switch (w.type) {
    case "empty":
      return "";
    case "formula":
      return w.formula;
    default:
      return w.value;
  }
}

/** A write with the kept cells taken out: a block split into the boxes around them. */
function without(w: WriteOp, kept: Set<number> | undefined): WriteOp[] {
  if (!kept?.size) return [w];
  const skip = (r: number, c: number) => kept.has(cellKey(r, c));
  if (w.op === "cells") {
    const height = w.cells.length;
    const width = widest(w.cells);
    const box = { top: w.row, left: w.col, bottom: w.row + height - 1, right: w.col + width - 1 };
    if (!anyInside(kept, box)) return [w];
    return boxMinus(box, (r, c) => skip(r, c) || w.cells[r - w.row]?.[c - w.col] === undefined).map((b) => ({
      ...w,
      row: b.top,
      col: b.left,
      cells: rowsOf(b).map((r) => colsOf(b).map((c) => w.cells[r - w.row][c - w.col] ?? blank)),
      ...(w.numberFormats && {
        numberFormats: rowsOf(b).map((r) => colsOf(b).map((c) => w.numberFormats![r - w.row]?.[c - w.col] ?? null)),
      }),
    }));
  }
  if (w.op === "style" && (w.style.numberFormat || w.style.fill !== undefined)) {
    const box = parseRange(w.range);
    if (!anyInside(kept, box)) return [w];
    return boxMinus(box, skip).map((b) => ({ ...w, range: rangeA1(b.top, b.left, b.bottom, b.right) }));
  }
  return [w];
}

function anyInside(keys: Set<number>, box: { top: number; left: number; bottom: number; right: number }): boolean {
  for (const key of keys) {
    const r = keyRow(key),
      c = keyCol(key);
    if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) return true;
  }
  return false;
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const rowsOf = (b: { top: number; bottom: number }) => span(b.top, b.bottom);
const colsOf = (b: { left: number; right: number }) => span(b.left, b.right);
