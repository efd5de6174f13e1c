import { runCheck, type CheckCommandResult } from "../../workbook/commands/check";
import { hasErrors, type Finding } from "../../core/findings/finding";
import { parseVietnameseNumber } from "../../core/money/parseAmount";
import { argsOrUsage } from "../args";
import { readDateFlag } from "../dateFlag";
import { ESTIMATE_FLAGS, ESTIMATE_FLAGS_USAGE, readEstimateFlags } from "../estimateFlags";
import { EXIT, type CliIO } from "../io";
import { openWorkbook, saveWorkbook } from "../openWorkbook";
import { findingLine } from "../format";
import { REFUSED_FOR_USER_VALUES, keptUserValues } from "../../workbook/safety/messages";

export const CHECK_USAGE = `dutoan check <plan.xlsx> [--json] [-o marked.xlsx] [--as-of DD/MM/YYYY] [--q4-threshold 40] ${ESTIMATE_FLAGS_USAGE} [--force]`;

/** The JSON document of `dutoan check --json` (design.md: a public interface): amounts are decimal strings. */
export function checkJson(result: CheckCommandResult): { findings: Finding[] } {
  return { findings: result.findings };
}

/** One line per finding, the errors first, then a count. */
export function printFindings(findings: readonly Finding[], io: CliIO): void {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const f of sorted) io.out(findingLine(f));
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  io.out(
    `${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} thông tin / ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`,
  );
}

export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    {
      output: { type: "string", short: "o" },
      json: { type: "boolean" },
      "as-of": { type: "string" },
      "q4-threshold": { type: "string" },
      force: { type: "boolean" },
      ...ESTIMATE_FLAGS,
    },
    CHECK_USAGE,
    io,
    (p) => p.positionals.length === 1,
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const asOf = readDateFlag(values, "as-of", io);
  if (asOf === null) return EXIT.io;
  const options = readEstimateFlags(values, io);
  if (!options) return EXIT.io;
  const thresholdText = values["q4-threshold"] as string | undefined;
  const threshold = thresholdText === undefined ? undefined : parseVietnameseNumber(thresholdText.replace(/%$/, ""));
  if (threshold && (!threshold.ok || threshold.value.lt(0) || threshold.value.gt(100))) {
    io.err(`--q4-threshold phải là phần trăm từ 0 đến 100 / must be a percentage from 0 to 100: ${thresholdText}`);
    return EXIT.io;
  }
  const book = await openWorkbook(positionals[0], io);
  if (!book) return EXIT.io;
  const force = values.force === true;
  const result = await runCheck(book, {
    ...options,
    force,
    asOf,
    q4ThresholdPercent: threshold?.ok ? threshold.value : undefined,
  });
  // -o always gets the marked copy; in place, the file is saved only when something changed.
  const output = values.output as string | undefined;
  // The user's own typing wins: quarter cells they typed make the command refuse to save, unless --force.
  const refused = !force && keptUserValues(result.findings);
  if (!refused && (output || result.writes.length) && !(await saveWorkbook(book, output ?? positionals[0], io))) return EXIT.io;
  if (values.json) io.out(JSON.stringify(checkJson(result), null, 2));
  else printFindings(result.findings, io);
  if (refused) {
    io.err(REFUSED_FOR_USER_VALUES);
    return EXIT.findings;
  }
  if (!result.reading.table) return EXIT.io;
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}
