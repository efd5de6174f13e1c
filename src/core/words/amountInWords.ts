import type Decimal from "decimal.js";
import { parseVietnameseNumber } from "../money/parseAmount";

/** Style choices seen in real documents (norms-research.md 3.2, 3.3); no regulation fixes them. */
export interface WordsOptions {
  thousandWord: "nghìn" | "ngàn";
  /** Read for a zero tens digit before a non-zero unit: 105 "một trăm linh năm". */
  zeroTensWord: "linh" | "lẻ";
  /** A final 4 after "mươi": 24 "hai mươi tư". 14 is always "mười bốn". */
  fourAfterTens: "tư" | "bốn";
  /** Between scale groups: "Năm triệu, một trăm đồng". */
  groupSeparator: ", " | " ";
  /** Append " chẵn" when the amount is round (non-zero, last group 000). */
  chan: boolean;
  /** Append "./." (directly after the last word, as in official documents). */
  endMark: boolean;
  /** Default "đồng"; an empty string leaves the unit out. */
  currency: string;
}

export const DEFAULT_WORDS_OPTIONS: Readonly<WordsOptions> = Object.freeze({
  thousandWord: "nghìn",
  zeroTensWord: "linh",
  fourAfterTens: "tư",
  groupSeparator: ", ",
  chan: false,
  endMark: false,
  currency: "đồng",
});

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

/**
 * The integer amount of đồng in Vietnamese words, e.g. 955.651.000 ->
 * "Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt nghìn đồng".
 *
 * Rules (the official "không trăm linh" form):
 * - The number is read in groups of three digits, each with its own scale word:
 *   nghìn, triệu, tỷ, then "tỷ" repeated: nghìn tỷ, triệu tỷ, tỷ tỷ, nghìn tỷ tỷ ...
 *   (the scale names of NĐ 123/2020). All-zero groups are skipped.
 * - A non-leading group is always read with its three digits, so a group holding
 *   only units reads "không trăm linh X": 1.000.001 -> "Một triệu, không trăm linh
 *   một đồng". The leading group never gets "không trăm" or "linh": 5 -> "Năm đồng".
 * - The separator goes between the scale groups, except in amounts below 10.000,
 *   which are read as one phrase as in the domain doc's examples ("1005: Một nghìn
 *   không trăm linh năm"; figures of four digits are often written without a dot).
 * - A negative amount reads "Âm ...". Fractions of a đồng are refused (RangeError).
 */
export function amountInWords(amount: Decimal | string, options?: Partial<WordsOptions>): string {
  const opts: WordsOptions = { ...DEFAULT_WORDS_OPTIONS, ...options };
  const value = toAmount(amount);
  const negative = value.isNegative() && !value.isZero();
  const digits = value.abs().toFixed();
  const groups = splitGroups(digits);

  const parts: string[] = [];
  groups.forEach((group, i) => {
    if (group === 0) return;
    const index = groups.length - 1 - i; // 0 = units, 1 = nghìn, 2 = triệu, 3 = tỷ ...
    const words = readGroup(group, i === 0, opts);
    const scale = scaleWord(index, opts);
    parts.push(scale ? `${words} ${scale}` : words);
  });

  const separator = digits.length <= 4 ? " " : opts.groupSeparator;
  let text = parts.length === 0 ? DIGITS[0] : parts.join(separator);
  if (negative) text = `âm ${text}`;
  if (opts.currency) text += ` ${opts.currency}`;
  if (opts.chan && groups.length > 1 && groups[groups.length - 1] === 0 && parts.length > 0) text += " chẵn";
  if (opts.endMark) text += "./.";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toAmount(amount: Decimal | string): Decimal {
  let value: Decimal;
  if (typeof amount === "string") {
    const parsed = parseVietnameseNumber(amount);
    if (!parsed.ok) throw new RangeError(`amountInWords: ${parsed.reasonEn}`);
    value = parsed.value;
  } else {
    value = amount;
  }
  if (!value.isFinite()) throw new RangeError(`amountInWords: ${value.toString()} is not a finite amount`);
  if (!value.isInteger()) {
    throw new RangeError(`amountInWords: ${value.toFixed()} is not a whole number of đồng (round it first)`);
  }
  return value;
}

/** "1005000" -> [1, 5, 0]: groups of three digits, most significant first. */
function splitGroups(digits: string): number[] {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  }
  return groups;
}

/** 0 -> "", 1 -> nghìn, 2 -> triệu, 3 -> tỷ, 4 -> nghìn tỷ, 6 -> tỷ tỷ, 7 -> nghìn tỷ tỷ. */
function scaleWord(index: number, opts: WordsOptions): string {
  const base = ["", opts.thousandWord, "triệu"][index % 3];
  const ty = Array<string>(Math.floor(index / 3)).fill("tỷ");
  return [base, ...ty].filter((w) => w !== "").join(" ");
}

/** One group 1..999; a leading group drops its zero hundreds and "linh". */
function readGroup(group: number, leading: boolean, opts: WordsOptions): string {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const full = !leading || hundreds > 0;
  if (full) words.push(DIGITS[hundreds], "trăm");
  if (tens === 0) {
    if (units > 0) {
      if (full) words.push(opts.zeroTensWord);
      words.push(DIGITS[units]);
    }
  } else if (tens === 1) {
    words.push("mười");
    if (units > 0) words.push(units === 5 ? "lăm" : DIGITS[units]);
  } else {
    words.push(DIGITS[tens], "mươi");
    if (units === 1) words.push("mốt");
    else if (units === 4) words.push(opts.fourAfterTens);
    else if (units === 5) words.push("lăm");
    else if (units > 0) words.push(DIGITS[units]);
  }
  return words.join(" ");
}
