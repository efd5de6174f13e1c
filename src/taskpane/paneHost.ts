import type { SelectionWatch, WorkbookHost } from "../workbook/host";

export type { SelectedCell, SelectionWatch } from "../workbook/host";

/** The task pane's host: the workbook host, and the selection where the host has one. */
export type PaneHost = WorkbookHost & Partial<SelectionWatch>;
