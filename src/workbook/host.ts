import type { WorkbookPort } from "./port";

/**
 * What the task pane talks to: a workbook port plus the few host actions that are
 * not reading or writing cells. Excel (src/office) and the browser playground each
 * provide one.
 */
export interface WorkbookHost {
  /** "Excel" or "Playground", for the pane's status line. */
  readonly label: string;
  readonly port: WorkbookPort;
  /** Selects a range so the user sees the cell a finding is about. */
  select(sheet: string, range: string): Promise<void>;
}

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
