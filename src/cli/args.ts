import { parseArgs, type ParseArgsConfig } from "util";

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
