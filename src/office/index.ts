/** The workbook port over Excel (Office.js). */
export { OfficeWorkbook, type OfficeWorkbookOptions } from "./officeWorkbook";
export { createOfficeHost } from "./host";
export { WorkbookWriteError, WorkbookReadError } from "./errors";
export type { ExcelRun, XlContext } from "./excelApi";
