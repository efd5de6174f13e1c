import type { ImportedPlan } from "../../core/planText/parsePlanText";
import type { WorkbookPort } from "../../workbook/port";
import { runImport, type ImportOutcome } from "../../workbook/commands/importPlan";

/** The write behind "Chèn vào sổ tính": the plan read from text, as the Kế hoạch sheet. */
export type ImportWrite = (port: WorkbookPort, plan: ImportedPlan, options: { replace: boolean }) => Promise<ImportOutcome>;

export const importIntoWorkbook: ImportWrite = (port, plan, { replace }) => runImport(port, plan, { replace, force: replace });
