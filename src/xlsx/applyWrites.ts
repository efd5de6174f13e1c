import type ExcelJS from "exceljs";
import type { CellStyle, PageSetup, WriteOp } from "../workbook/port";
import type { CellWrite } from "../workbook/cells";
import { columnLetter, parseRange } from "../workbook/address";

const THIN = { style: "thin" as const };

/** A decimal string to the double an .xlsx file stores; only at this edge does money become a number. */
const toStored = (value: string): number => Number(value);

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
      cell.value = w.value;
      break;
    case "formula":
      cell.value = { formula: w.formula.replace(/^=/, ""), result: w.cached === undefined ? undefined : toStored(w.cached) } as ExcelJS.CellFormulaValue;
      break;
  }
}

function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontName || s.fontSize || s.fontColor) {
    cell.font = {
      ...cell.font,
      ...(s.bold !== undefined && { bold: s.bold }),
      ...(s.italic !== undefined && { italic: s.italic }),
      ...(s.fontName && { name: s.fontName }),
      ...(s.fontSize && { size: s.fontSize }),
      ...(s.fontColor && { color: { argb: `FF${s.fontColor.slice(1)}` } }),
    };
  }
  if (s.fill !== undefined) {
    cell.fill = s.fill === null ? { type: "pattern", pattern: "none" } : { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill.slice(1)}` } };
  }
  if (s.horizontal || s.vertical || s.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(s.horizontal && { horizontal: s.horizontal }),
      ...(s.vertical && { vertical: s.vertical === "center" ? "middle" : s.vertical }),
      ...(s.wrap !== undefined && { wrapText: s.wrap }),
    };
  }
  if (s.border) cell.border = s.border === "thin" ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {};
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

function clearSheet(ws: ExcelJS.Worksheet): void {
  for (const range of [...((ws.model as { merges?: string[] }).merges ?? [])]) ws.unMergeCells(range);
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
      cell.note = undefined as unknown as string;
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
            if (fmt) cell.numFmt = fmt;
          });
        });
        break;
      }
      case "style": {
        const ws = sheet(w.sheet);
        const box = parseRange(w.range);
        for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) styleCell(ws.getCell(r, c), w.style);
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
        cell.note = (w.text ?? undefined) as string;
        break;
      }
    }
  }
}
