import fs from "fs";
import type Decimal from "decimal.js";
import path from "path";
import ExcelJS from "exceljs";
import { parsePlanText, type ImportedPlan } from "../../core/planText/parsePlanText";
import { KIND_LABELS } from "../../core/plan/kinds";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { hasErrors } from "../../core/findings/finding";
import { runImport } from "../../workbook/commands/importPlan";
import { XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { argsOrUsage } from "../args";
import { EXIT, type CliIO } from "../io";
import { findingLine, table, truncate } from "../format";

export const IMPORT_USAGE = "dutoan import <plan.txt> [-o plan.xlsx] [--json] [--force]";

const str = (v: Decimal | undefined) => (v === undefined ? null : toDecimalString(v));

/** The JSON document of `dutoan import --json` (design.md). */
export function importJson(imported: ImportedPlan) {
  const f = imported.facts;
  return {
    plan: {
      number: f.number ?? null,
      place: f.place ?? null,
      date: f.date ?? null,
      title: f.title ?? null,
      issuer: f.issuer ?? null,
      province: f.province ?? null,
      total: str(f.total),
      fundingSource: f.fundingSource ?? null,
    },
    activities: imported.activities.map((a) => ({
      name: a.name,
      kind: a.kind,
      quantity: str(a.quantity),
      unit: a.unit ?? null,
      participants: str(a.participants),
      quarters: a.quarters,
      statedAmount: str(a.statedAmount),
      group: a.group ?? null,
      stt: a.label,
    })),
    groups: imported.groups.map((g) => ({ stt: g.stt, name: g.name, statedAmount: str(g.statedAmount) })),
    findings: imported.findings,
  };
}

/** `dutoan import`: the activities of a plan's text; with -o, a workbook ready for `dutoan estimate`. */
export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    { output: { type: "string", short: "o" }, json: { type: "boolean" }, force: { type: "boolean" } },
    IMPORT_USAGE,
    io,
    (p) => p.positionals.length === 1,
  );
  if (!parsed) return EXIT.io;
  const file = path.resolve(io.cwd, parsed.positionals[0]);
  let textContent: string;
  try {
    textContent = fs.readFileSync(file, "utf8");
  } catch {
    io.err(`Không đọc được tệp / cannot read ${parsed.positionals[0]}`);
    return EXIT.io;
  }
  const imported = parsePlanText(textContent);
  let findings = imported.findings;
  const output = parsed.values.output as string | undefined;
  /** Only a save that happened is reported as one. */
  let wrote = false;
  if (output) {
    const out = path.resolve(io.cwd, output);
    try {
      const book = fs.existsSync(out) ? await XlsxWorkbook.open(out) : new XlsxWorkbook(new ExcelJS.Workbook());
      const outcome = await runImport(book, imported, { replace: Boolean(parsed.values.force), force: Boolean(parsed.values.force) });
      findings = outcome.findings;
      if (outcome.writes.length) {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        await book.save(out);
        wrote = true;
      }
    } catch (e) {
      io.err(`Không ghi được / cannot write ${output}: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.io;
    }
  }
  if (parsed.values.json) {
    io.out(JSON.stringify({ ...importJson(imported), findings }, null, 2));
  } else {
    const rows = [["STT", "Hoạt động", "Loại", "Số lượng", "Số người", "Quý", "Kinh phí"]];
    for (const a of imported.activities) {
      rows.push([
        // The plan's own numbering, as the sheet and the attachment print it.
        a.label,
        truncate(a.name, 50),
        KIND_LABELS[a.kind],
        a.quantity ? `${formatVnd(a.quantity)} ${a.unit ?? ""}`.trim() : "",
        a.participants ? formatVnd(a.participants) : "",
        a.quarters.join(","),
        a.statedAmount ? formatVnd(a.statedAmount) : "",
      ]);
    }
    table(rows).forEach((l) => io.out(l));
    if (imported.facts.total) io.out(`Tổng kinh phí theo kế hoạch: ${formatVnd(imported.facts.total)} đồng`);
    for (const f of findings) io.out(findingLine(f));
    if (wrote) io.out(`Đã ghi / wrote ${output}`);
    else if (output) io.out(`Không ghi gì vào / nothing was written to ${output}`);
  }
  return hasErrors(findings) ? EXIT.findings : EXIT.ok;
}
