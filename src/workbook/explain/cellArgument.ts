import { finding, type Finding } from "../../core/findings/finding";
import type { CellRef } from "../../core/plan/plan";
import { foldText } from "../../core/text/fold";
import { a1, parseRange } from "../address";
import type { SheetInfo } from "../port";

/**
 * The cell a person names: "Dự toán!F12", "'Kế hoạch'!$M$3", "Ke hoach!M3" (sheet
 * names matched as typed, else without case or diacritics), or a range, whose
 * top-left cell is taken. A name that is not a cell, or a sheet the workbook does
 * not have, is a finding (error), never an exception.
 */
export function resolveCell(text: string, sheets: readonly SheetInfo[]): { cell: CellRef } | { finding: Finding } {
  const trimmed = text.trim();
  const bang = trimmed.lastIndexOf("!");
  const bad = () =>
    finding(
      "error",
      "explain-bad-address",
      `"${text}" không phải là một ô: ghi theo dạng Sheet!A1, ví dụ "Dự toán!F12".`,
      `"${text}" is not a cell: write it as Sheet!A1, e.g. "Dự toán!F12".`,
    );
  if (bang <= 0) return { finding: bad() };
  const sheetName = trimmed
    .slice(0, bang)
    .trim()
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  let box;
  try {
    box = parseRange(trimmed.slice(bang + 1).trim());
  } catch {
    return { finding: bad() };
  }
  if (box.top < 1 || box.left < 1 || box.left > 16384 || box.top > 1048576) return { finding: bad() };
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => foldText(s.name) === foldText(sheetName));
  if (!sheet) {
    const names = sheets.filter((s) => s.visible).map((s) => `"${s.name}"`);
    return {
      finding: finding(
        "error",
        "explain-no-sheet",
        `Sổ tính không có sheet "${sheetName}"; các sheet: ${names.join(", ")}.`,
        `The workbook has no sheet "${sheetName}"; its sheets: ${names.join(", ")}.`,
      ),
    };
  }
  return { cell: { sheet: sheet.name, address: a1(box.top, box.left) } };
}
