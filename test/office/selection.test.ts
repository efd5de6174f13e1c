import { cellOfAddress, createOfficeSelection } from "../../src/office/selection";
import type { ExcelRun, XlContext } from "../../src/office/excelApi";

/** A request context with only what the selection uses: the selected range and the selection event. */
function fakeSelection(address: string) {
  const state = { address, handlers: [] as (() => Promise<unknown>)[], removed: 0, syncs: 0 };
  const ctx = {
    workbook: {
      getSelectedRange: () => ({ load: () => undefined, address: state.address }),
      onSelectionChanged: {
        add(handler: () => Promise<unknown>) {
          state.handlers.push(handler);
          return { remove: () => void state.removed++ };
        },
      },
    },
    sync: async () => void state.syncs++,
  } as unknown as XlContext;
  const run: ExcelRun = (batch) => batch(ctx);
  return { state, run, runIn: (_: unknown, batch: (c: XlContext) => Promise<void>) => batch(ctx) };
}

describe("the selection the Giải thích tab follows (Office)", () => {
  it("reads the first cell of a selection, the sheet's quotes and $ signs taken off", () => {
    expect(cellOfAddress("'Chi tiết dự toán'!$F$5:$F$9")).toEqual({ sheet: "Chi tiết dự toán", address: "F5" });
    expect(cellOfAddress("Sheet1!K3")).toEqual({ sheet: "Sheet1", address: "K3" });
    expect(cellOfAddress("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", address: "A1" });
  });

  it("gives the selected cell in one sync, tells each change, and stops when asked", async () => {
    const { state, run, runIn } = fakeSelection("'Kế hoạch'!K3");
    const selection = createOfficeSelection(run, { events: true, runIn });
    expect(selection.selectionEvents).toBe(true);
    await expect(selection.selectedCell()).resolves.toEqual({ sheet: "Kế hoạch", address: "K3" });
    expect(state.syncs).toBe(1);
    const seen: string[] = [];
    const stop = await selection.onSelectionChanged((c) => seen.push(`${c.sheet}!${c.address}`));
    state.address = "'Dự toán'!G12";
    await state.handlers[0]();
    expect(seen).toEqual(["Dự toán!G12"]);
    await stop();
    expect(state.removed).toBe(1);
  });

  it("says so when ExcelApi 1.2 is missing: the pane then offers its button", () => {
    const { run } = fakeSelection("A!A1");
    expect(createOfficeSelection(run, { events: false }).selectionEvents).toBe(false);
    // Outside Office, isSetSupported cannot answer: no events.
    expect(createOfficeSelection(run).selectionEvents).toBe(false);
  });
});
