import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { selectNorms } from "../../core/norms/select";
import { today, type IsoDate } from "../../core/dates/isoDate";
import { normAmount, type Norm } from "../../core/norms/norm";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { SHEETS } from "../../workbook/layout";
import { runNorms } from "../../workbook/commands/norms";
import { XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { readBook } from "../../workbook/port";
import { learnNorms, learnedNorms, type LearnResult } from "../../workbook/learnNorms";
import type { CellRef } from "../../core/plan/plan";
import { openWorkbook } from "../openWorkbook";
import { argsOrUsage } from "../args";
import { readDateFlag } from "../dateFlag";
import { EXIT, type CliIO } from "../io";
import { findingLine, table, truncate } from "../format";

/** With --learn, the levels of a previous dự toán replace the catalog's in the sheet --write makes. */
export const NORMS_USAGE =
  "dutoan norms [--learn last-year.xlsx] [--date DD/MM/YYYY] [--province NAME] [--json] [--write file.xlsx [--force]]";

/** A Định mức sheet that already holds rows is the unit's own levels: replaced only with --force (the pane asks). */
function normsSheetKept(sheet: string, file: string): string {
  return (
    `Sheet "${sheet}" trong ${file} đã có dữ liệu (có thể là mức chi riêng của đơn vị) nên không bị thay; không ghi gì. ` +
    `Muốn thay bằng định mức của add-in, chạy lại với --force (dutoan restore hoàn tác được).\n` +
    `    Sheet "${sheet}" in ${file} already holds data (perhaps the unit's own levels), so it was not replaced; nothing was written. ` +
    `To replace it with the add-in's norms, run again with --force (dutoan restore undoes it).`
  );
}

export function normJson(n: Norm) {
  return {
    code: n.code,
    kind: n.kind,
    line: n.line,
    unit: n.unit,
    amount: toDecimalString(normAmount(n)),
    rule: n.rule.kind === "share-capped" ? { share: n.rule.share.toFixed(), cap: n.rule.cap.toFixed(), base: n.rule.baseLabel } : null,
    cap: n.cap,
    layer: n.layer,
    jurisdiction: n.jurisdiction,
    basis: n.basis,
    validFrom: n.validFrom ?? null,
    validTo: n.validTo ?? null,
    status: n.status,
    source: n.source ?? null,
    note: n.note ?? null,
  };
}

/** `dutoan norms`: the catalog in force at a date for a province; --write creates the Định mức sheet. */
export async function normsCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    {
      date: { type: "string" },
      province: { type: "string" },
      json: { type: "boolean" },
      write: { type: "string" },
      learn: { type: "string" },
      force: { type: "boolean" },
    },
    NORMS_USAGE,
    io,
    (p) => p.positionals.length === 0,
  );
  if (!parsed) return EXIT.io;
  const { values } = parsed;
  const chosen = readDateFlag(values, "date", io);
  if (chosen === null) return EXIT.io;
  const date = chosen ?? today();
  const province = values.province as string | undefined;
  const force = values.force === true;
  if (values.learn !== undefined)
    return learn(values.learn as string, { date, province, write: values.write as string | undefined, json: !!values.json, force }, io);
  const norms = selectNorms({ date, province }).all();

  let written: string | undefined;
  if (values.write) {
    const file = path.resolve(io.cwd, values.write as string);
    try {
      const book = fs.existsSync(file) ? await XlsxWorkbook.open(file) : new XlsxWorkbook(new ExcelJS.Workbook());
      // Through the runner like every command: what it overwrites can be restored.
      const result = await runNorms(book, { normsDate: date, province, replace: force, force });
      if (result.exists && !force) {
        io.err(normsSheetKept(result.sheet, values.write as string));
        return EXIT.findings;
      }
      if (!result.writes.length) {
        result.findings.forEach((f) => io.err(findingLine(f)));
        return EXIT.findings;
      }
      await book.save(file);
      written = result.sheet;
    } catch (e) {
      io.err(`Không ghi được / cannot write ${values.write}: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.io;
    }
  }
  if (values.json) {
    io.out(JSON.stringify({ date, province: province ?? null, norms: norms.map(normJson) }, null, 2));
  } else {
    const rows = [["Mã", "Nội dung chi", "ĐVT", "Mức chi", "Tình trạng", "Căn cứ"]];
    for (const n of norms) rows.push([n.code, truncate(n.line, 44), n.unit, formatVnd(normAmount(n)), n.status, truncate(n.basis, 60)]);
    table(rows).forEach((l) => io.out(l));
    if (written) io.out(`Đã ghi sheet "${written}" vào / wrote the sheet to ${values.write}`);
  }
  return EXIT.ok;
}

const at = (c: CellRef) => `${c.sheet}!${c.address}`;

/** The JSON of `norms --learn`: amounts as decimal strings, cells as "Sheet!A1". */
export function learnJson(file: string, result: LearnResult, written: string | null) {
  return {
    file,
    sheets: result.sheets,
    proposals: result.proposals.map((p) => ({
      code: p.code,
      line: p.line,
      unit: p.unit,
      unitCost: toDecimalString(p.unitCost),
      from: at(p.cell),
      matchedBy: p.matchedBy,
      why: p.why,
      description: p.description,
      count: p.count,
    })),
    unmatched: result.unmatched.map((u) => ({
      description: u.description,
      unit: u.unit,
      unitCost: toDecimalString(u.unitCost),
      from: at(u.cell),
      candidates: u.candidates,
    })),
    conflicts: result.conflicts.map((c) => ({
      code: c.code,
      line: c.line,
      chosen: toDecimalString(c.chosen),
      levels: c.levels.map((l) => ({ unitCost: toDecimalString(l.unitCost), from: l.cells.map(at) })),
      reason: c.reason,
      reasonEn: c.reasonEn,
    })),
    written,
    findings: result.findings,
  };
}

/**
 * `dutoan norms --learn last-year.xlsx [--write this-year.xlsx]`: the unit's own
 * levels read from a previous dự toán. Exit 0 when at least one level was learned
 * (unmatched lines are listed, they are not an error), 1 when none could be, 2
 * when a file cannot be read or written.
 */
async function learn(
  file: string,
  options: { date: IsoDate; province?: string; write?: string; json: boolean; force: boolean },
  io: CliIO,
): Promise<number> {
  const source = await openWorkbook(file, io);
  if (!source) return EXIT.io;
  const book = await readBook(source, (sheets) => sheets.map((s) => s.name));
  const result = learnNorms(book);
  const learned = learnedNorms(result, path.basename(file));

  let written: string | null = null;
  if (options.write && result.proposals.length) {
    const target = path.resolve(io.cwd, options.write);
    try {
      const out = fs.existsSync(target) ? await XlsxWorkbook.open(target) : new XlsxWorkbook(new ExcelJS.Workbook());
      const run = await runNorms(out, {
        normsDate: options.date,
        province: options.province,
        replace: options.force,
        force: options.force,
        learned,
      });
      if (run.exists && !options.force) {
        io.err(normsSheetKept(run.sheet, options.write));
        return EXIT.findings;
      }
      if (!run.writes.length) {
        run.findings.forEach((f) => io.err(findingLine(f)));
        return EXIT.findings;
      }
      await out.save(target);
      written = options.write;
    } catch (e) {
      io.err(`Không ghi được / cannot write ${options.write}: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.io;
    }
  }

  if (options.json) {
    io.out(JSON.stringify(learnJson(file, result, written), null, 2));
  } else {
    if (result.proposals.length) {
      io.out(`Mức chi của đơn vị theo ${file} / the unit's levels in ${file}:`);
      const rows = [["Mã", "Nội dung chi", "ĐVT", "Mức chi", "Từ ô / from", "Theo / by"]];
      for (const p of result.proposals) rows.push([p.code, truncate(p.line, 44), p.unit, formatVnd(p.unitCost), at(p.cell), p.matchedBy]);
      table(rows).forEach((l) => io.out(l));
    }
    if (result.unmatched.length) {
      io.out("");
      io.out(`Dòng không xác định được định mức (không học) / lines not matched to a norm (not learned): ${result.unmatched.length}`);
      const rows = [["Ô / cell", "Nội dung", "ĐVT", "Đơn giá", "Gần nhất / closest"]];
      for (const u of result.unmatched)
        rows.push([at(u.cell), truncate(u.description, 44), u.unit, formatVnd(u.unitCost), u.candidates.join(", ")]);
      table(rows).forEach((l) => io.out(l));
    }
    result.findings.filter((f) => f.severity !== "info").forEach((f) => io.err(findingLine(f)));
    if (written)
      io.out(
        `Đã ghi sheet "${SHEETS.norms}" với ${learned.length} mức của đơn vị vào / wrote the sheet with ${learned.length} of the unit's levels to ${written}`,
      );
    else if (options.write) io.out(`Không học được mức nào nên không ghi ${options.write} / nothing learned, ${options.write} not written`);
  }
  return result.proposals.length ? EXIT.ok : EXIT.findings;
}
