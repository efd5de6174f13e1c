import { finding, type Finding } from "../../core/findings/finding";
import { selectNorms } from "../../core/norms/select";
import { SHEETS, findSheet } from "../layout";
import type { BookSnapshot, SheetInfo, WorkbookPort, WriteOp } from "../port";
import { normsSheetWrites } from "../normsSheet";
import { pickSheets, protectedSheetFindings } from "./sheets";
import { runCommand, type RunOptions } from "./run";
import { readPlan } from "../readPlan";
import { chooseNormsDate } from "./prepare";
import { formatDmy, type IsoDate } from "../../core/dates/isoDate";
import type { Norm } from "../../core/norms/norm";

export interface NormsCommandOptions {
  /** Default the plan's date (or the year it names), else today. */
  normsDate?: IsoDate;
  province?: string;
  /** Rewrite a Định mức sheet that already holds rows (the user was asked). */
  replace?: boolean;
  /** The unit's own levels (learned from last year's dự toán, layer "unit"): they replace the catalog's for their codes. */
  learned?: readonly Norm[];
}

export interface NormsCommandResult {
  findings: Finding[];
  writes: WriteOp[];
  sheet: string;
  /** Norms written (0 when nothing was written). */
  count: number;
  /** True when the sheet already held rows and `replace` was not given: nothing was written. */
  exists: boolean;
}

export function sheetsForNorms(sheets: SheetInfo[]): string[] {
  return pickSheets(sheets, ["plan", "info", "norms"]);
}

/**
 * Định mức: the norms in force at the plan's date (or the chosen one) for its
 * province, written as the Định mức sheet the user can edit. An existing sheet
 * holds the unit's own levels, so it is rewritten only when asked. Pure.
 */
export function normsCommand(book: BookSnapshot, options: NormsCommandOptions = {}): NormsCommandResult {
  const names = book.sheets.map((s) => s.name);
  const sheet = findSheet(names, "norms") ?? SHEETS.norms;
  const existing = book.read.get(sheet);
  const holdsRows = existing !== undefined && existing.cells.some((r) => r.some((c) => c.type !== "empty"));
  if (holdsRows && !options.replace) return { findings: [], writes: [], sheet, count: 0, exists: true };
  const blocked = protectedSheetFindings(book.sheets, [sheet]);
  if (blocked.length) return { findings: blocked, writes: [], sheet, count: 0, exists: holdsRows };

  const reading = readPlan(book);
  const chosen = chooseNormsDate(reading, options.normsDate);
  const province = options.province || reading.plan.info.province;
  const norms = selectNorms({ date: chosen.date, province }, options.learned ?? []).all();
  const title = `ĐỊNH MỨC CHI áp dụng ngày ${formatDmy(chosen.date)}${province ? `, tỉnh ${province}` : ""} (sửa mức chi theo quy chế chi tiêu nội bộ của đơn vị)`;
  const findings = [
    ...(findSheet(names, "plan") && chosen.finding ? [chosen.finding] : []),
    ...(norms.length
      ? []
      : [
          finding(
            "warning",
            "no-norms-in-force",
            "Không có định mức nào có hiệu lực vào ngày đã chọn",
            "No norm is in force on the chosen date",
          ),
        ]),
  ];
  return { findings, writes: normsSheetWrites(sheet, norms, title), sheet, count: norms.length, exists: holdsRows };
}

/** Runs Định mức over a port: one read batch, one write batch. */
export function runNorms(port: WorkbookPort, options: NormsCommandOptions & RunOptions = {}): Promise<NormsCommandResult> {
  return runCommand(port, sheetsForNorms, (book) => normsCommand(book, options), options);
}
