import type Decimal from "decimal.js";
import { parseVietnameseNumber } from "../money/parseAmount";
import type { ActivityKind } from "../plan/kinds";
import { alignedFold, normaliseText } from "../text/alignedFold";

/**
 * Quantities as plans write them: "02 cuộc", "440 cái", "2.000 cuốn", "04
 * số/quý, phát hành 12 số", "02 lớp/năm, mỗi lớp khoảng 50 người", "60 người x 2
 * cuộc = 120 người", "05 - 07 phút/chương trình". Numbers stay Decimal.
 */
export type QuantityRole = "count" | "people" | "days" | "minutes";

interface UnitSpec {
  key: string;
  display: string;
  role: QuantityRole;
  /** Spellings the original must have; plain ASCII is accepted too. Set for short syllables that fold onto other words. */
  exact?: readonly string[];
}

const U = (role: QuantityRole, key: string, display: string, exact = false, ...more: string[]): UnitSpec =>
  exact ? { key, display, role, exact: [display, ...more] } : { key, display, role };

const UNITS: readonly UnitSpec[] = [
  U("count", "chuong trinh", "chương trình"),
  U("count", "chuyen muc", "chuyên mục"),
  U("count", "phong su", "phóng sự"),
  U("count", "ban tin", "bản tin"),
  U("count", "bang ron", "băng rôn"),
  U("count", "bang hieu", "bảng hiệu"),
  U("count", "lop hoc", "lớp học"),
  U("count", "hoi nghi", "hội nghị"),
  U("count", "hoi thao", "hội thảo"),
  U("count", "doanh nghiep", "doanh nghiệp"),
  U("count", "co so", "cơ sở", true),
  U("count", "cuoc", "cuộc", true),
  U("count", "lop", "lớp", true),
  U("count", "khoa", "khóa", true, "khoá"),
  U("count", "cai", "cái", true),
  U("count", "chiec", "chiếc"),
  U("count", "tam", "tấm", true),
  U("count", "bo", "bộ", true),
  U("count", "so", "số", true),
  U("count", "ky", "kỳ", true, "kì"),
  U("count", "bai", "bài", true),
  U("count", "tin", "tin", true),
  U("count", "cuon", "cuốn", true),
  U("count", "quyen", "quyển", true),
  U("count", "to", "tờ", true),
  U("count", "ban", "bản", true),
  U("count", "cho", "chợ", true),
  U("count", "doan", "đoàn", true),
  U("count", "dot", "đợt", true),
  U("count", "buoi", "buổi", true),
  U("count", "chuyen", "chuyến", true),
  U("count", "lan", "lần", true),
  U("count", "pano", "pano"),
  U("count", "video", "video"),
  U("count", "clip", "clip"),
  U("count", "trang", "trang", true),
  U("people", "luot nguoi", "lượt người"),
  U("people", "dai bieu", "đại biểu"),
  U("people", "hoc vien", "học viên"),
  U("people", "can bo", "cán bộ", true),
  U("people", "nguoi", "người", true),
  U("days", "ngay", "ngày", true),
  U("minutes", "phut", "phút", true),
];

const BY_KEY = new Map(UNITS.map((u) => [u.key, u]));

/** Units that are natural for each kind: a quantity in one of them is the activity's quantity. */
const KIND_UNITS: Partial<Record<ActivityKind, readonly string[]>> = {
  conference: ["cuoc", "hoi nghi"],
  workshop: ["cuoc", "hoi thao"],
  training: ["lop", "lop hoc", "khoa"],
  banner: ["cai", "chiec", "tam", "bang ron"],
  panel: ["cai", "chiec", "tam", "pano", "bang hieu", "bo"],
  radio: ["chuong trinh", "chuyen muc", "bai", "tin", "buoi", "phong su"],
  tv: ["chuong trinh", "phong su", "chuyen muc", "video", "clip"],
  newspaper: ["so", "ky", "bai", "tin", "ban tin", "trang"],
  printing: ["cuon", "quyen", "to", "ban", "bo"],
  assessment: ["co so", "doanh nghiep"],
  study_tour: ["doan", "dot", "chuyen"],
};

/** "04 số/quý": a rate per period, not the year's quantity. */
const RATE_PERIODS = new Set(["quy", "thang", "tuan"]);

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const UNIT_ALT = [...UNITS]
  .map((u) => u.key)
  .sort((a, b) => b.length - a.length)
  .join("|");
const MENTION = new RegExp(
  String.raw`(?<![a-z0-9.,/])(${NUM})(?:\s*(?:-|–|den)\s*(${NUM}))?\s*(${UNIT_ALT})(?![a-z0-9])(?:\s*\/\s*([a-z]+(?: [a-z]+)?))?`,
  "g",
);

export interface QuantityMention {
  role: QuantityRole;
  /** The number, or the upper end of a range ("05 - 07 phút" -> 7). */
  value: Decimal;
  /** The lower end of a range; equal to value otherwise. */
  min: Decimal;
  /** The unit as Vietnamese writes it: "cuộc", "chợ", "chương trình". */
  unit: string;
  unitKey: string;
  /** What the quantity is per ("quy" in "04 số/quý", "chuong trinh" in "07 phút/chương trình"). */
  per?: string;
  /** A total after "=" or "tổng số": not the per-event figure. */
  total: boolean;
  index: number;
}

function toNumber(text: string): Decimal | undefined {
  const parsed = parseVietnameseNumber(text);
  return parsed.ok ? parsed.value : undefined;
}

function perOf(captured: string | undefined): string | undefined {
  if (!captured) return undefined;
  const first = captured.split(" ")[0];
  return RATE_PERIODS.has(first) || first === "nam" || first === "ngay" ? first : captured;
}

function spelledAsWritten(slice: string, spec: UnitSpec): boolean {
  if (!spec.exact) return true;
  const lower = slice.toLowerCase();
  return spec.exact.includes(lower) || /^[\x20-\x7e]*$/.test(lower);
}

export function findQuantities(text: string): QuantityMention[] {
  const original = normaliseText(text);
  const folded = alignedFold(original);
  const out: QuantityMention[] = [];
  for (const m of folded.matchAll(MENTION)) {
    const index = m.index ?? 0;
    const spec = BY_KEY.get(m[3]);
    const unitStart = index + m[0].indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
    if (!spec || !spelledAsWritten(original.slice(unitStart, unitStart + m[3].length), spec)) continue;
    const first = toNumber(m[1]);
    const second = m[2] === undefined ? first : toNumber(m[2]);
    if (!first || !second) continue;
    const before = folded.slice(Math.max(0, index - 12), index);
    const mention: QuantityMention = {
      role: spec.role,
      value: second,
      min: first,
      unit: spec.display,
      unitKey: spec.key,
      total: /=\s*$/.test(before) || /tong (?:so|cong)\s*$/.test(before),
      index,
    };
    const per = perOf(m[4]);
    if (per) mention.per = per;
    out.push(mention);
  }
  return out;
}

export interface QuantityReading {
  quantity?: Decimal;
  unit?: string;
  participants?: Decimal;
  days?: Decimal;
  durationMinutes?: { min: Decimal; max: Decimal };
  /** "04 số/quý" when no quantity for the year is written. */
  rate?: { value: Decimal; unit: string; per: string };
  /** Counts in other paragraphs of the item that differ from the quantity taken. */
  extras: Array<{ paragraph: number; mention: QuantityMention }>;
}

const isRate = (m: QuantityMention): boolean => m.per !== undefined && RATE_PERIODS.has(m.per);

/**
 * The quantity, participants, days and duration of one item from its paragraphs
 * (heading first, then details). The quantity is the first count in a unit
 * natural to the kind, else the first count; rates and totals never are.
 */
export function readQuantities(paragraphs: readonly string[], kind?: ActivityKind): QuantityReading {
  const all = paragraphs.flatMap((text, paragraph) => findQuantities(text).map((mention) => ({ paragraph, mention })));
  const counts = all.filter(({ mention: m }) => m.role === "count" && !m.total && !isRate(m));
  const natural = kind ? (KIND_UNITS[kind] ?? []) : [];
  const chosen = counts.find(({ mention: m }) => natural.includes(m.unitKey)) ?? counts[0];
  const reading: QuantityReading = { extras: [] };
  if (chosen) {
    reading.quantity = chosen.mention.value;
    reading.unit = chosen.mention.unit;
    reading.extras = counts.filter(
      ({ paragraph, mention: m }) =>
        paragraph !== chosen.paragraph && (m.unitKey !== chosen.mention.unitKey || !m.value.eq(chosen.mention.value)),
    );
  } else {
    const rate = all.find(({ mention: m }) => m.role === "count" && !m.total && isRate(m))?.mention;
    if (rate?.per) reading.rate = { value: rate.value, unit: rate.unit, per: rate.per };
  }
  const people = all.find(({ mention: m }) => m.role === "people" && !m.total)?.mention;
  if (people) reading.participants = people.value;
  const days = all.find(({ mention: m }) => m.role === "days" && !m.total)?.mention;
  if (days) reading.days = days.value;
  const minutes = all.find(({ mention: m }) => m.role === "minutes")?.mention;
  if (minutes) reading.durationMinutes = { min: minutes.min, max: minutes.value };
  return reading;
}
