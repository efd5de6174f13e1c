import { parseRange, a1 } from "../workbook/address";
import type { PaneHost, SelectedCell } from "../taskpane/paneHost";
import type { MemoryWorkbook } from "./memoryWorkbook";
import type { SelectionStore } from "./selection";

/**
 * The task pane's host in the playground: the in-memory workbook, and the grid's
 * selection: select() moves it, and a click on the grid is reported to the pane
 * as Excel's selection event is (the Giải thích tab follows it).
 */
export function playgroundHost(book: MemoryWorkbook, selection: SelectionStore): PaneHost {
  const selected = (): SelectedCell => {
    const { sheet, range } = selection.get();
    const box = parseRange(range);
    return { sheet, address: a1(box.top, box.left) };
  };
  return {
    label: "Playground",
    port: book,
    async select(sheet, range) {
      const found = book.sheet(sheet);
      if (!found) throw new Error(`Sheet "${sheet}" không tồn tại / does not exist`);
      parseRange(range); // refuses a bad address as Excel would
      selection.set({ sheet: found.name, range });
    },
    selectionEvents: true,
    selectedCell: async () => selected(),
    async onSelectionChanged(listener) {
      const stop = selection.subscribe(() => listener(selected()));
      return async () => void stop();
    },
  };
}
