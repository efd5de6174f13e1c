import Decimal from "decimal.js";
import { builtInNorm } from "../../src/core/norms/select";
import { roundAmount } from "../../src/core/money/rounding";
import { money, sum } from "../../src/core/money/money";
import { a1, parseRange } from "../../src/workbook/address";
import type { CellWrite } from "../../src/workbook/cells";
import { cellAt, readBook, type BookSnapshot, type WorkbookPort, type WriteOp } from "../../src/workbook/port";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import { explainer, type ExplainOptions } from "../../src/workbook/commands/explain";
import type { ExplainedPart, Explanation } from "../../src/workbook/explain/explanation";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";

/** One cell the add-in wrote: where, and what (from the commands' own write batches). */
export interface WrittenCell {
  sheet: string;
  address: string;
  write: CellWrite;
}

/** The non-empty cells of a batch of writes, in order, the last write of a cell winning. */
export function writtenCells(writes: readonly WriteOp[]): WrittenCell[] {
  const cells = new Map<string, WrittenCell>();
  for (const w of writes) {
    if (w.op !== "cells") continue;
    w.cells.forEach((row, i) =>
      row.forEach((write, j) => {
        const address = a1(w.row + i, w.col + j);
        const key = `${w.sheet}!${address}`;
        if (write.type === "empty") cells.delete(key);
        else cells.set(key, { sheet: w.sheet, address, write });
      }),
    );
  }
  return [...cells.values()];
}

/**
 * Runs Tính dự toán and Phụ lục on a workbook, as the officer does, and opens the
 * saved file again (what Excel would open): the cells they wrote, and the workbook read whole.
 */
export async function estimatedBook(
  port: XlsxWorkbook,
  options: ExplainOptions = {},
): Promise<{ book: BookSnapshot; saved: XlsxWorkbook; written: WrittenCell[] }> {
  const estimate = await runEstimate(port, options);
  const attachment = await runAttachment(port, options);
  const saved = await XlsxWorkbook.fromBuffer(await port.toBuffer());
  const book = await readAll(saved);
  return { book, saved, written: writtenCells([...estimate.writes, ...attachment.writes]) };
}

export const readAll = (port: WorkbookPort): Promise<BookSnapshot> => readBook(port, (sheets) => sheets.map((s) => s.name));

/** The number a written cell shows: its value, or a formula's cached result; undefined for text. */
export function numberOf(w: CellWrite): Decimal | undefined {
  if (w.type === "number") return money(w.value);
  if (w.type === "formula" && w.cached !== undefined) return money(w.cached);
  return undefined;
}

/** The number in a cell of the book (undefined when empty or text). */
function bookNumber(book: BookSnapshot, sheet: string, address: string): Decimal | undefined {
  const s = book.read.get(sheet);
  if (!s) return undefined;
  const { top, left } = parseRange(address);
  const cell = cellAt(s, top, left);
  return cell.type === "number" ? money(cell.value) : undefined;
}

/**
 * What must hold of every part of an explanation, checked against the workbook
 * itself: quantity × unit cost gives the amount after the rounding; the factors
 * multiply to the quantity and each is the number in the plan's cell it names (or
 * that cell is empty when a default was used); a unit cost typed on the plan is the
 * number in that cell; otherwise the norm gives it (the Định mức cell when the
 * unit's level replaced the catalog's, else the catalog's norm in force), and
 * `from` names that source; where the add-in wrote the line, its cell holds the amount.
 */
export function expectPartHolds(part: ExplainedPart, e: Explanation, book: BookSnapshot): void {
  const where = `${e.cell.sheet}!${e.cell.address}, ${part.description}`;
  expect([where, roundAmount(part.quantity.times(part.unitCost), e.rounding!).toFixed()]).toEqual([where, part.amount.toFixed()]);
  expect([where, part.exact.toFixed()]).toEqual([where, part.quantity.times(part.unitCost).toFixed()]);
  expect([where, part.factorsComplete]).toEqual([where, true]);
  for (const f of part.factors) {
    if (!f.cell) continue;
    const inCell = bookNumber(book, f.cell.sheet, f.cell.address);
    if (f.assumed) expect([where, f.label, inCell]).toEqual([where, f.label, undefined]);
    else if (f.derived) continue;
    else expect([where, f.label, inCell?.toFixed()]).toEqual([where, f.label, f.value.toFixed()]);
  }
  if (part.unitCostCell) {
    expect([where, part.from]).toEqual([where, `${part.unitCostCell.sheet}!${part.unitCostCell.address}`]);
    expect(bookNumber(book, part.unitCostCell.sheet, part.unitCostCell.address)).toBeDefined();
  } else if (part.norm) {
    const level = part.fitted ? part.fitted.normUnitCost : part.unitCost;
    expect([where, part.norm.level.toFixed()]).toEqual([where, level.toFixed()]);
    if (part.norm.override) {
      expect([where, part.from]).toEqual([where, `${part.norm.override.sheet}!${part.norm.override.address}`]);
      const inCell = bookNumber(book, part.norm.override.sheet, part.norm.override.address);
      expect([where, inCell?.toFixed()]).toEqual([where, part.norm.level.toFixed()]);
    } else {
      const catalog = builtInNorm(part.norm.code, { date: e.norms!.date, province: e.norms!.province });
      expect([where, catalog?.basis]).toEqual([where, part.norm.basis]);
      expect([where, part.from]).toEqual([where, catalog!.source ?? `${catalog!.code}: ${catalog!.basis}`]);
    }
  }
  for (const at of part.writtenAt)
    expect([where, bookNumber(book, at.sheet, at.address)?.toFixed()]).toEqual([where, part.amount.toFixed()]);
}

/**
 * Explains every cell the add-in wrote and checks each answer against the cell:
 * an amount, a quantity or a unit cost is explained by parts that add up to it
 * and hold (expectPartHolds); a text is either a heading or the line, activity or
 * total of its row; nothing differs from what the add-in wrote. Returns how many
 * cells were explained, by kind.
 */
export function expectEveryCellExplained(book: BookSnapshot, written: readonly WrittenCell[], options: ExplainOptions = {}) {
  const counts: Record<string, number> = {};
  const explain = explainer(book, options);
  for (const cell of written) {
    const e = explain({ sheet: cell.sheet, address: cell.address });
    const where = `${cell.sheet}!${cell.address}`;
    const number = numberOf(cell.write);
    expect([where, e.findings.map((f) => f.code)]).toEqual([where, e.kind ? [] : ["explain-heading"]]);
    counts[e.kind ?? "heading"] = (counts[e.kind ?? "heading"] ?? 0) + 1;
    if (!e.kind) {
      // Only text is a heading: every number the add-in writes is explained.
      expect([where, number]).toEqual([where, undefined]);
      continue;
    }
    expect([where, sum(e.parts.map((p) => p.amount)).toFixed()]).toEqual([where, e.amount!.toFixed()]);
    if (number !== undefined) {
      const shown =
        e.column === "quantity"
          ? e.parts[0].quantity
          : e.column === "unitCost"
            ? e.parts[0].unitCost
            : e.column === "normUnitCost"
              ? e.parts[0].fitted!.normUnitCost
              : e.column === "normAmount"
                ? e.parts[0].fitted!.normAmount
                : e.amount!;
      expect([where, e.column, shown.toFixed()]).toEqual([where, e.column, number.toFixed()]);
    }
    for (const part of e.parts) expectPartHolds(part, e, book);
  }
  return counts;
}
