import type { Finding } from "../../core/findings/finding";
import { parseRange } from "../address";
import { blank, num, text, type CellWrite } from "../cells";
import type { SheetInfo, WorkbookPort, WriteOp } from "../port";
import { keptCell, type KeptCell, type SheetBackup } from "./backup";
import { boxesOf } from "./blocks";
import { cellKey } from "./cellState";
import { nothingToRestore, restoreSheetMissing, restoreSheetProtected, stateUnreadable } from "./messages";
import { STATE_SHEET, readState, stateWrites, type SafetyState } from "./state";

export interface RestoreResult {
  findings: Finding[];
  /** The batch applied (empty when there was nothing to restore or a sheet was protected). */
  writes: WriteOp[];
  /** Cells written back, and sheets deleted because the last command had created them. */
  restoredCells: number;
  deletedSheets: string[];
}

/** Excel's day count: 1900-01-00 is day 0 (with its 1900 leap-year bug, hence 25569 for 1970-01-01). */
function serialOf(iso: string): string {
  const ms = Date.parse(iso);
  return String(ms / 86400000 + 25569);
}

/** The write that puts a kept cell back: its formula (with its cached number), or its value. */
function cellWrite([, value, formula]: KeptCell): CellWrite {
  const cell = keptCell(value);
  if (formula) return { type: "formula", formula, cached: cell.type === "number" ? cell.value : undefined };
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

function keyOfAddress(address: string): number {
  const box = parseRange(address);
  return cellKey(box.top, box.left);
}

/** The writes that bring one sheet back. */
function sheetRestore(b: Exclude<SheetBackup, { kind: "created" }>): WriteOp[] {
  const sheet = b.sheet;
  const writes: WriteOp[] = [];
  if (b.kind === "whole") writes.push({ op: "clearSheet", sheet });
  const byKey = new Map(b.cells.map((c) => [keyOfAddress(c[0]), c] as const));
  for (const box of boxesOf(byKey.keys())) {
    const cells: CellWrite[][] = [];
    const numberFormats: string[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: CellWrite[] = [];
      const formats: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const kept = byKey.get(cellKey(r, c))!;
        row.push(cellWrite(kept));
        formats.push(kept[3] || "General");
      }
      cells.push(row);
      numberFormats.push(formats);
    }
    writes.push({ op: "cells", sheet, row: box.top, col: box.left, cells, numberFormats });
  }
  for (const range of b.blank) {
    const box = parseRange(range);
    const height = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    writes.push({
      op: "cells",
      sheet,
      row: box.top,
      col: box.left,
      cells: Array.from({ length: height }, () => Array<CellWrite>(width).fill(blank)),
      numberFormats: Array.from({ length: height }, () => Array<string>(width).fill("General")),
    });
  }
  for (const range of b.merges ?? []) writes.push({ op: "merge", sheet, range });
  for (const [address, fill] of b.fills) writes.push({ op: "style", sheet, range: address, style: { fill } });
  for (const [address, note] of b.notes) writes.push({ op: "note", sheet, address, text: note });
  return writes;
}

const countCells = (b: SheetBackup): number =>
  b.kind === "created"
    ? 0
    : b.cells.length +
      b.blank.reduce((n, r) => {
        const box = parseRange(r);
        return n + (box.bottom - box.top + 1) * (box.right - box.left + 1);
      }, 0);

/**
 * Hoàn tác: the writes that bring back what the last command overwrote, cell for
 * cell (values, formulas, number formats, fills, notes), and delete the sheets it
 * created. Pure: works from the list of sheets and the state kept in the hidden sheet.
 */
export function restoreWrites(state: SafetyState, sheets: readonly SheetInfo[]): RestoreResult {
  const findings: Finding[] = [];
  const backup = state.backup;
  if (!backup) return { findings: [nothingToRestore()], writes: [], restoredCells: 0, deletedSheets: [] };
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const blocked = backup.sheets.filter((b) => byName.get(b.sheet)?.protected).map((b) => restoreSheetProtected(b.sheet));
  if (blocked.length) return { findings: blocked, writes: [], restoredCells: 0, deletedSheets: [] };

  const writes: WriteOp[] = [];
  const deletedSheets: string[] = [];
  let restoredCells = 0;
  for (const b of backup.sheets) {
    if (!byName.has(b.sheet)) {
      if (b.kind !== "created") findings.push(restoreSheetMissing(b.sheet));
      continue;
    }
    if (b.kind === "created") {
      writes.push({ op: "deleteSheet", sheet: b.sheet });
      deletedSheets.push(b.sheet);
      continue;
    }
    writes.push(...sheetRestore(b));
    restoredCells += countCells(b);
  }
  writes.push(...stateWrites({ written: backup.written, backup: null }, byName.has(STATE_SHEET)));
  return { findings, writes, restoredCells, deletedSheets };
}

/** Runs restore over a port: list the sheets, read the hidden sheet, write everything back in one batch. */
export async function runRestore(port: WorkbookPort): Promise<RestoreResult> {
  const sheets = await port.listSheets();
  const [stateSheet] = sheets.some((s) => s.name === STATE_SHEET) ? await port.readSheets([STATE_SHEET]) : [undefined];
  let state: SafetyState;
  try {
    state = readState(stateSheet);
  } catch (e) {
    return {
      findings: [stateUnreadable(STATE_SHEET, e instanceof Error ? e.message : String(e))],
      writes: [],
      restoredCells: 0,
      deletedSheets: [],
    };
  }
  const result = restoreWrites(state, sheets);
  if (result.writes.length) await port.apply(result.writes, { sheets, read: new Map(stateSheet ? [[STATE_SHEET, stateSheet]] : []) });
  return result;
}
