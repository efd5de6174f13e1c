import type { CellRef } from "../../core/plan/plan";
import { sheetRef } from "../address";
import type { CellWrite } from "../cells";

/** A formula string literal: quotes doubled, so a file's name stays text inside the formula. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** "'Kế hoạch'!M8": a cell of a unit's file as a reference reads. */
export function cellName(cell: CellRef): string {
  return `${sheetRef(cell.sheet)}!${cell.address}`;
}

/**
 * A link to a cell of another workbook, as Excel's HYPERLINK documents it
 * ("[Budget Report.xlsx]'June'!E56"; a path relative to the summary's folder is
 * allowed): clicking it in Excel opens the unit's file at that cell. The cell
 * shows `label` (its cached text is the same). Excel on the web follows web
 * addresses only; there, and in LibreOffice, the label still names the file and
 * cell to open by hand. A formula, never text the officer typed: the file's name
 * is a quoted literal inside it.
 */
export function sourceLink(path: string, cell: CellRef, label: string): CellWrite {
  return {
    type: "formula",
    formula: `=HYPERLINK(${literal(`[${path}]${cellName(cell)}`)},${literal(label)})`,
    cachedText: label,
  };
}
