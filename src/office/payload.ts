import type { WriteOp } from "../workbook/port";
import type { CellWrite } from "../workbook/cells";
import { parseRange, rangeA1 } from "../workbook/address";

/**
 * Excel on the web refuses a request (and a response) over 5 MB. Writes are
 * queued in batches whose estimated request stays under a budget; a normal plan
 * is one batch. Only a write bigger than the budget (thousands of activities
 * with their breakdown) is cut into several batches, one sync each, so the
 * number of syncs grows with the bytes written, never with the number of rows of
 * a plan that fits. Desktop Excel has no such limit: there the budget is
 * unlimited and every write is one batch.
 */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What a batch may hold on the web: the limit less room for the request's own framing. */
export const WEB_SYNC_BUDGET = 4 * 1024 * 1024;
/** What each queued operation costs beyond its data: object paths and action records (an estimate). */
export const OP_OVERHEAD = 600;

/** UTF-8 bytes of a value's JSON, the way Office.js sends it. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated request bytes of one write: its data plus the operation's framing. */
export function writeBytes(w: WriteOp): number {
  switch (w.op) {
    case "cells":
      // Each cell is sent as a bare value ("text", 123, null): about its JSON less the CellWrite wrapper.
      return (
        OP_OVERHEAD +
        w.cells.reduce((sum, row) => sum + row.reduce((s, c) => s + cellBytes(c), 2), 2) +
        (w.numberFormats ? jsonBytes(w.numberFormats) : 0)
      );
    case "style": {
      if (!w.style.numberFormat) return OP_OVERHEAD * 4;
      const box = parseRange(w.range);
      const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
      return OP_OVERHEAD * 4 + cells * (jsonBytes(w.style.numberFormat) + 1);
    }
    default:
      return OP_OVERHEAD + jsonBytes(w);
  }
}

function cellBytes(c: CellWrite): number {
  switch (c.type) {
    case "empty":
      return 3;
    case "number":
      return c.value.length + 1;
    case "text":
      return jsonBytes(c.value) + 2;
    case "formula":
      return jsonBytes(c.formula) + 1;
  }
}

/** Cuts a write that alone exceeds the budget into row slices that fit. Other writes come back whole. */
export function splitWrite(w: WriteOp, budget: number): WriteOp[] {
  if (writeBytes(w) <= budget) return [w];
  if (w.op === "cells") {
    const parts: WriteOp[] = [];
    let start = 0;
    while (start < w.cells.length) {
      let end = start;
      let bytes = OP_OVERHEAD;
      while (end < w.cells.length) {
        const row =
          writeBytes({ ...w, cells: [w.cells[end]], numberFormats: w.numberFormats ? [w.numberFormats[end] ?? []] : undefined }) -
          OP_OVERHEAD;
        if (end > start && bytes + row > budget) break;
        bytes += row;
        end++;
      }
      parts.push({
        ...w,
        row: w.row + start,
        cells: w.cells.slice(start, end),
        ...(w.numberFormats && { numberFormats: w.numberFormats.slice(start, end) }),
      });
      start = end;
    }
    return parts;
  }
  if (w.op === "style" && w.style.numberFormat) {
    const box = parseRange(w.range);
    const perRow = (box.right - box.left + 1) * (jsonBytes(w.style.numberFormat) + 1);
    const rows = Math.max(1, Math.floor((budget - OP_OVERHEAD * 4) / perRow));
    const parts: WriteOp[] = [];
    for (let top = box.top; top <= box.bottom; top += rows) {
      parts.push({ ...w, range: rangeA1(top, box.left, Math.min(box.bottom, top + rows - 1), box.right) });
    }
    return parts;
  }
  return [w];
}

/** The writes in order, grouped into batches that each fit the budget (one batch when all fit). */
export function planBatches(writes: readonly WriteOp[], budget: number): WriteOp[][] {
  if (!Number.isFinite(budget)) return writes.length ? [[...writes]] : [];
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const w of writes.flatMap((x) => splitWrite(x, budget))) {
    const size = writeBytes(w);
    if (current.length && bytes + size > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(w);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}
