import type { WorkbookHost } from "../workbook/host";

/** The first cell of the workbook's selection. */
export interface SelectedCell {
  sheet: string;
  /** "K3": the selection's top-left cell. */
  address: string;
}

/**
 * What the Giải thích tab needs from the host besides the port: the selected
 * cell, and, where the host can tell, each change of the selection. Excel's
 * (src/office/selection.ts) and the playground's hosts provide it; a host
 * without it has no Giải thích tab.
 */
export interface SelectionWatch {
  /** The host reports selection changes (Excel: ExcelApi 1.2, checked with isSetSupported); else the pane offers a button. */
  readonly selectionEvents: boolean;
  selectedCell(): Promise<SelectedCell>;
  /** Calls the listener after every change of the selection; resolves to the function that stops it. */
  onSelectionChanged(listener: (cell: SelectedCell) => void): Promise<() => Promise<void>>;
}

/** The task pane's host: the workbook host, and the selection where the host has one. */
export type PaneHost = WorkbookHost & Partial<SelectionWatch>;
