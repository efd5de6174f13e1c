import type Decimal from "decimal.js";
import { alignedFold, normaliseText } from "../text/alignedFold";
import { capitalise } from "./alignedFold";
import { amountLabel, firstAmount } from "./amounts";
import type { Paragraph } from "./lines";
import { BULLETS, type OutlineNode, type Section } from "./structure";

/**
 * The KINH PHÍ section: the total ("Tổng kinh phí thực hiện các hoạt động:
 * 87.000.000 đồng"), the source of funds, and the amount lines under it ("-
 * Hoạt động truyền thông: 75.200.000 đồng. Trong đó: + Tổ chức 02 cuộc Hội
 * nghị ... 20.800.000 đồng."), kept as a tree so subtotals stay above their parts.
 */
export interface AmountLine {
  line: number;
  label: string;
  amount: Decimal;
  children: AmountLine[];
}

export interface FundingReading {
  total?: Decimal;
  /** Kinh phí được giao, only where the text says an amount was allocated (never the plan's own total). */
  allocation?: { amount: Decimal; line: number };
  fundingSource?: string;
  lines: AmountLine[];
}

const TOTAL = /^tong (?:kinh phi|cong|du toan|so kinh phi|so tien|muc)/;
const SOURCE_START = /^nguon (?:kinh phi|von)\b/;
const SOURCE_IN_PARENS = /\(\s*nguon (?:kinh phi|von)[^)]*?\btu\s+([^)]+)\)/;
/** "Kinh phí được giao năm 2020: …", "dự toán được phân bổ là …": the words stand before the amount, outside brackets. */
const ALLOCATED = /\b(?:kinh phi|du toan|ngan sach)(?: nam \d{4})? (?:duoc )?(?:giao|phan bo)\b[^()]*$/;

/** An allocation stated in a paragraph: the amount right after words that say it was allocated. */
function allocationIn(p: Paragraph): FundingReading["allocation"] {
  const text = normaliseText(p.text);
  const amount = firstAmount(text);
  if (!amount) return undefined;
  const before = alignedFold(text).split(/\d/)[0];
  return ALLOCATED.test(before) ? { amount, line: p.line } : undefined;
}

function collect(node: OutlineNode, reading: FundingReading, atRoot: boolean): AmountLine[] {
  const children = node.children.flatMap((c) => collect(c, reading, false));
  const amount = firstAmount(node.para.text);
  if (amount === undefined) return children;
  const folded = alignedFold(normaliseText(node.para.text));
  if (reading.total === undefined && (TOTAL.test(folded) || (atRoot && node.para.marker === "plain" && folded.includes("kinh phi")))) {
    reading.total = amount;
    return children;
  }
  return [{ line: node.para.line, label: amountLabel(node.para.text), amount, children }];
}

const tidy = (text: string): string => capitalise(text.replace(/[\s.;,]+$/, "").trim());

/** "Nguồn kinh phí thực hiện: X", "Nguồn kinh phí ... bao gồm:" and its bullets, or "(Nguồn kinh phí ... từ X)". */
export function readFundingSource(paragraphs: readonly Paragraph[]): string | undefined {
  for (let i = 0; i < paragraphs.length; i++) {
    const text = normaliseText(paragraphs[i].text);
    const folded = alignedFold(text);
    if (SOURCE_START.test(folded)) {
      const colon = text.indexOf(":");
      const value = colon >= 0 ? text.slice(colon + 1).trim() : "";
      if (value) return tidy(value);
      const bullets: string[] = [];
      for (let j = i + 1; j < paragraphs.length && BULLETS.has(paragraphs[j].marker); j++) {
        bullets.push(tidy(paragraphs[j].text));
      }
      return bullets.length ? bullets.join("; ") : tidy(text);
    }
    const m = SOURCE_IN_PARENS.exec(folded);
    if (m) {
      const start = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      return tidy(text.slice(start, start + m[1].length));
    }
  }
  return undefined;
}

/** Reads the funding sections; the whole plan is searched for the total and the source when they hold none. */
export function readFunding(sections: readonly Section[], allParagraphs: readonly Paragraph[]): FundingReading {
  const reading: FundingReading = { lines: [] };
  for (const s of sections) {
    reading.lines.push(...s.root.children.flatMap((c) => collect(c, reading, true)));
  }
  const source = readFundingSource(sections.flatMap((s) => s.paragraphs));
  const fallback = allParagraphs.filter((p) => !/^can cu\b/.test(alignedFold(normaliseText(p.text))));
  const found = source ?? readFundingSource(fallback);
  if (found) reading.fundingSource = found;
  if (reading.total === undefined) {
    const total = fallback.find((p) => TOTAL.test(alignedFold(normaliseText(p.text))) && firstAmount(p.text));
    if (total) reading.total = firstAmount(total.text);
  }
  for (const p of fallback) {
    reading.allocation = allocationIn(p);
    if (reading.allocation) break;
  }
  return reading;
}
