import type Decimal from "decimal.js";
import { runSettle, type SettleCommandResult } from "../../workbook/commands/settle";
import type { Totals } from "../../core/settle/settlement";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { hasErrors } from "../../core/findings/finding";
import { argsOrUsage } from "../args";
import { readDateFlag } from "../dateFlag";
import { ESTIMATE_FLAGS, ESTIMATE_FLAGS_USAGE, readEstimateFlags, wordsFlag } from "../estimateFlags";
import { EXIT, type CliIO } from "../io";
import { openWorkbook, saveWorkbook } from "../openWorkbook";
import { findingLine, table, truncate } from "../format";

export const SETTLE_USAGE = `dutoan settle <file.xlsx> [-o out.xlsx] [--as-of DD/MM/YYYY] [--json] [--ngan] ${ESTIMATE_FLAGS_USAGE}`;

const amount = (d: Decimal | undefined) => (d === undefined ? null : toDecimalString(d));

function totalsJson(t: Totals) {
  return {
    estimate: toDecimalString(t.estimate),
    actual: toDecimalString(t.actual),
    difference: toDecimalString(t.difference),
    ratePercent: t.rate === undefined ? null : toDecimalString(t.rate),
  };
}

/**
 * The JSON document of `dutoan settle --json`: the period, the totals, the quarters
 * and every activity's figures, as decimal strings in đồng (rates in percent).
 * `asOf` is the day used; `asOfAssumed` says it was today, not given.
 */
export function settleJson(result: SettleCommandResult) {
  const s = result.settlement;
  return {
    asOf: s?.period.asOf ?? null,
    asOfAssumed: s ? !s.period.asOfGiven : null,
    year: s?.period.year ?? null,
    countedQuarters: s?.period.counted ?? [],
    yearClosed: s?.period.yearClosed ?? null,
    total: s ? totalsJson(s.total) : null,
    quarters: (s?.quarters ?? []).map((q, i) => ({ quarter: i + 1, estimate: toDecimalString(q.estimate), actual: amount(q.actual) })),
    allocation: amount(s?.allocation),
    unspent: amount(s?.unspent),
    disposition: s?.disposition ?? null,
    activities: (s?.activities ?? []).map((a) => ({
      row: a.activity.row,
      stt: a.activity.stt,
      name: a.activity.name,
      kind: a.activity.kind,
      ...totalsJson(a),
      outcome: a.outcome,
      quarters: a.quarters.map((q, i) => ({ quarter: i + 1, estimate: toDecimalString(q.estimate), actual: amount(q.actual) })),
      lines: a.lines.map((l) => ({ description: l.description, estimate: toDecimalString(l.amount) })),
    })),
    notCarriedOut: (s?.notCarriedOut ?? []).map((a) => ({
      row: a.activity.row,
      name: a.activity.name,
      estimate: toDecimalString(a.estimate),
    })),
    sheet: result.layout?.sheet ?? null,
    findings: result.findings,
  };
}

const rate = (t: Totals) => (t.rate === undefined ? "" : `${t.rate.toFixed(1).replace(".", ",")}%`);

/** The short table: activity, estimate, actual, difference, rate; the total; the money left. */
function printSettlement(result: SettleCommandResult, io: CliIO): void {
  const s = result.settlement;
  if (s) {
    const rows = [["Dòng", "Hoạt động", "Dự toán", "Thực hiện", "Chênh lệch", "Tỷ lệ"]];
    for (const a of s.activities) {
      rows.push([
        String(a.activity.row),
        truncate(a.activity.name, 46),
        formatVnd(a.estimate),
        formatVnd(a.actual),
        formatVnd(a.difference),
        rate(a),
      ]);
    }
    rows.push(["", "TỔNG CỘNG", formatVnd(s.total.estimate), formatVnd(s.total.actual), formatVnd(s.total.difference), rate(s.total)]);
    table(rows).forEach((l) => io.out(l));
    if (s.allocation !== undefined) io.out(`Kinh phí được giao / allocation: ${formatVnd(s.allocation)} đồng`);
    if (s.unspent !== undefined)
      io.out(`${s.period.yearClosed ? "Chưa sử dụng / unspent" : "Còn lại / left"}: ${formatVnd(s.unspent)} đồng`);
  }
  for (const f of result.findings) io.out(findingLine(f));
}

/**
 * `dutoan settle`: the Quyết toán sheet, the year's estimate against the actual
 * spending recorded on Phân bổ, as of a day. Written in place, or into -o; the
 * sheet it replaces comes back with `dutoan restore`.
 */
export async function settleCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    {
      output: { type: "string", short: "o" },
      json: { type: "boolean" },
      "as-of": { type: "string" },
      ngan: { type: "boolean" },
      ...ESTIMATE_FLAGS,
    },
    SETTLE_USAGE,
    io,
    (p) => p.positionals.length === 1,
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const asOf = readDateFlag(values, "as-of", io);
  if (asOf === null) return EXIT.io;
  const options = readEstimateFlags(values, io);
  if (!options) return EXIT.io;
  const book = await openWorkbook(positionals[0], io);
  if (!book) return EXIT.io;
  const result = await runSettle(book, { ...options, asOf, words: wordsFlag(values) });
  const output = (values.output as string | undefined) ?? positionals[0];
  if (result.writes.length && !(await saveWorkbook(book, output, io))) return EXIT.io;
  if (values.json) io.out(JSON.stringify(settleJson(result), null, 2));
  else {
    printSettlement(result, io);
    if (result.layout) {
      io.out(`Bằng chữ: ${result.layout.words}`);
      io.out(`Đã ghi sheet "${result.layout.sheet}" (A1:G${result.layout.lastRow}) vào / wrote the sheet into ${output}`);
    } else io.err("Không lập được quyết toán; không ghi tệp nào / no settlement was made; nothing was written.");
  }
  if (!result.reading.table) return EXIT.io;
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}
