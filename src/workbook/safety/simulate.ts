import { parseRange } from "../address";
import type { CellWrite } from "../cells";
import type { SheetSnapshot, WriteOp } from "../port";
import { cellKey, normFormat } from "./cellState";

/**
 * What one write batch does to one sheet, worked out from the sheet's snapshot
 * before it runs. Per cell key: the last value written, and the number format,
 * fill and note set (null: taken off). A cell in none of the maps keeps what it
 * had, or is empty when the sheet is cleared.
 */
export interface SheetChange {
  sheet: string;
  /** The sheet did not exist: the batch creates it. */
  created: boolean;
  /** The batch clears the sheet (a sheet the add-in owns, rewritten whole). */
  cleared: boolean;
  /** The batch writes to an existing sheet that was not read: nothing can be compared. */
  unread: boolean;
  /** Values written on a sheet the batch does not clear, by cell key. */
  values: Map<number, CellWrite>;
  /** Blocks written after the sheet was cleared (or into the sheet the batch creates), in order (kept as blocks, not per cell). */
  blocks: { row: number; col: number; cells: CellWrite[][] }[];
  formats: Map<number, string | null>;
  fills: Map<number, string | null>;
  notes: Map<number, string | null>;
  mergesBefore: string[];
  mergesAfter: string[];
}

/** Runs the batch in memory over the snapshots, without touching the workbook. */
export function simulateWrites(
  existing: ReadonlySet<string>,
  read: ReadonlyMap<string, SheetSnapshot>,
  writes: readonly WriteOp[],
): Map<string, SheetChange> {
  const changes = new Map<string, SheetChange>();
  const change = (sheet: string): SheetChange => {
    let c = changes.get(sheet);
    if (!c) {
      const snapshot = read.get(sheet);
      const created = !existing.has(sheet);
      c = {
        sheet,
        created,
        cleared: false,
        unread: !created && !snapshot,
        values: new Map(),
        blocks: [],
        formats: new Map(),
        fills: new Map(),
        notes: new Map(),
        mergesBefore: snapshot?.merges ?? [],
        mergesAfter: [...(snapshot?.merges ?? [])],
      };
      changes.set(sheet, c);
    }
    return c;
  };

  for (const w of writes) {
    const c = change(w.sheet);
    if (c.created) {
      // A new sheet has nothing to back up and nothing of the user's: only what the batch leaves in it is kept track of.
      if (w.op === "clearSheet") {
        c.blocks = [];
        c.notes.clear();
      } else if (w.op === "cells") c.blocks.push({ row: w.row, col: w.col, cells: w.cells });
      else if (w.op === "note") {
        const box = parseRange(w.address);
        c.notes.set(cellKey(box.top, box.left), w.text || null);
      }
      continue;
    }
    switch (w.op) {
      case "clearSheet":
        c.cleared = true;
        c.values.clear();
        c.blocks = [];
        c.formats.clear();
        c.fills.clear();
        c.notes.clear();
        c.mergesAfter = [];
        break;
      case "cells":
        if (c.cleared) c.blocks.push({ row: w.row, col: w.col, cells: w.cells });
        for (let i = 0; i < w.cells.length; i++) {
          const row = w.cells[i];
          const formats = w.numberFormats?.[i];
          if (!c.cleared) for (let j = 0; j < row.length; j++) c.values.set(cellKey(w.row + i, w.col + j), row[j]);
          if (formats) {
            for (let j = 0; j < row.length; j++) if (formats[j]) c.formats.set(cellKey(w.row + i, w.col + j), normFormat(formats[j]));
          }
        }
        break;
      case "style": {
        const { numberFormat, fill } = w.style;
        if (!numberFormat && fill === undefined) break;
        const box = parseRange(w.range);
        const numFmt = numberFormat ? normFormat(numberFormat) : undefined;
        const colour = fill === undefined ? undefined : fill === null ? null : fill.toUpperCase();
        for (let r = box.top; r <= box.bottom; r++) {
          for (let col = box.left; col <= box.right; col++) {
            if (numFmt !== undefined) c.formats.set(cellKey(r, col), numFmt);
            if (colour !== undefined) c.fills.set(cellKey(r, col), colour);
          }
        }
        break;
      }
      case "note": {
        const box = parseRange(w.address);
        c.notes.set(cellKey(box.top, box.left), w.text || null);
        break;
      }
      case "merge":
        c.mergesAfter.push(w.range);
        break;
      default:
        break; // sheet creation, widths, heights, panes, page setup, deletion: not cell content
    }
  }
  return changes;
}
