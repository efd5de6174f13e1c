import { SHEETS, findSheet, findSheets } from "../layout";
import type { SheetInfo } from "../port";
import { finding, type Finding } from "../../core/findings/finding";

type LayoutSheet = keyof typeof SHEETS;

/**
 * The names of the layout sheets a command reads, as the workbook spells them.
 * Every candidate for the plan is read ("KH" and "Kế hoạch"): the plan reader
 * takes the one with the plan's headers, and says which and why.
 */
export function pickSheets(sheets: readonly SheetInfo[], which: readonly LayoutSheet[]): string[] {
  const names = sheets.map((s) => s.name);
  return which.flatMap((w) => (w === "plan" ? findSheets(names, w) : [findSheet(names, w)].filter((n): n is string => n !== undefined)));
}

/** A finding for each sheet the command must write that is protected; nothing is written then. */
export function protectedSheetFindings(sheets: readonly SheetInfo[], targets: readonly string[]): Finding[] {
  return sheets
    .filter((s) => s.protected && targets.includes(s.name))
    .map((s) =>
      finding(
        "error",
        "sheet-protected",
        `Sheet "${s.name}" đang được bảo vệ (Protect Sheet); bỏ bảo vệ rồi chạy lại. Không có ô nào bị thay đổi.`,
        `Sheet "${s.name}" is protected; unprotect it and run again. No cell was changed.`,
        { sheet: s.name, range: "A1" },
      ),
    );
}
