import type { WriteOp } from "../workbook/port";
import { parseRange } from "../workbook/address";
import { WorkbookWriteError, writeErrorFinding } from "./errors";

/**
 * Checks a command's writes against Excel's limits before anything is sent, so
 * that what Excel would reject with InvalidArgument halfway through a batch is
 * refused before the first cell changes.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

function bad(sheet: string, detail: string): never {
  throw new WorkbookWriteError(writeErrorFinding("InvalidArgument", false, { sheet, detail }), "InvalidArgument", false);
}

/** Excel's rules for a sheet name. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "tên sheet trống / empty sheet name";
  if (name.length > 31) return `tên sheet dài hơn 31 ký tự / sheet name longer than 31 characters: ${name}`;
  if (/[:\\/?*[\]]/.test(name)) return `tên sheet chứa ký tự : \\ / ? * [ ] / sheet name holds a forbidden character: ${name}`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `tên sheet bắt đầu hoặc kết thúc bằng dấu ' / sheet name starts or ends with an apostrophe: ${name}`;
  return undefined;
}

function checkRange(sheet: string, range: string): void {
  let box;
  try {
    box = parseRange(range);
  } catch {
    bad(sheet, `địa chỉ ${range} / address ${range}`);
  }
  if (box.top < 1 || box.left < 1 || box.bottom > EXCEL_ROWS || box.right > EXCEL_COLUMNS)
    bad(sheet, `vùng ${range} ngoài sheet / range ${range} is off the sheet`);
}

export function validateWrites(writes: readonly WriteOp[]): void {
  for (const w of writes) {
    switch (w.op) {
      case "ensureSheet": {
        const problem = sheetNameProblem(w.sheet);
        if (problem) bad(w.sheet, problem);
        break;
      }
      case "cells": {
        const width = w.cells.reduce((m, r) => Math.max(m, r.length), 0);
        if (w.row < 1 || w.col < 1 || w.row + w.cells.length - 1 > EXCEL_ROWS || w.col + width - 1 > EXCEL_COLUMNS)
          bad(w.sheet, `khối ô ở hàng ${w.row}, cột ${w.col} ngoài sheet / block at row ${w.row}, column ${w.col} is off the sheet`);
        w.cells.forEach((row, i) =>
          row.forEach((c, j) => {
            const at = `R${w.row + i}C${w.col + j}`;
            if (c.type === "number" && !Number.isFinite(Number(c.value)))
              bad(w.sheet, `${at}: "${c.value}" không phải số / is not a number`);
            if (c.type === "text" && c.value.length > MAX_TEXT - 1)
              bad(w.sheet, `${at}: văn bản dài hơn ${MAX_TEXT} ký tự / text longer than ${MAX_TEXT} characters`);
            if (c.type === "formula" && (c.formula.replace(/^=/, "").trim() === "" || c.formula.length > MAX_FORMULA))
              bad(w.sheet, `${at}: công thức không hợp lệ / invalid formula`);
          }),
        );
        break;
      }
      case "style":
        checkRange(w.sheet, w.range);
        for (const colour of [w.style.fill, w.style.fontColor])
          if (typeof colour === "string" && !COLOUR.test(colour)) bad(w.sheet, `màu ${colour} / colour ${colour}`);
        if (w.style.numberFormat !== undefined && w.style.numberFormat.trim() === "")
          bad(w.sheet, "định dạng số trống / empty number format");
        break;
      case "merge":
        checkRange(w.sheet, w.range);
        break;
      case "columnWidths":
        if (w.from < 1 || w.widths.some((x) => !(x >= 0 && x <= 255))) bad(w.sheet, "độ rộng cột / column width");
        break;
      case "rowHeights":
        if (w.from < 1 || w.heights.some((x) => !(x >= 0 && x <= 409))) bad(w.sheet, "chiều cao hàng / row height");
        break;
      case "freeze":
        if (w.rows < 0 || w.columns < 0) bad(w.sheet, "cố định dòng / freeze panes");
        break;
      case "pageSetup":
        checkRange(w.sheet, w.setup.printArea);
        break;
      case "note":
        checkRange(w.sheet, w.address);
        break;
      case "clearSheet":
      case "deleteSheet":
        break;
    }
  }
}
