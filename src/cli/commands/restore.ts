import { hasErrors } from "../../core/findings/finding";
import { runRestore } from "../../workbook/safety/restore";
import { argsOrUsage } from "../args";
import { EXIT, type CliIO } from "../io";
import { openWorkbook, saveWorkbook } from "../openWorkbook";
import { findingLine } from "../format";

export const RESTORE_USAGE = "dutoan restore <file.xlsx> [-o out.xlsx] [--json]";

/**
 * `dutoan restore`: brings back what the last command overwrote in the workbook
 * (values, formulas, number formats, fills, notes) and deletes the sheets it created.
 * What the officer changed after the command is kept and named (restore-kept-user-value,
 * restore-kept-sheet); a damaged or hand-edited record is refused (exit 1, nothing saved).
 */
export async function restoreCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    { output: { type: "string", short: "o" }, json: { type: "boolean" } },
    RESTORE_USAGE,
    io,
    (p) => p.positionals.length === 1,
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const book = await openWorkbook(positionals[0], io);
  if (!book) return EXIT.io;
  const result = await runRestore(book);
  const output = (values.output as string | undefined) ?? positionals[0];
  if (result.writes.length && !(await saveWorkbook(book, output, io))) return EXIT.io;
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          restoredCells: result.restoredCells,
          deletedSheets: result.deletedSheets,
          keptCells: result.keptCells,
          findings: result.findings,
        },
        null,
        2,
      ),
    );
  } else {
    if (result.writes.length) {
      io.out(
        `Đã khôi phục ${result.restoredCells} ô${result.deletedSheets.length ? `, xoá sheet ${result.deletedSheets.map((s) => `"${s}"`).join(", ")}` : ""}${result.keptCells ? `, giữ ${result.keptCells} ô đã sửa sau lệnh` : ""} / restored ${result.restoredCells} cells${result.deletedSheets.length ? `, deleted sheet(s) ${result.deletedSheets.map((s) => `"${s}"`).join(", ")}` : ""}${result.keptCells ? `, kept ${result.keptCells} changed after the command` : ""}: ${output}`,
      );
    }
    for (const f of result.findings) io.out(findingLine(f));
  }
  return hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
}
