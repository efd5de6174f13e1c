import { processIO, EXIT, type CliIO } from "./io";

type Command = (args: string[], io: CliIO) => Promise<number>;

interface CommandEntry {
  /** Requires the command's module: only the command that runs is loaded (`dutoan words` never loads ExcelJS). */
  load(): Command;
  /** Its line in `dutoan --help`; a function where the text lives in the command's module. */
  usage: string | (() => string);
}

// Lazy loading: each command's module is required when that command runs (or for the full usage).
const estimate = (): typeof import("./commands/estimate") => require("./commands/estimate");
const check = (): typeof import("./commands/check") => require("./commands/check");
const norms = (): typeof import("./commands/norms") => require("./commands/norms");
const words = (): typeof import("./commands/words") => require("./commands/words");
const attachment = (): typeof import("./commands/attachment") => require("./commands/attachment");
const importText = (): typeof import("./commands/import") => require("./commands/import");
const demo = (): typeof import("./commands/demo") => require("./commands/demo");
const restore = (): typeof import("./commands/restore") => require("./commands/restore");
const explain = (): typeof import("./commands/explain") => require("./commands/explain");
const settle = (): typeof import("./commands/settle") => require("./commands/settle");
const consolidate = (): typeof import("./commands/consolidate") => require("./commands/consolidate");

/** The commands of `dutoan` (design.md: a public interface, keep it stable). */
const COMMANDS: Record<string, CommandEntry> = {
  estimate: { load: () => estimate().estimateCommand, usage: () => estimate().ESTIMATE_USAGE },
  check: { load: () => check().checkCommand, usage: () => check().CHECK_USAGE },
  norms: { load: () => norms().normsCommand, usage: () => norms().NORMS_USAGE },
  words: { load: () => words().wordsCommand, usage: "dutoan words <amount>... [--ngan] [--le] [--chan]" },
  attachment: { load: () => attachment().attachmentCommand, usage: () => attachment().ATTACHMENT_USAGE },
  import: { load: () => importText().importCommand, usage: () => importText().IMPORT_USAGE },
  demo: { load: () => demo().demoCommand, usage: "dutoan demo" },
  restore: { load: () => restore().restoreCommand, usage: () => restore().RESTORE_USAGE },
  explain: { load: () => explain().explainCommand, usage: () => explain().EXPLAIN_USAGE },
  settle: { load: () => settle().settleCommand, usage: () => settle().SETTLE_USAGE },
  consolidate: { load: () => consolidate().consolidateCommand, usage: () => consolidate().CONSOLIDATE_USAGE },
};

function usage(io: CliIO): void {
  io.err("dutoan — dự toán kinh phí từ kế hoạch / budget estimates from a plan");
  for (const { usage } of Object.values(COMMANDS)) io.err(`  ${typeof usage === "string" ? usage : usage()}`);
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  const command = name && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    if (name && name !== "--help" && name !== "-h") io.err(`Lệnh không có / unknown command: ${name}`);
    usage(io);
    return name === "--help" || name === "-h" ? EXIT.ok : EXIT.io;
  }
  if (args.includes("--help") || args.includes("-h")) {
    // `dutoan estimate --help`: the command's own usage line, and nothing else runs.
    io.out(`Cách dùng / usage: ${typeof command.usage === "string" ? command.usage : command.usage()}`);
    return EXIT.ok;
  }
  return command.load()(args, io);
}
