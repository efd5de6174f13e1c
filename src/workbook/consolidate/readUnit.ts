import type Decimal from "decimal.js";
import type { ActivityEstimate } from "../../core/estimate/estimate";
import { ZERO, sum } from "../../core/money/money";
import type { CellRef } from "../../core/plan/plan";
import { lineKey } from "../../core/consolidate/lineKey";
import type { UnitActivity, UnitFinding, UnitLine, UnitSummary } from "../../core/consolidate/unit";
import { a1 } from "../address";
import { SHEETS, findSheet } from "../layout";
import type { BookSnapshot } from "../port";
import { checkCommand } from "../commands/check";
import { readBreakdown, type BreakdownReading } from "./breakdownReading";
import { readWrittenEstimate, type WrittenEstimate } from "./writtenEstimate";
import { estimateDiffers, estimatedHere, linesMissing, noPlan, overAllocation } from "./unitFindings";

/** The line an amount goes to when its activity has no spending lines that add up to it. */
export const NO_BREAKDOWN = "Chưa có chi tiết nội dung chi";

/** A unit read, or the reason it cannot be consolidated. */
export type UnitReading = { unit: UnitSummary } | { skipped: UnitFinding };

/** Codes the checks give about the allocation: recomputed for the file's own total when the file has one. */
const ALLOCATION_CODES = new Set(["over-allocation", "under-allocation"]);

/**
 * One unit's workbook, reduced to what the summary needs. The plan is read,
 * estimated and checked once (checkCommand, over prepareEstimate: the same
 * findings as `dutoan check`); the amounts are the ones the unit wrote in its
 * Dự toán column (its submission, fitted or not), with the spending lines of its
 * Chi tiết dự toán sheet, or, when the file holds no estimate, the estimate made
 * here in memory. Every amount keeps the cell of the unit's file it comes from.
 * Pure: nothing is written to the unit's workbook.
 */
export function readUnit(book: BookSnapshot, file: string): UnitReading {
  const checked = checkCommand(book);
  const { reading, estimate } = checked;
  const table = reading.table;
  if (!table || !estimate || estimate.activities.length === 0)
    return {
      skipped: noPlan(
        file,
        reading.findings.find((f) => f.severity === "error"),
      ),
    };
  const planSheet = book.read.get(table.sheet)!;
  const written = readWrittenEstimate(planSheet, table, reading.plan.activities);
  const breakdown = written.complete
    ? readBreakdown(book.read.get(findSheet([...book.read.keys()], "breakdown") ?? SHEETS.breakdown))
    : undefined;
  const notes: UnitFinding[] = [];
  const activities: UnitActivity[] = [];
  const lines = new Map<string, UnitLine>();
  const addLine = (l: Omit<UnitLine, "key" | "sources">, source: CellRef) => {
    const key = lineKey(l);
    const line = lines.get(key) ?? { ...l, key, quantity: ZERO, amount: ZERO, sources: [] };
    line.quantity = line.quantity.plus(l.quantity);
    line.amount = line.amount.plus(l.amount);
    line.sources.push(source);
    lines.set(key, line);
  };

  for (const a of estimate.activities) {
    const own = written.complete ? written.amounts.get(a.activity.row)! : undefined;
    const source = own?.cell ?? a.activity.cells.name ?? { sheet: table.sheet, address: a1(a.activity.row, table.columns.name ?? 1) };
    const amount = own?.amount ?? a.amount;
    activities.push({ row: a.activity.row, stt: a.activity.stt, name: a.activity.name, kind: a.activity.kind, amount, source });
    const parts = linesOf(a, amount, breakdown);
    for (const part of parts) addLine(part.line, part.source ?? source);
    if (parts.some((p) => p.line.description === NO_BREAKDOWN)) notes.push(linesMissing(file, source, a.activity.name));
  }

  const total = sum(activities.map((a) => a.amount));
  const info = reading.plan.info;
  const allocation = checked.allocation;
  let errors = checked.findings.filter((f) => f.severity === "error");
  let warnings = checked.findings.filter((f) => f.severity === "warning").length;
  if (written.complete && !total.eq(estimate.total)) {
    const differs = estimateDiffers(file, written.total?.cell ?? written.range!, total, estimate.total, breakdown?.fitted ?? false);
    notes.push(differs);
    if (differs.severity === "warning") warnings++;
    // The checks held the recomputed total against the allocation; the file's own total is the one that counts.
    errors = errors.filter((f) => !ALLOCATION_CODES.has(f.code));
    if (allocation && total.gt(allocation.total)) errors.push(overAllocation(file, total, allocation.total, allocation.totalCell));
  }
  if (!written.complete) notes.push(estimatedHere(file, table.sheet));

  return {
    unit: {
      file,
      name: info.issuer?.trim() || info.title?.trim() || baseName(file),
      title: info.title,
      number: info.number,
      province: (written.complete && breakdown?.province) || estimate.norms.province || info.province,
      normsDate: (written.complete && breakdown?.normsDate) || estimate.norms.date,
      normsDateAssumed: info.date === undefined,
      origin: written.complete ? "file" : "computed",
      total,
      totalSource: totalSource(written, total, table.sheet, table.headerRow),
      allocation: allocation?.total,
      allocationSource: allocation?.totalCell,
      activities,
      lines: [...lines.values()],
      errors: errors.map((f) => ({ ...f, file })),
      warnings,
      notes,
    },
  };
}

/**
 * An activity's spending lines that add up to its amount: the breakdown's (the
 * file's own cells) when they do, else the estimate made here when its amount is
 * the same; else none (the amount goes to the line "Chưa có chi tiết").
 */
function linesOf(
  a: ActivityEstimate,
  amount: Decimal,
  breakdown: BreakdownReading | undefined,
): { line: Omit<UnitLine, "key" | "sources">; source?: CellRef }[] {
  const own = breakdown?.activities.get(a.activity.row);
  if (own && own.lines.length && sum(own.lines.map((l) => l.amount)).eq(amount)) return own.lines.map((l) => ({ line: l, source: l.cell }));
  if (a.amount.eq(amount) && a.lines.length)
    return a.lines.map((l) => ({
      line: { description: l.description, unit: l.unit, normCode: l.normCode, quantity: l.quantity, amount: l.amount },
    }));
  return amount.isZero() ? [] : [{ line: { description: NO_BREAKDOWN, unit: "", quantity: ZERO, amount } }];
}

/** The cell the unit's total is: its Tổng cộng when that holds the total, else the column it sums, else the plan's header. */
function totalSource(written: WrittenEstimate, total: Decimal, sheet: string, headerRow: number): CellRef {
  if (!written.complete) return { sheet, address: a1(headerRow, 1) };
  if (written.total?.amount.eq(total)) return written.total.cell;
  return written.range!;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
}
