import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";
import { createSelectionStore } from "./selection";
import { playgroundHost } from "./playgroundHost";
import { traVinhMemoryWorkbook } from "./traVinhBook";

/**
 * `npm run playground`: the real task pane over an in-memory workbook holding the
 * Trà Vinh sample, beside a grid that shows it. No Office, no network.
 */
async function start(): Promise<void> {
  const book = await traVinhMemoryWorkbook();
  const selection = createSelectionStore({ sheet: "Kế hoạch", range: "A1" });
  const host = playgroundHost(book, selection);
  createRoot(document.getElementById("root")!).render(<Playground book={book} selection={selection} host={host} />);
}

void start();
