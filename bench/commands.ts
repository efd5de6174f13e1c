import type { WorkbookPort } from "../src/workbook/port";
import { runEstimate } from "../src/workbook/commands/estimate";
import { optional } from "./optional";

export type RunCommand = (port: WorkbookPort, options?: object) => Promise<unknown>;

/** The commands that read the plan and write the workbook; those another issue builds are null until they are in the clone. */
export const COMMANDS: Record<string, RunCommand | undefined> = {
  estimate: runEstimate,
  check: optional<{ runCheck: RunCommand }>("../src/workbook/commands/check")?.runCheck,
  attachment: optional<{ runAttachment: RunCommand }>("../src/workbook/commands/attachment")?.runAttachment,
};
