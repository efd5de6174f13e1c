import type { WorkbookHost } from "../workbook/host";
import { parseRange } from "../workbook/address";
import type { MemoryWorkbook } from "./memoryWorkbook";
import type { SelectionStore } from "./selection";

/** The task pane's host in the playground: the in-memory workbook, and the grid's selection. */
export function playgroundHost(book: MemoryWorkbook, selection: SelectionStore): WorkbookHost {
  return {
    label: "Playground",
    port: book,
    async select(sheet, range) {
      const found = book.sheet(sheet);
      if (!found) throw new Error(`Sheet "${sheet}" không tồn tại / does not exist`);
      parseRange(range); // refuses a bad address as Excel would
      selection.set({ sheet: found.name, range });
    },
  };
}
