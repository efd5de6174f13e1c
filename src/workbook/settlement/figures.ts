import type Decimal from "decimal.js";
import { columnLetter } from "../address";
import { num, type CellWrite } from "../cells";
import { SC } from "./columns";

/*
 * The live formulas of the Quyết toán sheet, each cached with the engine's exact
 * value: Excel and LibreOffice recompute them from the figures on the sheet, with
 * only functions both have had since Excel 2010 (SUBTOTAL, SUMIF, ROUND, IF).
 */

const letter = (col: number) => columnLetter(col);

/** Chênh lệch: =C7-D7, the estimate minus the actual. */
export function differenceCell(row: number, value: Decimal): CellWrite {
  return { type: "formula", formula: `=${letter(SC.estimate)}${row}-${letter(SC.actual)}${row}`, cached: value.toFixed() };
}

/**
 * Tỷ lệ thực hiện: =IF(C7=0,"",ROUND(D7*1000/C7,0)/10), the actual over the
 * estimate in percent to one decimal (rounded half away from zero, as the engine's
 * ratePercent), empty when the estimate is 0: then no cached value, which a file
 * reads back as the empty cell it shows (an empty text result does not survive
 * ExcelJS's reading, and would look changed on the next run).
 */
export function rateCell(row: number, rate: Decimal | undefined): CellWrite {
  const c = `${letter(SC.estimate)}${row}`;
  const d = `${letter(SC.actual)}${row}`;
  const formula = `=IF(${c}=0,"",ROUND(${d}*1000/${c},0)/10)`;
  return rate === undefined ? { type: "formula", formula } : { type: "formula", formula, cached: rate.toFixed() };
}

/**
 * =SUBTOTAL(9,C12:C40) over a block of one column, cached; a plain number for an
 * empty block. SUBTOTAL skips the SUBTOTAL cells in its range, so nested totals
 * add the rows below them once.
 */
export function subtotalCell(col: number, first: number, last: number, amount: Decimal): CellWrite {
  if (last < first) return num(amount);
  return { type: "formula", formula: `=SUBTOTAL(9,${letter(col)}${first}:${letter(col)}${last})`, cached: amount.toFixed() };
}

/** =SUMIF(B40:B60,"Quý I",C40:C60): one quarter of every activity of the quarterly table. */
export function quarterSumCell(col: number, label: string, first: number, last: number, amount: Decimal): CellWrite {
  const labels = `$${letter(SC.name)}$${first}:$${letter(SC.name)}$${last}`;
  const values = `${letter(col)}$${first}:${letter(col)}$${last}`;
  return { type: "formula", formula: `=SUMIF(${labels},"${label}",${values})`, cached: amount.toFixed() };
}

/** =D40: a cell that shows another cell of the sheet (the year table's actual from the quarterly table). */
export function referenceCell(col: number, row: number, amount: Decimal): CellWrite {
  return { type: "formula", formula: `=${letter(col)}${row}`, cached: amount.toFixed() };
}
