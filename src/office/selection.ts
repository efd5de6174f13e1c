/**
 * The selection, for the task pane's Giải thích tab: the cell selected now
 * (Workbook.getSelectedRange, ExcelApi 1.1) and each change of the selection
 * (Workbook.onSelectionChanged, ExcelApi 1.2, checked with isSetSupported; below
 * it the pane offers a button instead), as the host's SelectionWatch (src/workbook/host.ts).
 */
import type { SelectedCell, SelectionWatch } from "../workbook/host";
import type { ExcelRun, XlContext, XlLoadable } from "./excelApi";

/** The few members of Excel.Workbook the selection needs (Excel.Workbook satisfies them: proved below). */
export interface XlSelectionWorkbook {
  getSelectedRange(): XlLoadable & { readonly address: string };
  readonly onSelectionChanged: XlEventHandlers;
}

export interface XlEventHandlers {
  add(handler: (args: unknown) => Promise<unknown>): XlEventHandlerResult;
}

export interface XlEventHandlerResult {
  remove(): void;
}

export type ExcelWorkbookSatisfiesSelection = Excel.Workbook extends XlSelectionWorkbook ? true : never;
const proof: ExcelWorkbookSatisfiesSelection = true;
void proof;

/**
 * Runs a batch in the request context a handler was added in: Office.js removes a
 * handler only from that context (Excel.run(context, batch)).
 */
export type RunInContext = (handler: XlEventHandlerResult, batch: (ctx: XlContext) => Promise<void>) => Promise<void>;

const runInContext: RunInContext = (handler, batch) =>
  Excel.run((handler as unknown as OfficeExtension.EventHandlerResult<unknown>).context as Excel.RequestContext, (ctx) => batch(ctx));

/** "'Chi tiết dự toán'!F5:F9" → the sheet and the first cell, F5. */
export function cellOfAddress(address: string): SelectedCell {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const range = address.slice(bang + 1).replace(/\$/g, "");
  return { sheet, address: range.split(":")[0] };
}

const workbookOf = (ctx: XlContext) => ctx.workbook as unknown as XlSelectionWorkbook;

function officeSelectionEvents(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.2") === true;
}

export interface OfficeSelectionOptions {
  /** Whether ExcelApi 1.2 is there; by default Office.context.requirements.isSetSupported. */
  events?: boolean;
  runIn?: RunInContext;
}

/** The selection over Excel.run. */
export function createOfficeSelection(run: ExcelRun, options: OfficeSelectionOptions = {}): SelectionWatch {
  const selectedCell = () =>
    run(async (context) => {
      const range = workbookOf(context).getSelectedRange();
      range.load("address");
      await context.sync();
      const address: string = range.address;
      return cellOfAddress(address);
    });
  return {
    selectionEvents: options.events ?? officeSelectionEvents(),
    selectedCell,
    async onSelectionChanged(listener) {
      const handler = await run(async (ctx) => {
        // The event says only that the selection changed: the cell is read in a batch of its own.
        const added = workbookOf(ctx).onSelectionChanged.add(async () => {
          try {
            listener(await selectedCell());
          } catch {
            // Excel could not say what is selected (cell-edit mode): the next change is explained.
          }
        });
        await ctx.sync();
        return added;
      });
      return () =>
        (options.runIn ?? runInContext)(handler, async (ctx) => {
          handler.remove();
          await ctx.sync();
        });
    },
  };
}
