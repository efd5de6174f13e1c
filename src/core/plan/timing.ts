import { foldText } from "../text/fold";
import type { Quarter } from "./plan";

/** Thời gian read into quarters: what the quarterly plan and the quarterly checks use. */
export type Timing =
  | { kind: "quarters"; quarters: Quarter[]; year?: number; months?: number[] }
  | { kind: "whole-year"; quarters: [1, 2, 3, 4]; year?: number }
  | { kind: "empty" }
  | { kind: "unreadable"; text: string };

const ROMAN: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

const QUARTER_NAMES = ["", "I", "II", "III", "IV"] as const;

/** "cả năm", "trong năm 2020", "hàng năm", "năm 2020", "thường xuyên", "hàng quý", "hằng tháng". */
const WHOLE_YEAR =
  /^(?:(?:trong|ca|hang|quanh|suot)\s+)?(?:nam|4 quy|bon quy|cac quy|thuong xuyen(?: trong nam)?|hang quy|hang thang|moi thang)(?:\s+((?:19|20)\d{2}))?$/;

/** "6 tháng đầu năm", "sáu tháng cuối năm 2020", "nửa đầu năm". */
const HALF_YEAR = /^(?:trong\s+)?(?:(?:6|sau) thang|nua) (dau|cuoi) nam(?:\s+((?:19|20)\d{2}))?$/;

const TOKEN = /\s*(quy|thang|va|den|tu|trong|khoang|\d+|[ivx]+(?![a-z])|,|-|&|\+)\s*/y;

type Unit = "quy" | "thang";
interface Run {
  from: number;
  to: number;
}

/**
 * Reads Thời gian as plans write it: "Quý I - Quý IV/2020", "Quý II, III, IV/năm",
 * "Quý II-IV/2024", "quý 1 và quý 3", "tháng 6 năm 2019", "tháng 3 - tháng 7",
 * "6 tháng đầu năm", "cả năm". Case, diacritics and Unicode composition are ignored.
 * Anything it cannot read whole is "unreadable", never a guess.
 */
export function parseTiming(text: string | undefined): Timing {
  if (text === undefined || text.trim() === "") return { kind: "empty" };
  const unreadable: Timing = { kind: "unreadable", text: text.trim() };
  let t = foldText(text)
    .replace(/[–—−]/g, "-")
    .replace(/^(?:thoi gian(?: thuc hien| to chuc)?|tien do(?: thuc hien)?)\s*:\s*/, "")
    .replace(/^(?:du kien|dk)\s*:?\s*/, "")
    .replace(/[\s.;:,]+$/, "")
    .trim();
  if (!t) return { kind: "empty" };

  const whole = WHOLE_YEAR.exec(t);
  if (whole) return withYear({ kind: "whole-year", quarters: [1, 2, 3, 4] }, whole[1]);
  const half = HALF_YEAR.exec(t);
  if (half) return withYear({ kind: "quarters", quarters: half[1] === "dau" ? [1, 2] : [3, 4] }, half[2]);

  let year: string | undefined;
  t = t.replace(/\s*(?:\/\s*|\bnam\s+|\s(?=(?:19|20)\d{2}$))((?:19|20)\d{2})\b/, (_m, y: string) => {
    year = y;
    return "";
  });
  t = t
    .replace(/\s*\/\s*nam$/, "")
    .replace(/\s+(?:trong|cua|hang|moi)\s+nam$/, "")
    .replace(/\bq\.?\s*(?=(?:[1-4]|[ivx]+)(?![a-z0-9]))/g, "quy ")
    .trim();

  const read = readRuns(t);
  if (!read) return unreadable;
  if (read.unit === "quy") {
    const quarters = expand(read.runs, 4);
    if (!quarters) return unreadable;
    return withYear({ kind: "quarters", quarters: quarters as Quarter[] }, year);
  }
  const months = expand(read.runs, 12);
  if (!months) return unreadable;
  const quarters = [...new Set(months.map((m) => Math.ceil(m / 3)))] as Quarter[];
  return withYear({ kind: "quarters", quarters, months }, year);
}

function withYear<T extends Timing>(timing: T, year: string | undefined): T {
  return year === undefined ? timing : { ...timing, year: Number(year) };
}

/** Tokens of "quy ii, iii - quy iv" into runs of numbers; undefined when anything else is there. */
function readRuns(text: string): { unit: Unit; runs: Run[] } | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === start) return undefined;
    tokens.push(m[1]);
  }
  let unit: Unit | undefined;
  let pendingRange = false;
  const runs: Run[] = [];
  for (const tok of tokens) {
    if (tok === "tu" || tok === "trong" || tok === "khoang") continue;
    if (tok === "quy" || tok === "thang") {
      if (unit !== undefined && unit !== tok) return undefined;
      unit = tok;
    } else if (tok === "," || tok === "va" || tok === "&" || tok === "+") {
      if (pendingRange || runs.length === 0) return undefined;
    } else if (tok === "-" || tok === "den") {
      if (pendingRange || runs.length === 0) return undefined;
      pendingRange = true;
    } else {
      const n = /^\d+$/.test(tok) ? Number(tok) : ROMAN[tok];
      if (n === undefined || unit === undefined) return undefined;
      if (pendingRange) runs[runs.length - 1].to = n;
      else runs.push({ from: n, to: n });
      pendingRange = false;
    }
  }
  if (pendingRange || unit === undefined || runs.length === 0) return undefined;
  return { unit, runs };
}

/** The sorted, distinct numbers the runs cover; undefined when one is out of 1..max or runs backwards. */
function expand(runs: readonly Run[], max: number): number[] | undefined {
  const out = new Set<number>();
  for (const { from, to } of runs) {
    if (from < 1 || to > max || from > to) return undefined;
    for (let n = from; n <= to; n++) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** [2, 3, 4] -> "Quý II - Quý IV"; [1, 3] -> "Quý I, III"; [3] -> "Quý III"; [] -> "". */
export function formatQuarters(q: readonly Quarter[]): string {
  const qs = [...new Set(q)].sort((a, b) => a - b);
  if (qs.length === 0) return "";
  if (qs.length === 1) return `Quý ${QUARTER_NAMES[qs[0]]}`;
  const contiguous = qs[qs.length - 1] - qs[0] === qs.length - 1;
  if (contiguous) return `Quý ${QUARTER_NAMES[qs[0]]} - Quý ${QUARTER_NAMES[qs[qs.length - 1]]}`;
  return `Quý ${qs.map((n) => QUARTER_NAMES[n]).join(", ")}`;
}
