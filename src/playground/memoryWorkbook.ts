import { batchProblem } from "../workbook/writeRules";
import { EMPTY, type Cell, type CellWrite } from "../workbook/cells";
import { a1, parseRange, type RangeBox } from "../workbook/address";
import type { CellStyle, PageSetup, SheetInfo, SheetSnapshot, WorkbookPort, WriteOp } from "../workbook/port";

/** One cell of the in-memory workbook. Cells are replaced, never mutated, so a copy of a sheet is cheap. */
export interface MemoryCell {
  value: Cell;
  /** "=SUM(F5:F9)" when the cell holds a formula; its value is then the cached result. */
  formula: string | null;
  numFmt: string | null;
  style: Omit<CellStyle, "numberFormat">;
}

export interface MemorySheet {
  name: string;
  visible: boolean;
  protected: boolean;
  /** By cellKey(row, col). */
  cells: Map<number, MemoryCell>;
  merges: string[];
  notes: Map<string, string>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  pageSetup?: PageSetup;
}

/** Excel's last column is 16384 (XFD). */
const WIDTH = 16385;
export const cellKey = (row: number, col: number): number => row * WIDTH + col;
const keyRow = (key: number) => Math.floor(key / WIDTH);
const keyCol = (key: number) => key % WIDTH;

const BLANK_CELL: MemoryCell = Object.freeze({ value: EMPTY, formula: null, numFmt: null, style: Object.freeze({}) });

/**
 * The workbook port over a workbook held in memory: sheets as grids of cells
 * with values, formulas' cached results, number formats, styles, notes and
 * merges. The browser playground and the task pane's tests run on it.
 * apply() is all or nothing: the whole batch is validated, then applied to a
 * copy that replaces the workbook only when every write succeeded.
 */
export interface MemoryWorkbook extends WorkbookPort {
  /** The sheets in tab order (read-only view; use apply() to change them). */
  sheets(): readonly MemorySheet[];
  sheet(name: string): MemorySheet | undefined;
  /** The cell at a 1-based row and column (a blank one where nothing was written). */
  cell(sheet: string, row: number, col: number): MemoryCell;
  /** Turns Protect Sheet on or off (the playground's stand-in for Excel's). */
  protect(sheet: string, on?: boolean): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Grows by one with every change, for views that re-render. */
  version(): number;
}

function cloneSheet(s: MemorySheet): MemorySheet {
  return {
    ...s,
    cells: new Map(s.cells),
    merges: [...s.merges],
    notes: new Map(s.notes),
    columnWidths: new Map(s.columnWidths),
    rowHeights: new Map(s.rowHeights),
  };
}

function newSheet(name: string, hidden = false): MemorySheet {
  return {
    name,
    visible: !hidden,
    protected: false,
    cells: new Map(),
    merges: [],
    notes: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
  };
}

function written(w: CellWrite): Pick<MemoryCell, "value" | "formula"> {
  switch (w.type) {
    case "empty":
      return { value: EMPTY, formula: null };
    case "number":
      return { value: { type: "number", value: w.value }, formula: null };
    case "text":
      // Text is text, whatever it starts with: "=1+1" typed as text stays text.
      return { value: w.value === "" ? EMPTY : { type: "text", value: w.value }, formula: null };
    case "formula":
      return {
        value:
          w.cachedText !== undefined
            ? { type: "text", value: w.cachedText }
            : w.cached === undefined
              ? EMPTY
              : { type: "number", value: w.cached },
        formula: w.formula.startsWith("=") ? w.formula : `=${w.formula}`,
      };
  }
}

const overlaps = (a: RangeBox, b: RangeBox) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Checks a whole batch before any of it is applied, with Excel's rules (writeRules.ts). Throws the first problem found. */
function validate(sheets: readonly MemorySheet[], writes: readonly WriteOp[]): void {
  const problem = batchProblem(
    writes,
    sheets.map((s) => ({ name: s.name, visible: s.visible, protected: s.protected })),
  );
  if (!problem) return;
  const why = {
    ItemNotFound: `Sheet "${problem.sheet}" không tồn tại / sheet "${problem.sheet}" does not exist`,
    AccessDenied: `Sheet "${problem.sheet}" đang được bảo vệ; không ghi được / sheet "${problem.sheet}" is protected; cannot write (${problem.detail})`,
    InvalidArgument: `Sheet "${problem.sheet}": ${problem.detail}`,
  }[problem.code];
  throw new Error(why);
}

function applyOne(sheets: MemorySheet[], w: WriteOp): void {
  const find = (name: string) => sheets.find((s) => sameName(s.name, name))!;
  const setCell = (s: MemorySheet, row: number, col: number, change: (c: MemoryCell) => MemoryCell) => {
    const key = cellKey(row, col);
    s.cells.set(key, change(s.cells.get(key) ?? BLANK_CELL));
  };
  switch (w.op) {
    case "ensureSheet": {
      const existing = sheets.find((s) => sameName(s.name, w.sheet));
      if (!existing) sheets.push(newSheet(w.sheet, w.hidden));
      else if (w.hidden) existing.visible = false;
      return;
    }
    case "deleteSheet": {
      const i = sheets.findIndex((s) => sameName(s.name, w.sheet));
      if (i >= 0) sheets.splice(i, 1);
      return;
    }
    case "clearSheet": {
      const s = find(w.sheet);
      s.cells.clear();
      s.merges = [];
      s.notes.clear();
      s.rowHeights.clear();
      s.freeze = undefined;
      return;
    }
    case "cells": {
      const s = find(w.sheet);
      w.cells.forEach((row, i) =>
        row.forEach((cw, j) => {
          const fmt = w.numberFormats?.[i]?.[j];
          setCell(s, w.row + i, w.col + j, (c) => ({ ...c, ...written(cw), numFmt: fmt ?? c.numFmt }));
        }),
      );
      return;
    }
    case "style": {
      const s = find(w.sheet);
      const box = parseRange(w.range);
      const { numberFormat, ...style } = w.style;
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          setCell(s, r, c, (cell) => ({ ...cell, numFmt: numberFormat ?? cell.numFmt, style: { ...cell.style, ...style } }));
        }
      }
      return;
    }
    case "merge": {
      const s = find(w.sheet);
      const box = parseRange(w.range);
      const clash = s.merges.find((m) => overlaps(parseRange(m), box));
      if (clash) throw new Error(`Vùng ${w.range} chồng lên vùng đã gộp ${clash} / ${w.range} overlaps the merged ${clash}`);
      s.merges.push(w.range);
      return;
    }
    case "columnWidths": {
      const s = find(w.sheet);
      w.widths.forEach((width, i) => s.columnWidths.set(w.from + i, width));
      return;
    }
    case "rowHeights": {
      const s = find(w.sheet);
      w.heights.forEach((h, i) => s.rowHeights.set(w.from + i, h));
      return;
    }
    case "freeze":
      find(w.sheet).freeze = { rows: w.rows, columns: w.columns };
      return;
    case "pageSetup":
      find(w.sheet).pageSetup = w.setup;
      return;
    case "note": {
      const s = find(w.sheet);
      const address = a1(parseRange(w.address).top, parseRange(w.address).left);
      if (w.text === null) s.notes.delete(address);
      else s.notes.set(address, w.text);
      return;
    }
  }
}

const hasContent = (c: MemoryCell) => c.value.type !== "empty" || c.formula !== null;

/** The used range of a sheet as the port reads it: the box around cells holding values, formulas or notes. */
function snapshot(s: MemorySheet): SheetSnapshot {
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  const grow = (row: number, col: number) => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  };
  for (const [key, c] of s.cells) if (hasContent(c)) grow(keyRow(key), keyCol(key));
  for (const address of s.notes.keys()) {
    const box = parseRange(address);
    grow(box.top, box.left);
  }
  const base: SheetSnapshot = {
    name: s.name,
    visible: s.visible,
    protected: s.protected,
    top: 1,
    left: 1,
    cells: [],
    formulas: [],
    numberFormats: [],
    merges: [...s.merges],
    hiddenRows: [],
    notes: Object.fromEntries(s.notes),
    fills: {},
  };
  if (bottom === 0) return base;
  base.top = top;
  base.left = left;
  for (let r = top; r <= bottom; r++) {
    const cells: Cell[] = [],
      formulas: (string | null)[] = [],
      formats: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = s.cells.get(cellKey(r, c)) ?? BLANK_CELL;
      cells.push(cell.value);
      formulas.push(cell.formula);
      formats.push(cell.numFmt ?? "General");
      if (cell.style.fill) base.fills[a1(r, c)] = cell.style.fill;
    }
    base.cells.push(cells);
    base.formulas.push(formulas);
    base.numberFormats.push(formats);
  }
  return base;
}

/** A new in-memory workbook, empty or with the sheets given. */
export function createMemoryWorkbook(initial: readonly MemorySheet[] = []): MemoryWorkbook {
  let sheets: MemorySheet[] = initial.map(cloneSheet);
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    listeners.forEach((l) => l());
  };
  const byName = (name: string) => sheets.find((s) => sameName(s.name, name));

  return {
    async listSheets(): Promise<SheetInfo[]> {
      return sheets.map((s) => ({ name: s.name, visible: s.visible, protected: s.protected }));
    },
    async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
      return names
        .map(byName)
        .filter((s): s is MemorySheet => s !== undefined)
        .map(snapshot);
    },
    async apply(writes: readonly WriteOp[]): Promise<void> {
      validate(sheets, writes);
      const next = sheets.map(cloneSheet);
      for (const w of writes) applyOne(next, w);
      sheets = next;
      changed();
    },
    sheets: () => sheets,
    sheet: byName,
    cell: (name, row, col) => byName(name)?.cells.get(cellKey(row, col)) ?? BLANK_CELL,
    protect(name, on = true) {
      const s = byName(name);
      if (!s) return;
      sheets = sheets.map((x) => (x === s ? { ...x, protected: on } : x));
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
