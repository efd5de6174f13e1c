import type { WorkbookHost } from "../workbook/host";
import { App } from "../taskpane/App";
import type { MemoryWorkbook } from "./memoryWorkbook";
import type { SelectionStore } from "./selection";
import { SheetGrid } from "./SheetGrid";

/** The playground: a sample workbook in a simple grid, beside the real task pane working on it. */
export function Playground({ book, selection, host }: { book: MemoryWorkbook; selection: SelectionStore; host: WorkbookHost }) {
  return (
    <div className="playground">
      <header className="bar">
        <strong>Dự toán add-in — sân chơi</strong>
        <span className="sub">
          Playground: kế hoạch mẫu 30/KH-SCT Trà Vinh 2020, trong trình duyệt, không cần Excel / the sample plan, in the browser, without
          Excel
        </span>
      </header>
      <div className="split">
        <SheetGrid book={book} selection={selection} />
        <aside className="pane" aria-label="Ngăn tác vụ / task pane">
          <App host={host} />
        </aside>
      </div>
    </div>
  );
}
