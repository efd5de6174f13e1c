import type { CellStyle, PageSetup, WriteOp } from "../workbook/port";
import { columnLetter, parseRange, rangeA1 } from "../workbook/address";
import type { XlContext, XlRange, XlWorksheet } from "./excelApi";
import { formatRectangle, rectangle } from "./writeCells";

/** What the preflight learned, and the sheet proxies of this batch. */
export interface WriteState {
  /** Existing sheets by lower-cased name (Excel's sheet names ignore case). */
  existing: Map<string, string>;
  /** Sheets that are not visible (Hidden or VeryHidden), by lower-cased name: made Hidden before they are deleted. */
  hidden: Set<string>;
  /** Cells holding a note, as "sheet!A1" with the sheet lower-cased (ExcelApi 1.18 only). */
  notes: Set<string>;
  supports(version: string): boolean;
  proxies: Map<string, XlWorksheet>;
}

const key = (sheet: string) => sheet.toLocaleLowerCase();
export const noteKey = (sheet: string, address: string) => `${key(sheet)}!${address.replace(/\$/g, "").toUpperCase()}`;

function sheetOf(ctx: XlContext, state: WriteState, name: string): XlWorksheet {
  let ws = state.proxies.get(key(name));
  if (!ws) {
    ws = ctx.workbook.worksheets.getItem(state.existing.get(key(name)) ?? name);
    state.proxies.set(key(name), ws);
  }
  return ws;
}

/** Excel column width in points for a width in characters of the default font (Calibri 11: 7 px a digit, 5 px padding). */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Runs of equal values: [[start index, length, value], ...]. */
function runs<T>(values: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1, v]);
  });
  return out;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function applyStyle(range: XlRange, rangeAddress: string, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontName) f.font.name = s.fontName;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill === null) f.fill.clear();
  else if (s.fill) f.fill.color = s.fill;
  if (s.horizontal) f.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) f.verticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  const box = parseRange(rangeAddress);
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (s.border) {
    const edges = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      ...(rows > 1 ? ["InsideHorizontal"] : []),
      ...(cols > 1 ? ["InsideVertical"] : []),
    ];
    for (const edge of edges) {
      const border = f.borders.getItem(edge);
      if (s.border === "thin") {
        border.style = "Continuous";
        border.weight = "Thin";
      } else border.style = "None";
    }
  }
  if (s.numberFormat) {
    const fmt = s.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(fmt));
  }
}

function pageSetup(ws: XlWorksheet, p: PageSetup): void {
  const pl = ws.pageLayout;
  pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = p.paperSize;
  // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file format).
  pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  if (p.margins) {
    pl.leftMargin = p.margins.left * 72;
    pl.rightMargin = p.margins.right * 72;
    pl.topMargin = p.margins.top * 72;
    pl.bottomMargin = p.margins.bottom * 72;
  }
  pl.setPrintArea(p.printArea);
  if (p.printTitleRows) {
    const [from, to = from] = p.printTitleRows.replace(/\$/g, "").split(":");
    pl.setPrintTitleRows(`$${from}:$${to}`);
  }
}

/** Queues one write on the context: 2-D arrays per range, never cell by cell. */
export function queueWrite(ctx: XlContext, state: WriteState, w: WriteOp): void {
  switch (w.op) {
    case "ensureSheet": {
      let ws = state.proxies.get(key(w.sheet));
      if (!ws && !state.existing.has(key(w.sheet))) {
        ws = ctx.workbook.worksheets.add(w.sheet);
        state.existing.set(key(w.sheet), w.sheet);
        state.proxies.set(key(w.sheet), ws);
      }
      if (w.hidden) {
        sheetOf(ctx, state, w.sheet).visibility = "VeryHidden";
        state.hidden.add(key(w.sheet));
      }
      return;
    }
    case "deleteSheet": {
      if (!state.existing.has(key(w.sheet))) return;
      const ws = sheetOf(ctx, state, w.sheet);
      // Excel refuses to delete a VeryHidden sheet ("the delete operation will fail with an
      // InvalidOperation exception. You should first change its visibility to hidden or visible
      // before deleting it", Worksheet.delete()). Every sheet not visible is set Hidden first, in the same batch.
      if (state.hidden.has(key(w.sheet))) ws.visibility = "Hidden";
      ws.delete();
      state.existing.delete(key(w.sheet));
      state.hidden.delete(key(w.sheet));
      state.proxies.delete(key(w.sheet));
      return;
    }
    case "clearSheet": {
      const ws = sheetOf(ctx, state, w.sheet);
      const all = ws.getRange();
      all.unmerge();
      all.clear("All");
      all.format.useStandardHeight = true;
      ws.freezePanes.unfreeze();
      for (const n of [...state.notes]) if (n.startsWith(`${key(w.sheet)}!`)) state.notes.delete(n);
      return;
    }
    case "cells": {
      const { width, values, hasFormula } = rectangle(w.cells);
      if (width === 0 || values.length === 0) return;
      const range = sheetOf(ctx, state, w.sheet).getRange(rangeA1(w.row, w.col, w.row + values.length - 1, w.col + width - 1));
      if (w.numberFormats) range.numberFormat = formatRectangle(w.numberFormats, values.length, width);
      if (hasFormula) range.formulas = values;
      else range.values = values;
      return;
    }
    case "style":
      applyStyle(sheetOf(ctx, state, w.sheet).getRange(w.range), w.range, w.style);
      return;
    case "merge":
      sheetOf(ctx, state, w.sheet).getRange(w.range).merge(false);
      return;
    case "columnWidths": {
      const ws = sheetOf(ctx, state, w.sheet);
      for (const [start, length, width] of runs(w.widths)) {
        const from = columnLetter(w.from + start);
        const to = columnLetter(w.from + start + length - 1);
        ws.getRange(`${from}:${to}`).format.columnWidth = columnPoints(width);
      }
      return;
    }
    case "rowHeights": {
      const ws = sheetOf(ctx, state, w.sheet);
      for (const [start, length, height] of runs(w.heights))
        ws.getRange(`${w.from + start}:${w.from + start + length - 1}`).format.rowHeight = height;
      return;
    }
    case "freeze": {
      const panes = sheetOf(ctx, state, w.sheet).freezePanes;
      if (w.rows > 0 && w.columns > 0) panes.freezeAt(rangeA1(1, 1, w.rows, w.columns));
      else if (w.rows > 0) panes.freezeRows(w.rows);
      else if (w.columns > 0) panes.freezeColumns(w.columns);
      else panes.unfreeze();
      return;
    }
    case "pageSetup":
      // Printing layout needs ExcelApi 1.9; below it the sheet prints with Excel's defaults.
      if (state.supports("1.9")) pageSetup(sheetOf(ctx, state, w.sheet), w.setup);
      return;
    case "note": {
      // Notes need ExcelApi 1.18; below it the finding list is the only place the message appears.
      if (!state.supports("1.18")) return;
      const ws = sheetOf(ctx, state, w.sheet);
      const address = w.address.replace(/\$/g, "").toUpperCase();
      const k = noteKey(w.sheet, address);
      if (state.notes.has(k)) {
        const note = ws.notes.getItemOrNullObject(address);
        if (w.text === null) {
          note.delete();
          state.notes.delete(k);
        } else note.content = w.text;
      } else if (w.text !== null) {
        ws.notes.add(address, w.text);
        state.notes.add(k);
      }
      return;
    }
    default: {
      // A new kind of write must be taught to this adapter: tsc fails here until it is.
      const unknown: never = w;
      throw new Error(`unknown write ${JSON.stringify(unknown)}`);
    }
  }
}
