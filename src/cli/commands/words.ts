import { parseVietnameseNumber } from "../../core/money/parseAmount";
import { amountInWords, type WordsOptions } from "../../core/words/amountInWords";
import { EXIT, type CliIO } from "../io";

export const WORDS_USAGE =
  "Cách dùng / usage: dutoan words <số tiền / amount>... [--ngan] [--le] [--bon] [--chan] [--no-comma] [--end-mark]";

const FLAGS: ReadonlyMap<string, Partial<WordsOptions>> = new Map<string, Partial<WordsOptions>>([
  ["--ngan", { thousandWord: "ngàn" }],
  ["--le", { zeroTensWord: "lẻ" }],
  ["--bon", { fourAfterTens: "bốn" }],
  ["--chan", { chan: true }],
  ["--no-comma", { groupSeparator: " " }],
  ["--end-mark", { endMark: true }],
]);

/**
 * `dutoan words <amount>... [flags]`: one line of words per amount, in the order given.
 * Amounts may be written 955651000 or 955.651.000; "-5" is an amount, not a flag.
 * An unreadable amount prints an error on stderr and the command returns EXIT.io
 * after reading the others.
 */
export async function wordsCommand(args: string[], io: CliIO): Promise<number> {
  let options: Partial<WordsOptions> = {};
  const amounts: string[] = [];
  for (const arg of args) {
    const flag = FLAGS.get(arg);
    if (flag) options = { ...options, ...flag };
    else if (arg.startsWith("-") && !/^-\d/.test(arg)) {
      io.err(`dutoan words: tùy chọn không rõ / unknown option "${arg}"`);
      io.err(WORDS_USAGE);
      return EXIT.io;
    } else amounts.push(arg);
  }
  if (amounts.length === 0) {
    io.err(WORDS_USAGE);
    return EXIT.io;
  }

  let code: number = EXIT.ok;
  for (const text of amounts) {
    const parsed = parseVietnameseNumber(text);
    if (!parsed.ok) {
      io.err(`dutoan words: ${parsed.reason} / ${parsed.reasonEn}`);
      code = EXIT.io;
      continue;
    }
    try {
      io.out(amountInWords(parsed.value, options));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      io.err(`dutoan words: "${text}": ${error.message}`);
      code = EXIT.io;
    }
  }
  return code;
}
