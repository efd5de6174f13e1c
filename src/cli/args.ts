import { parseArgs, type ParseArgsConfig } from "util";
import type { CliIO } from "./io";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments with node's parseArgs; an unknown flag is a usage error, not a crash. */
export function parseCommandArgs(
  args: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | { error: string } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * A command's arguments; undefined after printing the command's usage (the caller
 * exits 2) when a flag is unknown or `accepts` refuses them (how many files, a
 * required -o).
 */
export function argsOrUsage(
  args: string[],
  options: Options,
  usage: string,
  io: CliIO,
  accepts: (parsed: ParsedArgs) => boolean,
): ParsedArgs | undefined {
  const parsed = parseCommandArgs(args, options);
  if (!("error" in parsed) && accepts(parsed)) return parsed;
  io.err(`${"error" in parsed ? parsed.error + "\n" : ""}Cách dùng / usage: ${usage}`);
  return undefined;
}
