/**
 * Compile-time proof that the real Office.js request context satisfies the
 * interfaces the adapter is written against (excelApi.ts). If @types/office-js
 * changes a signature the adapter relies on, `tsc` fails here. No runtime code.
 */
import type { ExcelRun, XlContext } from "./excelApi";

export type ExcelContextSatisfiesPort = Excel.RequestContext extends XlContext ? true : never;
const proof: ExcelContextSatisfiesPort = true;
void proof;

/** `Excel.run` itself, seen through the adapter's type. */
export const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));
