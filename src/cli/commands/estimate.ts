import { runEstimate, type EstimateCommandResult } from "../../workbook/commands/estimate";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { formatDmy } from "../../core/dates/isoDate";
import { formatPeriod } from "../../core/plan/years";
import { hasErrors } from "../../core/findings/finding";
import { argsOrUsage } from "../args";
import { ESTIMATE_FLAGS, ESTIMATE_FLAGS_USAGE, readEstimateFlags } from "../estimateFlags";
import { EXIT, type CliIO } from "../io";
import { openWorkbook, saveWorkbook } from "../openWorkbook";
import { findingLine, table, truncate } from "../format";
import { REFUSED_FOR_USER_VALUES, keptUserValues } from "../../workbook/safety/messages";

export const ESTIMATE_USAGE = `dutoan estimate <plan.xlsx> [-o out.xlsx] [--json] ${ESTIMATE_FLAGS_USAGE} [--force]`;

/** The JSON document of `dutoan estimate --json` (design.md: a public interface). */
export function estimateJson(result: EstimateCommandResult) {
  const e = result.estimate;
  return {
    total: e ? toDecimalString(e.total) : "0",
    activities: (e?.activities ?? []).map((a) => ({
      row: a.activity.row,
      name: a.activity.name,
      kind: a.activity.kind,
      amount: toDecimalString(a.amount),
      statedAmount: a.activity.statedAmount ? toDecimalString(a.activity.statedAmount) : null,
      lines: a.lines.map((l) => ({
        description: l.description,
        unit: l.unit,
        quantity: toDecimalString(l.quantity),
        unitCost: toDecimalString(l.unitCost),
        amount: toDecimalString(l.amount),
        normCode: l.normCode ?? null,
        basis: l.basis,
        // Only on a fitted line: the level the norm gave, beside the fitted one.
        ...(l.fitted ? { fitted: { normUnitCost: toDecimalString(l.fitted.unitCost), normAmount: toDecimalString(l.fitted.amount) } } : {}),
      })),
    })),
    // A multi-year plan: the year estimated (--year), or the whole period with each year's total.
    ...(e?.year !== undefined ? { year: e.year } : {}),
    ...(e?.period
      ? {
          period: {
            from: e.period.period.from,
            to: e.period.period.to,
            years: Object.fromEntries(e.period.years.map((y, i) => [String(y), toDecimalString(e.period!.yearTotals[i])])),
          },
        }
      : {}),
    findings: result.findings,
  };
}

/** The short table: activity, computed amount, stated amount, difference; and the total. */
export function printEstimate(result: EstimateCommandResult, io: CliIO): void {
  const e = result.estimate;
  if (e) {
    const rows = [["Dòng", "Hoạt động", "Loại", "Dự toán", "Kế hoạch", "Chênh lệch"]];
    for (const a of e.activities) {
      const stated = a.activity.statedAmount;
      rows.push([
        String(a.activity.row),
        truncate(a.activity.name, 46),
        a.activity.kind,
        formatVnd(a.amount),
        stated ? formatVnd(stated) : "",
        stated ? formatVnd(a.amount.minus(stated)) : "",
      ]);
    }
    const stated = result.reading.plan.info.statedTotal;
    rows.push(["", "TỔNG CỘNG", "", formatVnd(e.total), stated ? formatVnd(stated) : "", stated ? formatVnd(e.total.minus(stated)) : ""]);
    table(rows).forEach((l) => io.out(l));
    if (e.period) {
      io.out(`Cả giai đoạn ${formatPeriod(e.period.period)}, theo năm / by year:`);
      e.period.years.forEach((y, i) => io.out(`  ${y}: ${formatVnd(e.period!.yearTotals[i])}`));
    }
    if (e.year !== undefined) io.out(`Dự toán năm ${e.year} / the ${e.year} estimate.`);
    io.out(
      `Định mức ngày ${formatDmy(e.norms.date)}${e.norms.province ? `, ${e.norms.province}` : ""}; làm tròn ${e.rounding === "thousand" ? "đến nghìn đồng" : "đến đồng"}.`,
    );
  }
  for (const f of result.findings) io.out(findingLine(f));
}

export async function estimateCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    {
      output: { type: "string", short: "o" },
      json: { type: "boolean" },
      force: { type: "boolean" },
      ...ESTIMATE_FLAGS,
    },
    ESTIMATE_USAGE,
    io,
    (p) => p.positionals.length === 1,
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const options = readEstimateFlags(values, io);
  if (!options) return EXIT.io;
  const book = await openWorkbook(positionals[0], io);
  if (!book) return EXIT.io;
  const force = values.force === true;
  const result = await runEstimate(book, { ...options, force });
  // The user's own typing wins: cells they typed in the output columns make the command refuse to save, unless --force.
  const refused = !force && keptUserValues(result.findings);
  if (!refused && result.writes.length && !(await saveWorkbook(book, (values.output as string | undefined) ?? positionals[0], io)))
    return EXIT.io;
  if (values.json) io.out(JSON.stringify(estimateJson(result), null, 2));
  else printEstimate(result, io);
  if (refused) {
    io.err(REFUSED_FOR_USER_VALUES);
    return EXIT.findings;
  }
  if (!result.reading.table) return EXIT.io;
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}
