import { DEFAULT_WORDS_OPTIONS, type WordsOptions } from "../../core/words/amountInWords";

/**
 * "Bằng chữ" as a live formula: one cell formula whose value is
 * `prefix + amountInWords(ROUND(amountRef, 0), options)`, so the words follow the
 * total when someone edits the sheet without the add-in. It uses only functions
 * that Excel 2010 and LibreOffice 7.4 share (no LET, TEXTJOIN, arrays) and no
 * locale-dependent literal: the only number format is "0"s.
 *
 * How it reads a number, one nested SUBSTITUTE after another on a coded string:
 * 1. The amount as 15 digits, TEXT(ABS(x),"000000000000000"), five groups of three.
 *    Each non-zero group is written "|hTtMu" plus its scale marker: D nghìn,
 *    C triệu, B tỷ, DB nghìn tỷ; an all-zero group is left out. The string starts
 *    with "#", so 1.005.000 is "#|0T0M1C|0T0M5D".
 * 2. "#|0T0M", "#|0T", "#|" become "#": the leading group drops "không trăm"
 *    and "linh" (that is why it is the one right after "#").
 * 3. Tens and units by digit patterns (M is always between a tens digit and a
 *    units digit): 0M0 nothing, 0M linh, M0 no unit, M5 lăm, 1M mười, M1 mốt,
 *    M4 tư; then T trăm, the scale words, | the separator, digits to words.
 * 4. TRIM collapses the spare spaces; the first word starts right after "#", and
 *    its first letter (one of k m h b n s t c, all ASCII) is known from the
 *    first digit of the amount, so "#" + that letter becomes the capital or "Âm ".
 * Markers are upper case: SUBSTITUTE is case-sensitive in both programs and the
 * words are lower case until step 4.
 */
export function wordsFormula(amountRef: string, options?: Partial<WordsOptions>, prefix = ""): string {
  if (!/^(?:(?:'(?:[^']|'')+'|[^\s!'"()]+)!)?\$?[A-Z]{1,3}\$?[1-9][0-9]*$/.test(amountRef)) {
    throw new RangeError(`wordsFormula: "${amountRef}" is not an A1 cell reference`);
  }
  const opts: WordsOptions = { ...DEFAULT_WORDS_OPTIONS, ...options };

  const value = `ROUND(${amountRef},0)`;
  const abs = `ABS(${value})`;
  const digits = `TEXT(${abs},"000000000000000")`;
  const mid = (start: number, length: number) => `MID(${digits},${start},${length})`;
  const group = (index: number, scale: string) => {
    const at = index * 3 + 1;
    const code = `"|"&${mid(at, 1)}&"T"&${mid(at + 1, 1)}&"M"&${mid(at + 2, 1)}${scale ? `&"${scale}"` : ""}`;
    return `IF(${mid(at, 3)}="000","",${code})`;
  };
  // Zero has no non-zero group: a lone digit 0 reads "không".
  let text = `"#"&IF(${value}=0,"0","")&${group(0, "DB")}&${group(1, "B")}&${group(2, "C")}&${group(3, "D")}&${group(4, "")}`;

  // Amounts below 10.000 are read as one phrase, without the separator.
  const separator = opts.groupSeparator === " " ? `" "` : `IF(${abs}<10000," ",${literal(opts.groupSeparator)})`;
  const steps: Array<[string, string]> = [
    ["#|0T0M", "#"],
    ["#|0T", "#"],
    ["#|", "#"],
    ["0M0", ""],
    ["0M", ` ${opts.zeroTensWord} `],
    ["M0", "M"],
    ["M5", "M lăm"],
    // After "T" or "#" only, so no leading space: "#" must touch the first word.
    ["1M", "mười "],
    ["M1", " mươi mốt"],
    ...(opts.fourAfterTens === "tư" ? ([["M4", " mươi tư"]] as Array<[string, string]>) : []),
    ["M", " mươi "],
    ["T", " trăm "],
    ["D", ` ${opts.thousandWord}`],
    ["C", " triệu"],
    ["B", " tỷ"],
  ];
  for (const [find, replace] of steps) text = `SUBSTITUTE(${text},${literal(find)},${literal(replace)})`;
  text = `SUBSTITUTE(${text},"|",${separator})`;
  DIGITS.forEach((word, d) => {
    text = `SUBSTITUTE(${text},"${d}","${word}")`;
  });

  // First letter of the first word: "mười" starts like "một", so the first digit decides.
  const first = `MID("kmhbbnsbtc",VALUE(LEFT(TEXT(${abs},"0"),1))+1,1)`;
  let words = `SUBSTITUTE(TRIM(${text}),"#"&${first},IF(${value}<0,"Âm "&${first},UPPER(${first})))`;

  if (opts.currency) words += `&${literal(` ${opts.currency}`)}`;
  if (opts.chan) words += `&IF(AND(${abs}>=1000,RIGHT(${digits},3)="000")," chẵn","")`;
  if (opts.endMark) words += `&"./."`;

  // 15 digits is all a cell holds exactly; beyond that, #N/A rather than wrong words.
  const guarded = `IF(${abs}<1000000000000000,${words},NA())`;
  return `=${prefix ? `${literal(prefix)}&` : ""}${guarded}`;
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

/** A formula string literal: "..." with quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
