import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { selectNorms, todayIso } from "../../core/norms/select";
import { normAmount, type Norm } from "../../core/norms/norm";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { parseVietnameseDate } from "../../core/text/dates";
import { SHEETS } from "../../workbook/layout";
import { runNorms } from "../../workbook/commands/norms";
import { XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { parseCommandArgs } from "../args";
import { EXIT, type CliIO } from "../io";
import { findingLine, table, truncate } from "../format";

export const NORMS_USAGE = "dutoan norms [--date YYYY-MM-DD] [--province NAME] [--json] [--write file.xlsx]";

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
  const parsed = parseCommandArgs(args, {
    date: { type: "string" },
    province: { type: "string" },
    json: { type: "boolean" },
    write: { type: "string" },
  });
  if ("error" in parsed || parsed.positionals.length) {
    io.err(`${"error" in parsed ? parsed.error + "\n" : ""}Cách dùng / usage: ${NORMS_USAGE}`);
    return EXIT.io;
  }
  const { values } = parsed;
  const date = values.date === undefined ? todayIso() : parseVietnameseDate(values.date as string);
  if (!date) {
    io.err(`Ngày không hợp lệ / invalid date: ${values.date}`);
    return EXIT.io;
  }
  const province = values.province as string | undefined;
  const norms = selectNorms({ date, province }).all();

  if (values.write) {
    const file = path.resolve(io.cwd, values.write as string);
    try {
      const book = fs.existsSync(file) ? await XlsxWorkbook.open(file) : new XlsxWorkbook(new ExcelJS.Workbook());
      // Through the runner like every command: what it overwrites can be restored.
      const result = await runNorms(book, { normsDate: date, province, replace: true });
      if (!result.writes.length) {
        result.findings.forEach((f) => io.err(findingLine(f)));
        return EXIT.findings;
      }
      await book.save(file);
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
    if (values.write) io.out(`Đã ghi sheet "${SHEETS.norms}" vào / wrote the sheet to ${values.write}`);
  }
  return EXIT.ok;
}
