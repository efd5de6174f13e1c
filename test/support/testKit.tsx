import { render, screen, waitFor } from "@testing-library/react";
import type { WorkbookHost } from "../../src/workbook/host";
import { runEstimate } from "../../src/workbook/commands/estimate";
import type { MemoryWorkbook } from "../../src/playground/memoryWorkbook";
import { traVinhMemoryWorkbook } from "../../src/playground/traVinhBook";
import { createSelectionStore, type SelectionStore } from "../../src/playground/selection";
import { playgroundHost } from "../../src/playground/playgroundHost";
import { App, type AppProps } from "../../src/taskpane/App";
import type { EstimateChoices } from "../../src/taskpane/commands/paneCommands";
import { DEFAULT_CHOICES, choiceDate } from "../../src/taskpane/commands/paneCommands";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** Test helpers of the task pane: the real pane over the playground's in-memory workbook. */
export interface PaneUnderTest {
  book: MemoryWorkbook;
  host: WorkbookHost;
  selection: SelectionStore;
}

export async function renderPane(book?: MemoryWorkbook, props: Partial<AppProps> = {}): Promise<PaneUnderTest> {
  const b = book ?? (await traVinhMemoryWorkbook());
  const selection = createSelectionStore({ sheet: "Kế hoạch", range: "A1" });
  const host = playgroundHost(b, selection);
  render(<App host={host} {...props} />);
  // The pane opens by reading the plan; wait until it is shown.
  await waitFor(() => expect(screen.queryByText(/Đang đọc sổ tính|Reading the workbook/)).toBeNull());
  return { book: b, host, selection };
}

/** The engine's own answer on a fresh copy of the sample, so tests never hard-code a guess. */
export async function engineEstimate(choices: Partial<EstimateChoices> = {}) {
  const c = { ...DEFAULT_CHOICES, ...choices };
  return runEstimate(await traVinhMemoryWorkbook(), {
    rounding: c.rounding,
    normsDate: choiceDate(c).date,
    fit: c.fit || undefined,
    province: c.province || undefined,
  });
}
