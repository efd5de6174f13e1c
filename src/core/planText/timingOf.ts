import { finding, type Finding } from "../findings/finding";
import type { Quarter } from "../plan/plan";
import { parseTiming } from "../plan/timing";
import { alignedFold, normaliseText } from "../text/alignedFold";

/** Thời gian as written, without the sentence's closing punctuation: "Quý I- Quý IV." -> "Quý I- Quý IV". */
export function cleanTiming(text: string | undefined): string | undefined {
  const t = text?.replace(/[\s.;,]+$/, "").trim();
  return t ? t : undefined;
}

/** The quarters of an activity's Thời gian; none when it is missing or unreadable. */
export function quartersOf(timing: string | undefined): Quarter[] {
  const t = parseTiming(timing);
  return t.kind === "quarters" || t.kind === "whole-year" ? [...t.quarters] : [];
}

/** A warning when an activity's Thời gian is written but cannot be read into quarters. */
export function timingFindings(timing: string | undefined, line: number, name: string): Finding[] {
  const t = parseTiming(timing);
  if (t.kind !== "unreadable") return [];
  return [
    finding(
      "warning",
      "timing-unreadable",
      `Dòng ${line}: không đọc được thời gian "${t.text}" của "${name}" thành quý; cần ghi quý thực hiện.`,
      `Line ${line}: the timing "${t.text}" of "${name}" cannot be read into quarters; state the quarters.`,
    ),
  ];
}

const INLINE_QUARTERS = /\bquy\s+(?:[ivx]+|[1-4])\b[^.;:()]*/g;
/**
 * "tháng 6 năm 2017", "tháng 6 và tháng 11": months in a sentence, but not the
 * month of a date ("ngày 07 tháng 9 năm 2009" is when a document was signed) nor a
 * rate ("mỗi tháng 01 chuyên mục", "hằng tháng 02 số" are counts per month).
 */
const INLINE_MONTHS = /(?<!\bngay\s*\d{0,2}\s*|\b(?:moi|hang)\s+)\bthang\s+\d{1,2}\b[^.;:()]*/g;
/** "(Thời gian dự kiến thực hiện: tháng 6 năm 2017)": a labelled timing inside a sentence or brackets. */
const LABELLED = /\b(?:thoi gian|tien do)(?: du kien)?(?: thuc hien| to chuc| trien khai)?(?: du kien)?\s*:\s*([^();.]+)/;
/** "6 tháng cuối năm", "hằng quý", "thường xuyên", "cả năm": whole phrases of a sentence. */
const PHRASES = /\b(?:(?:6|sau) thang (?:dau|cuoi) nam|nua (?:dau|cuoi) nam|hang quy|thuong xuyen|ca nam)(?:\s+(?:19|20)\d{2})?/;

/**
 * Timing written inside an activity's sentences, for items without a Thời gian
 * line: a labelled "Thời gian …:" (also in brackets), quarters ("…, Quý I và Quý
 * III."), months that are not a date's, and phrases such as "6 tháng cuối năm" or
 * "hằng quý". The longest readable run wins at each place.
 */
export function inlineTiming(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const original = normaliseText(text);
    const folded = alignedFold(original);
    const labelled = LABELLED.exec(folded);
    if (labelled) {
      const start = (labelled.index ?? 0) + labelled[0].length - labelled[1].length;
      const candidate = longestReadable(original.slice(start, start + labelled[1].length));
      if (candidate) return candidate;
    }
    for (const pattern of [INLINE_QUARTERS, INLINE_MONTHS]) {
      for (const m of folded.matchAll(pattern)) {
        const candidate = longestReadable(original.slice(m.index ?? 0, (m.index ?? 0) + m[0].length));
        if (candidate) return candidate;
      }
    }
    const phrase = PHRASES.exec(folded);
    if (phrase) return original.slice(phrase.index, phrase.index + phrase[0].length);
  }
  return undefined;
}

/** The longest beginning of `text` (in words) that reads as a timing. */
function longestReadable(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const candidate = words
      .slice(0, n)
      .join(" ")
      .replace(/[\s,;.\-–]+$/, "");
    const t = parseTiming(candidate);
    if (t.kind === "quarters" || t.kind === "whole-year") return candidate;
  }
  return undefined;
}
