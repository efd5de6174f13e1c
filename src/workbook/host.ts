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
