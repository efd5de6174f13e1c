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
 * "Tổ chức 03 hội nghị ..., Quý I và Quý III.": quarters written inside a
 * sentence, for items without a Thời gian line. Only quarters: a "tháng" in a
 * sentence is as often a date ("ngày 07 tháng 9 năm 2009") as a timing.
 */
export function inlineTiming(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const original = normaliseText(text);
    for (const m of alignedFold(original).matchAll(INLINE_QUARTERS)) {
      const index = m.index ?? 0;
      const words = original.slice(index, index + m[0].length).split(/\s+/);
      for (let n = words.length; n >= 2; n--) {
        const candidate = words
          .slice(0, n)
          .join(" ")
          .replace(/[\s,;.\-–]+$/, "");
        if (parseTiming(candidate).kind === "quarters") return candidate;
      }
    }
  }
  return undefined;
}
