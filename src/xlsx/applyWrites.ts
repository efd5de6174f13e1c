import type ExcelJS from "exceljs";
import type { CellStyle, PageSetup, WriteOp } from "../workbook/port";
import type { CellWrite } from "../workbook/cells";
import { columnLetter, parseRange } from "../workbook/address";
import { mergedRanges } from "./readSheet";

const THIN = { style: "thin" as const };

/** A decimal string to the double an .xlsx file stores; only at this edge does money become a number. */
const toStored = (value: string): number => Number(value);

/**
 * ExcelJS writes a carriage return raw, and XML readers turn it into a line feed; a
 * literal "_x000D_" would be read back as a carriage return. OOXML escapes both
 * (_x000D_, and _x005F_ for the underscore), which Excel and ExcelJS decode on reading,
 * so text comes back exactly as it was written.
 */
function escapeOoxml(text: string): string {
  if (!text.includes("\r") && !/_x[0-9a-fA-F]{4}_/.test(text)) return text;
  return text.replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}

function writeCell(cell: ExcelJS.Cell, w: CellWrite): void {
  switch (w.type) {
    case "empty":
      cell.value = null;
      break;
    case "number":
      cell.value = toStored(w.value);
      break;
    case "text":
      // ExcelJS stores a string as a shared string: never a formula, whatever it starts with.
      cell.value = escapeOoxml(w.value);
      break;
    case "formula":
      cell.value = {
        formula: w.formula.replace(/^=/, ""),
        result: w.cachedText ?? (w.cached === undefined ? undefined : toStored(w.cached)),
      } as ExcelJS.CellFormulaValue;
      break;
  }
}

/**
 * A workbook ExcelJS loaded from a file shares one style object between all the
 * cells of a style, so a cell's style is never changed in place (that would change
 * every cell sharing it): the cell gets another style object. The writes share them
 * as the file does: one object per distinct style, whatever the cells had before
 * (ExcelJS gives every cell it creates a style object of its own), so ExcelJS works
 * out each style once when saving, not once per cell.
 */
class SharedStyles {
  /** Each style object's content, as a number (the same for the same JSON). */
  private readonly ids = new WeakMap<object, number>();
  private readonly idOfJson = new Map<string, number>();
  /** The one object of each content, by its number. */
  private readonly objects: Partial<ExcelJS.Style>[] = [];
  /** The style a change (by its key) makes of each style (by its number). */
  private readonly made = new Map<string, Map<number, Partial<ExcelJS.Style>>>();

  private id(style: Partial<ExcelJS.Style>): number {
    let id = this.ids.get(style);
    if (id === undefined) {
      const json = JSON.stringify(style);
      id = this.idOfJson.get(json);
      if (id === undefined) {
        id = this.objects.push(style) - 1;
        this.idOfJson.set(json, id);
      }
      this.ids.set(style, id);
    }
    return id;
  }

  /** The shared object with the content of `style`. */
  shared(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    return this.objects[this.id(style)];
  }

  restyle(cell: ExcelJS.Cell, key: string, change: (old: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
    const old = cell.style ?? {};
    let byOld = this.made.get(key);
    if (!byOld) this.made.set(key, (byOld = new Map()));
    const from = this.id(old);
    let next = byOld.get(from);
    if (!next) byOld.set(from, (next = this.shared(change(old))));
    cell.style = next;
  }

  /**
   * A cell without a format (one ExcelJS has just created, or one the file had
   * without) has an empty style object of its own: it gets the shared empty one.
   * A format read from the file is left as it is: ExcelJS does not read all of it.
   */
  share(cell: ExcelJS.Cell): void {
    const style = cell.style;
    if (style && style !== this.empty && Object.keys(style).length === 0) cell.style = this.empty;
  }

  private readonly empty: Partial<ExcelJS.Style> = this.shared({});
}

function styled(old: Partial<ExcelJS.Style>, s: CellStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...old };
  if (s.bold !== undefined || s.italic !== undefined || s.fontName || s.fontSize || s.fontColor) {
    next.font = {
      ...old.font,
      ...(s.bold !== undefined && { bold: s.bold }),
      ...(s.italic !== undefined && { italic: s.italic }),
      ...(s.fontName && { name: s.fontName }),
      ...(s.fontSize && { size: s.fontSize }),
      ...(s.fontColor && { color: { argb: `FF${s.fontColor.slice(1)}` } }),
    };
  }
  if (s.fill !== undefined) {
    next.fill =
      s.fill === null
        ? { type: "pattern", pattern: "none" }
        : { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill.slice(1)}` } };
  }
  if (s.horizontal || s.vertical || s.wrap !== undefined) {
    next.alignment = {
      ...old.alignment,
      ...(s.horizontal && { horizontal: s.horizontal }),
      ...(s.vertical && { vertical: s.vertical === "center" ? "middle" : s.vertical }),
      ...(s.wrap !== undefined && { wrapText: s.wrap }),
    };
  }
  if (s.border) next.border = s.border === "thin" ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {};
  if (s.numberFormat) next.numFmt = s.numberFormat;
  return next;
}

/**
 * Takes a cell's note off. ExcelJS has no way to: assigning undefined leaves an
 * empty note that it still writes, and a cell read from a file keeps its note in
 * the model of its value too.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model) delete inner._value.model.comment;
}

function clearSheet(ws: ExcelJS.Worksheet): void {
  for (const range of mergedRanges(ws)) ws.unMergeCells(range);
  // One style object for every cleared cell: ExcelJS then works out its style once when saving.
  const plain: Partial<ExcelJS.Style> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = plain;
      if (cell.note) removeNote(cell);
    });
    row.height = undefined as unknown as number;
  });
  ws.views = [];
}

function pageSetup(ws: ExcelJS.Worksheet, p: PageSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0,
    printArea: p.printArea,
    ...(p.printTitleRows && { printTitlesRow: p.printTitleRows }),
    ...(p.margins && { margins: { ...p.margins, header: 0.3, footer: 0.3 } }),
  };
}

/** Applies a command's writes to an in-memory ExcelJS workbook. */
export function applyWrites(wb: ExcelJS.Workbook, writes: readonly WriteOp[]): void {
  const styles = new SharedStyles();
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`Sheet "${name}" không tồn tại / does not exist`);
    return ws;
  };
  for (const w of writes) {
    switch (w.op) {
      case "ensureSheet": {
        const ws = wb.getWorksheet(w.sheet) ?? wb.addWorksheet(w.sheet);
        if (w.hidden) ws.state = "veryHidden";
        break;
      }
      case "clearSheet":
        clearSheet(sheet(w.sheet));
        break;
      case "cells": {
        const ws = sheet(w.sheet);
        w.cells.forEach((row, i) => {
          const r = ws.getRow(w.row + i);
          row.forEach((cw, j) => {
            const cell = r.getCell(w.col + j);
            writeCell(cell, cw);
            const fmt = w.numberFormats?.[i]?.[j];
            if (fmt && cell.numFmt !== fmt) styles.restyle(cell, `numFmt:${fmt}`, (old) => ({ ...old, numFmt: fmt }));
            else styles.share(cell);
          });
        });
        break;
      }
      case "style": {
        const ws = sheet(w.sheet);
        const box = parseRange(w.range);
        const key = JSON.stringify(w.style);
        const change = (old: Partial<ExcelJS.Style>) => styled(old, w.style);
        for (let r = box.top; r <= box.bottom; r++) {
          const row = ws.getRow(r);
          for (let c = box.left; c <= box.right; c++) styles.restyle(row.getCell(c), key, change);
        }
        break;
      }
      case "merge":
        sheet(w.sheet).mergeCells(w.range);
        break;
      case "columnWidths": {
        const ws = sheet(w.sheet);
        w.widths.forEach((width, i) => (ws.getColumn(columnLetter(w.from + i)).width = width));
        break;
      }
      case "rowHeights": {
        const ws = sheet(w.sheet);
        w.heights.forEach((h, i) => (ws.getRow(w.from + i).height = h));
        break;
      }
      case "freeze":
        sheet(w.sheet).views = [{ state: "frozen", xSplit: w.columns, ySplit: w.rows }];
        break;
      case "pageSetup":
        pageSetup(sheet(w.sheet), w.setup);
        break;
      case "note": {
        const cell = sheet(w.sheet).getCell(w.address);
        if (w.text) cell.note = w.text;
        else if (cell.note) removeNote(cell);
        break;
      }
      case "deleteSheet": {
        const ws = wb.getWorksheet(w.sheet);
        if (ws) wb.removeWorksheet(ws.id);
        break;
      }
    }
  }
}
