import { processIO, EXIT, type CliIO } from "./io";
import { estimateCommand, ESTIMATE_USAGE } from "./commands/estimate";
import { normsCommand, NORMS_USAGE } from "./commands/norms";
import { wordsCommand } from "./commands/words";
import { demoCommand } from "./commands/demo";
import { restoreCommand, RESTORE_USAGE } from "./commands/restore";
import { importCommand, IMPORT_USAGE } from "./commands/import";
import { attachmentCommand, ATTACHMENT_USAGE } from "./commands/attachment";
import { checkCommand, CHECK_USAGE } from "./commands/check";

type Command = (args: string[], io: CliIO) => Promise<number>;

/** The commands of `dutoan` (design.md: a public interface, keep it stable). */
const COMMANDS: Record<string, { run: Command; usage: string }> = {
  estimate: { run: estimateCommand, usage: ESTIMATE_USAGE },
  check: { run: checkCommand, usage: CHECK_USAGE },
  norms: { run: normsCommand, usage: NORMS_USAGE },
  words: { run: wordsCommand, usage: "dutoan words <amount>... [--ngan] [--le] [--chan]" },
  attachment: { run: attachmentCommand, usage: ATTACHMENT_USAGE },
  import: { run: importCommand, usage: IMPORT_USAGE },
  demo: { run: demoCommand, usage: "dutoan demo" },
  restore: { run: restoreCommand, usage: RESTORE_USAGE },
};

function usage(io: CliIO): void {
  io.err("dutoan — dự toán kinh phí từ kế hoạch / budget estimates from a plan");
  for (const { usage } of Object.values(COMMANDS)) io.err(`  ${usage}`);
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name && name !== "--help" && name !== "-h") io.err(`Lệnh không có / unknown command: ${name}`);
    usage(io);
    return name === "--help" || name === "-h" ? EXIT.ok : EXIT.io;
  }
  return command.run(args, io);
}
