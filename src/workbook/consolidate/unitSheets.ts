import type { SheetInfo } from "../port";
import { sheetsForCheck } from "../commands/check";
import { pickSheets } from "../commands/sheets";

/** The sheets of a unit's workbook the consolidation reads: what the checks read, and the Chi tiết dự toán sheet. */
export function unitSheets(sheets: SheetInfo[]): string[] {
  return [...new Set([...sheetsForCheck(sheets), ...pickSheets(sheets, ["breakdown"])])];
}
