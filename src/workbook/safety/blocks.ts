import { cellKey, keyCol, keyRow } from "./cellState";
import { append } from "../../core/arrays";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Groups cells into rectangles: runs of neighbouring cells along a row, and
 * runs of rows with the same span stacked into one box. A column written by a
 * command comes back as one box, so restoring it is one write, not one per cell.
 */
export function boxesOf(keys: Iterable<number>): Box[] {
  const byRow = new Map<number, number[]>();
  for (const key of keys) {
    const row = keyRow(key);
    const cols = byRow.get(row);
    if (cols) cols.push(keyCol(key));
    else byRow.set(row, [keyCol(key)]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, Box>();
  const done: Box[] = [];
  let previousRow = -1;
  for (const row of rows) {
    const spans = runs(byRow.get(row)!.sort((a, b) => a - b));
    const still = new Map<string, Box>();
    for (const [left, right] of spans) {
      const id = `${left}:${right}`;
      const box = previousRow === row - 1 ? open.get(id) : undefined;
      if (box) {
        box.bottom = row;
        open.delete(id);
        still.set(id, box);
      } else {
        still.set(id, { top: row, left, bottom: row, right });
      }
    }
    append(done, open.values());
    open.clear();
    for (const [id, box] of still) open.set(id, box);
    previousRow = row;
  }
  append(done, open.values());
  return done;
}

function runs(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else if (!last || c > last[1]) out.push([c, c]);
  }
  return out;
}

/**
 * The parts of a box left when some of its cells are taken out, as boxes.
 * `skip` says whether a (row, col) is taken out.
 */
export function boxMinus(box: Box, skip: (row: number, col: number) => boolean): Box[] {
  const keep: number[] = [];
  let any = false;
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      if (skip(r, c)) any = true;
      else keep.push(cellKey(r, c));
    }
  }
  return any ? boxesOf(keep) : [box];
}
