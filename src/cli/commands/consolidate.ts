import fs from "fs";
import path from "path";
import type { Consolidation } from "../../core/consolidate/consolidate";
import { unitStatus } from "../../core/consolidate/unit";
import { formatDmy, today } from "../../core/dates/isoDate";
import { hasErrors } from "../../core/findings/finding";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { consolidateFiles, unitFileReader, type ConsolidateProgress } from "../../workbook/consolidate/consolidateFiles";
import { cellName } from "../../workbook/consolidate/sourceLink";
import { summaryBook } from "../../workbook/consolidate/summaryBook";
import { SUMMARY_SHEET } from "../../workbook/consolidate/summarySheet";
import { writeFileAtomic, SaveError } from "../../xlsx/atomicSave";
import { newBookBytes } from "../../xlsx/newBook";
import { readBookValues } from "../../xlsx/values/bookValues";
import { argsOrUsage } from "../args";
import { wordsFlag } from "../estimateFlags";
import { findingLine, table, truncate } from "../format";
import { EXIT, processIO, type CliIO } from "../io";
import { fileSource, workerCount, workerReader } from "../unitWorkers";

export const CONSOLIDATE_USAGE = "dutoan consolidate <a.xlsx> <b.xlsx>... -o tong-hop.xlsx [--json] [--ngan]";

/**
 * The JSON document of `dutoan consolidate --json` (design.md: a public interface):
 * the total, one entry per unit consolidated (its errors, each naming the file
 * and cell), the amounts by activity kind, and the findings (mixed norms, files
 * left out). Amounts are decimal strings in đồng.
 */
export function consolidateJson(c: Consolidation, output: string | null) {
  return {
    total: toDecimalString(c.total),
    // The sum of the allocations the units give; null when none gives one.
    allocation: c.withoutAllocation < c.units.length ? toDecimalString(c.allocation) : null,
    units: c.units.map((u) => ({
      file: u.file,
      name: u.name,
      total: toDecimalString(u.total),
      allocation: u.allocation ? toDecimalString(u.allocation) : null,
      errors: u.errors,
      status: unitStatus(u),
      warnings: u.warnings,
      province: u.province ?? null,
      normsDate: u.normsDate,
      estimatedHere: u.origin === "computed",
      source: `${u.file}!${cellName(u.totalSource)}`,
    })),
    byKind: Object.fromEntries(c.byKind.map((k) => [k.kind, toDecimalString(k.amount)])),
    byLine: c.byLine.map((l) => ({
      description: l.description,
      unit: l.unit,
      normCode: l.normCode ?? null,
      quantity: toDecimalString(l.quantity),
      amount: toDecimalString(l.amount),
      units: l.units,
    })),
    skipped: c.skipped.map((s) => ({ file: s.file, finding: s.finding })),
    findings: c.findings,
    output,
  };
}

/** The short table: one row per unit, its total, allocation and status; then the total and what to look at. */
function printConsolidation(c: Consolidation, io: CliIO): void {
  const rows = [["STT", "Đơn vị", "Tệp", "Dự toán", "Được giao", "Tình trạng"]];
  c.units.forEach((u, i) =>
    rows.push([
      String(i + 1),
      truncate(u.name, 34),
      truncate(u.file, 30),
      formatVnd(u.total),
      u.allocation ? formatVnd(u.allocation) : "",
      { ok: "đạt", warnings: `cảnh báo (${u.warnings})`, errors: `lỗi (${u.errors.length})` }[unitStatus(u)],
    ]),
  );
  rows.push(["", "TỔNG CỘNG", "", formatVnd(c.total), formatVnd(c.allocation), ""]);
  table(rows).forEach((l) => io.out(l));
  for (const f of c.findings) io.out(`${f.file ? `${f.file}: ` : ""}${findingLine(f)}`);
}

/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal; else, for
 * a run long enough to wait for, a plain line at each tenth; else nothing.
 */
function progressReporter(io: CliIO): ((p: ConsolidateProgress) => void) | undefined {
  const tty = io === processIO && Boolean(process.stderr.isTTY);
  if (tty) {
    let shown = -1;
    return ({ done, total }) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      if (filled === shown && done !== total) return;
      shown = filled;
      process.stderr.write(
        `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} tệp / files${done === total ? "\n" : ""}`,
      );
    };
  }
  let step = 0;
  return ({ done, total }) => {
    if (total < 20) return;
    const tenth = Math.floor((done * 10) / total);
    if (tenth > step || done === total) {
      step = tenth;
      io.err(`Đã đọc / read ${done}/${total} tệp / files`);
    }
  };
}

/**
 * `dutoan consolidate`: the Tổng hợp dự toán of many units' workbooks, read one
 * after another (never written: a unit without an estimate is estimated in
 * memory), into a new workbook `-o`. A file that is missing, not an .xlsx or
 * without a plan is a finding naming it; the others are consolidated.
 */
export async function consolidateCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    { output: { type: "string", short: "o" }, json: { type: "boolean" }, ngan: { type: "boolean" } },
    CONSOLIDATE_USAGE,
    io,
    (p) => p.positionals.length > 0 && (typeof p.values.output === "string" || p.values.json === true),
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const output = values.output as string | undefined;
  const outFull = output ? path.resolve(io.cwd, output) : undefined;
  const sources = positionals.map((file) => fileSource(file, io.cwd));
  if (outFull && sources.some((s) => s.identity === outFull)) {
    io.err(
      `Tệp tổng hợp ${output} trùng với tệp của một đơn vị; tệp của đơn vị không bao giờ bị ghi đè / the summary ${output} is one of the units' files, which are never overwritten.`,
    );
    return EXIT.io;
  }

  const local = unitFileReader(readBookValues);
  const threads = workerCount(sources.length);
  const pool = threads ? workerReader(threads, local) : undefined;
  let c: Consolidation;
  try {
    c = await consolidateFiles(sources, pool?.read ?? local, { onProgress: progressReporter(io), parallel: threads || 1 });
  } finally {
    await pool?.close();
  }
  if (!c.units.length) {
    if (values.json) io.out(JSON.stringify(consolidateJson(c, null), null, 2));
    else for (const f of c.findings) io.out(`${f.file ? `${f.file}: ` : ""}${findingLine(f)}`);
    io.err("Không đọc được tệp nào của đơn vị; không ghi tệp tổng hợp / no unit's file could be read; nothing was written.");
    return EXIT.io;
  }

  if (outFull) {
    const outDir = path.dirname(outFull);
    const linkPath = (file: string) => path.relative(outDir, path.resolve(io.cwd, file)).split(path.sep).join("/");
    const book = summaryBook(c, { madeOn: today(), linkPath, words: wordsFlag(values) });
    try {
      const bytes = await newBookBytes(book.writes, book.bulk);
      fs.mkdirSync(outDir, { recursive: true });
      await writeFileAtomic(outFull, bytes);
    } catch (e) {
      const err = e instanceof SaveError ? e : new SaveError(outFull, e);
      io.err(`Không ghi được tệp / cannot write ${output}: ${err.message}`);
      return EXIT.io;
    }
  }

  if (values.json) io.out(JSON.stringify(consolidateJson(c, output ?? null), null, 2));
  else {
    printConsolidation(c, io);
    const dates = [...new Set(c.units.map((u) => formatDmy(u.normsDate)))];
    io.out(`Định mức áp dụng / norms of: ${dates.slice(0, 4).join(", ")}${dates.length > 4 ? ", …" : ""}`);
    if (output) io.out(`Đã ghi / wrote ${output} (sheet "${SUMMARY_SHEET}", ${c.units.length} đơn vị / units)`);
  }
  const errors = hasErrors(c.findings) || c.units.some((u) => u.errors.length > 0);
  return errors ? EXIT.findings : EXIT.ok;
}
