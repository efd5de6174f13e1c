import type ExcelJS from "exceljs";
import { parseRange } from "../../workbook/address";
import type { WriteOp } from "../../workbook/port";
import { widest } from "../../core/arrays";

interface SharedValue {
  shareType?: string;
  ref?: string;
  sharedFormula?: string;
  result?: unknown;
}

const valueOf = (cell: ExcelJS.Cell | undefined): SharedValue | undefined => {
  const v = cell?.value;
  return v && typeof v === "object" ? (v as SharedValue) : undefined;
};

/**
 * Before writes overwrite the first cell of a shared formula, gives the other cells
 * of the group a formula of their own (ExcelJS cannot write a group without its
 * first cell). Only ExcelJS's copy changes: in the file, sheetData.ts does the same.
 */
export function detachSharedFormulas(wb: ExcelJS.Workbook, writes: readonly WriteOp[]): void {
  for (const w of writes) {
    if (w.op !== "cells" && w.op !== "merge") continue;
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const box =
      w.op === "cells"
        ? { top: w.row, left: w.col, bottom: w.row + w.cells.length - 1, right: w.col + widest(w.cells) - 1 }
        : parseRange(w.range);
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        const master = ws.findCell(r, c);
        const v = valueOf(master);
        if (v?.shareType !== "shared" || !v.ref) continue;
        const group = parseRange(v.ref);
        for (let gr = group.top; gr <= group.bottom; gr++)
          for (let gc = group.left; gc <= group.right; gc++) {
            const clone = ws.findCell(gr, gc);
            const cv = valueOf(clone);
            if (clone && cv?.sharedFormula === master!.address)
              clone.value = { formula: clone.formula, result: cv.result } as ExcelJS.CellFormulaValue;
          }
      }
  }
}
