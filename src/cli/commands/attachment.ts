import { runAttachment } from "../../workbook/commands/attachment";
import { formatVnd } from "../../core/money/money";
import { hasErrors } from "../../core/findings/finding";
import { argsOrUsage } from "../args";
import { ESTIMATE_FLAGS, ESTIMATE_FLAGS_USAGE, readEstimateFlags, wordsFlag } from "../estimateFlags";
import { EXIT, type CliIO } from "../io";
import { openWorkbook, saveWorkbook } from "../openWorkbook";
import { findingLine } from "../format";
import { columnLetter } from "../../workbook/address";

export const ATTACHMENT_USAGE = `dutoan attachment <plan.xlsx> -o out.xlsx [--ngan] ${ESTIMATE_FLAGS_USAGE}`;

/**
 * `dutoan attachment`: writes the Dự toán sheet (the printable attachment) into a
 * copy of the workbook. The output file is required, so the user's plan is never
 * overwritten by this command.
 */
export async function attachmentCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    {
      output: { type: "string", short: "o" },
      ngan: { type: "boolean" },
      ...ESTIMATE_FLAGS,
    },
    ATTACHMENT_USAGE,
    io,
    (p) => p.positionals.length === 1 && typeof p.values.output === "string",
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const output = parsed.values.output as string;
  const options = readEstimateFlags(values, io);
  if (!options) return EXIT.io;
  const book = await openWorkbook(positionals[0], io);
  if (!book) return EXIT.io;
  const result = await runAttachment(book, { ...options, words: wordsFlag(values) });
  for (const f of result.findings) io.out(findingLine(f));
  const layout = result.layout;
  if (!layout || !result.estimate) {
    io.err("Không lập được dự toán; không ghi tệp nào / no attachment was made; nothing was written.");
    return result.reading.table ? EXIT.findings : EXIT.io;
  }
  if (!(await saveWorkbook(book, output, io))) return EXIT.io;
  io.out(`Tổng cộng / total: ${formatVnd(result.estimate.total)} đồng`);
  io.out(`Bằng chữ: ${layout.words}`);
  io.out(`Đã ghi sheet "${layout.sheet}" (A1:${columnLetter(layout.lastColumn)}${layout.lastRow}) vào / wrote the sheet into ${output}`);
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}
