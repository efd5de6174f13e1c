import { parseRange } from "./address";
import type { SheetInfo, WriteOp } from "./port";

/*
 * Excel's rules for a write batch, in one place: every adapter (Office.js, .xlsx,
 * the in-memory workbook) checks a batch with these before it changes anything,
 * so the three cannot disagree about what Excel would refuse, and a refused batch
 * leaves the workbook as it was. Each rule cites Microsoft's "Excel
 * specifications and limits" where it is a limit.
 */

/** "1,048,576 rows by 16,384 columns" (Excel specifications and limits). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
/** "Total number of characters that a cell can contain: 32,767 characters". */
export const MAX_TEXT = 32_767;
/** "Length of formula contents: 8,192 characters". */
export const MAX_FORMULA = 8_192;
/** "Column width: 255 characters"; "Row height: 409 points". */
const MAX_WIDTH = 255;
const MAX_HEIGHT = 409;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** Why Excel would refuse a batch: the kind of refusal, the sheet, and a bilingual detail. */
export interface WriteProblem {
  /** InvalidArgument: a value or address Excel refuses; ItemNotFound: no such sheet; AccessDenied: protected. */
  code: "InvalidArgument" | "ItemNotFound" | "AccessDenied";
  sheet: string;
  detail: string;
}

/** Excel's rules for a sheet name (31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe). */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "tên sheet trống / empty sheet name";
  if (name.length > 31) return `tên sheet dài hơn 31 ký tự / sheet name longer than 31 characters: ${name}`;
  if (/[:\\/?*[\]]/.test(name)) return `tên sheet chứa ký tự : \\ / ? * [ ] / sheet name holds a forbidden character: ${name}`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `tên sheet bắt đầu hoặc kết thúc bằng dấu ' / sheet name starts or ends with an apostrophe: ${name}`;
  return undefined;
}

function rangeProblem(range: string): string | undefined {
  let box;
  try {
    box = parseRange(range);
  } catch {
    return `địa chỉ ${range} / address ${range}`;
  }
  if (box.top < 1 || box.left < 1 || box.bottom > EXCEL_ROWS || box.right > EXCEL_COLUMNS)
    return `vùng ${range} ngoài sheet / range ${range} is off the sheet`;
  return undefined;
}

/** The first value or address in the batch Excel would refuse, whatever the workbook holds. */
export function valueProblem(writes: readonly WriteOp[]): WriteProblem | undefined {
  const invalid = (sheet: string, detail: string): WriteProblem => ({ code: "InvalidArgument", sheet, detail });
  for (const w of writes) {
    switch (w.op) {
      case "ensureSheet": {
        const problem = sheetNameProblem(w.sheet);
        if (problem) return invalid(w.sheet, problem);
        break;
      }
      case "cells": {
        const width = w.cells.reduce((m, r) => Math.max(m, r.length), 0);
        if (w.row < 1 || w.col < 1 || w.row + w.cells.length - 1 > EXCEL_ROWS || w.col + width - 1 > EXCEL_COLUMNS)
          return invalid(
            w.sheet,
            `khối ô ở hàng ${w.row}, cột ${w.col} ngoài sheet / block at row ${w.row}, column ${w.col} is off the sheet`,
          );
        for (const [i, row] of w.cells.entries()) {
          for (const [j, c] of row.entries()) {
            const at = `R${w.row + i}C${w.col + j}`;
            if (c.type === "number" && !Number.isFinite(Number(c.value)))
              return invalid(w.sheet, `${at}: "${c.value}" không phải số / is not a number`);
            if (c.type === "text" && c.value.length > MAX_TEXT - 1)
              return invalid(w.sheet, `${at}: văn bản dài hơn ${MAX_TEXT} ký tự / text longer than ${MAX_TEXT} characters`);
            if (c.type === "formula" && (c.formula.replace(/^=/, "").trim() === "" || c.formula.length > MAX_FORMULA))
              return invalid(w.sheet, `${at}: công thức không hợp lệ / invalid formula`);
          }
        }
        break;
      }
      case "style": {
        const problem = rangeProblem(w.range);
        if (problem) return invalid(w.sheet, problem);
        for (const colour of [w.style.fill, w.style.fontColor])
          if (typeof colour === "string" && !COLOUR.test(colour)) return invalid(w.sheet, `màu ${colour} / colour ${colour}`);
        if (w.style.numberFormat !== undefined && w.style.numberFormat.trim() === "")
          return invalid(w.sheet, "định dạng số trống / empty number format");
        break;
      }
      case "merge":
      case "note": {
        const problem = rangeProblem(w.op === "merge" ? w.range : w.address);
        if (problem) return invalid(w.sheet, problem);
        break;
      }
      case "pageSetup": {
        const problem = rangeProblem(w.setup.printArea);
        if (problem) return invalid(w.sheet, problem);
        break;
      }
      case "columnWidths":
        if (w.from < 1 || w.from + w.widths.length - 1 > EXCEL_COLUMNS || w.widths.some((x) => !(x >= 0 && x <= MAX_WIDTH)))
          return invalid(w.sheet, "độ rộng cột / column width");
        break;
      case "rowHeights":
        if (w.from < 1 || w.from + w.heights.length - 1 > EXCEL_ROWS || w.heights.some((x) => !(x >= 0 && x <= MAX_HEIGHT)))
          return invalid(w.sheet, "chiều cao hàng / row height");
        break;
      case "freeze":
        if (w.rows < 0 || w.columns < 0 || w.rows > EXCEL_ROWS || w.columns > EXCEL_COLUMNS)
          return invalid(w.sheet, "cố định dòng / freeze panes");
        break;
      case "clearSheet":
      case "deleteSheet":
        break;
    }
  }
  return undefined;
}

/**
 * The first write that would fail on what the workbook holds: a sheet that will
 * not exist, a protected sheet, a sheet added or deleted where the workbook's
 * structure is protected. Sheet names are compared as Excel does, without case.
 */
export function targetProblem(
  writes: readonly WriteOp[],
  sheets: readonly SheetInfo[],
  structureProtected = false,
): WriteProblem | undefined {
  const key = (name: string) => name.toLocaleLowerCase();
  const existing = new Map(sheets.map((s) => [key(s.name), s.name]));
  const protectedSheets = new Set(sheets.filter((s) => s.protected).map((s) => key(s.name)));
  const willExist = new Set(existing.keys());
  for (const w of writes) {
    const k = key(w.sheet);
    if (w.op === "ensureSheet" || w.op === "deleteSheet") {
      // Adding or deleting a sheet changes the workbook's structure; a protected sheet may still be deleted.
      const changes = w.op === "ensureSheet" ? !willExist.has(k) : willExist.has(k);
      if (changes && structureProtected)
        return { code: "AccessDenied", sheet: w.sheet, detail: "cấu trúc workbook được bảo vệ / workbook structure protected" };
      if (w.op === "ensureSheet") willExist.add(k);
      else {
        willExist.delete(k);
        protectedSheets.delete(k); // a sheet made again after this is a new, unprotected one
      }
      continue;
    }
    if (!willExist.has(k)) return { code: "ItemNotFound", sheet: w.sheet, detail: `sheet "${w.sheet}"` };
    if (protectedSheets.has(k))
      return { code: "AccessDenied", sheet: existing.get(k) ?? w.sheet, detail: "sheet được bảo vệ / sheet protected" };
  }
  return undefined;
}

/** Both: what Excel would refuse in the batch itself, then on the workbook as it is. */
export function batchProblem(
  writes: readonly WriteOp[],
  sheets: readonly SheetInfo[],
  structureProtected = false,
): WriteProblem | undefined {
  return valueProblem(writes) ?? targetProblem(writes, sheets, structureProtected);
}
