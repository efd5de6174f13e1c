import type { SelectionWatch, WorkbookHost } from "../workbook/host";
import { finding } from "../core/findings/finding";
import type { ExcelRun } from "./excelApi";
import { excelRun } from "./excelRun";
import { CELL_EDIT_MODE, WorkbookReadError, cellEditModeFinding, officeErrorCode } from "./errors";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "./officeWorkbook";
import { createOfficeSelection, type OfficeSelectionOptions } from "./selection";

/**
 * The task pane's host inside Excel: the Office.js port, selecting the cell a
 * finding or a source is about (range.select()), and the selection the Giải
 * thích tab follows (selection.ts).
 */
export function createOfficeHost(
  run: ExcelRun = excelRun,
  options: OfficeWorkbookOptions & { selection?: OfficeSelectionOptions } = {},
): WorkbookHost & SelectionWatch {
  return {
    label: "Excel",
    ...createOfficeSelection(run, options.selection),
    port: new OfficeWorkbook(run, options),
    select: (sheet, range) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(range.replace(/^.*!/, "")).select();
        try {
          await ctx.sync();
        } catch (error) {
          const code = officeErrorCode(error) ?? "GeneralException";
          if (code === CELL_EDIT_MODE) throw new WorkbookReadError(cellEditModeFinding(), code, error);
          throw new WorkbookReadError(
            finding(
              "warning",
              "select-failed",
              `Không chọn được ô ${sheet}!${range} (Excel báo ${code}); sheet có thể đã bị xoá, đổi tên hoặc đang ẩn.`,
              `Could not select ${sheet}!${range} (Excel reported ${code}); the sheet may have been deleted, renamed or hidden.`,
              { sheet, range },
            ),
            code,
            error,
          );
        }
      }),
  };
}
