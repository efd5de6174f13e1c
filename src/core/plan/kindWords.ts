import type { ActivityKind } from "./activityKind";
import { alignedFold, normaliseText } from "../text/alignedFold";

/**
 * The one classifier of activity kinds, for a row typed in the sheet and for a
 * plan's text alike: the kind named first wins (Vietnamese puts the head noun
 * first: "in tài liệu tập huấn" is printing); words that only look like a kind
 * are masked ("bảo vệ", "báo cáo", "giai đoạn", "chính sách"); a short word counts
 * only in its own spelling ("báo", "lớp", "đoàn", "sách"), or typed without any
 * diacritics; a clause of purpose ("để …", "nhằm …") does not name the kind.
 * A row typed in the sheet (src/workbook/readPlan.ts) and a plan's text
 * (src/core/planText/kindOf.ts) get their kind here, so they never disagree.
 */
interface KindWord {
  kind: ActivityKind;
  word: string;
  /** Spellings the original must have (lower case, NFC); plain ASCII is accepted too. */
  exact?: readonly string[];
  /** What must not follow the word in the folded text ("sach hon" is "sạch hơn", not "sách"). */
  notBefore?: RegExp;
}

const W = (kind: ActivityKind, word: string, ...exact: string[]): KindWord => (exact.length ? { kind, word, exact } : { kind, word });

const KIND_WORDS: readonly KindWord[] = [
  W("training", "tap huan"),
  W("training", "lop hoc", "lớp học"),
  W("training", "boi duong"),
  W("training", "dao tao", "đào tạo"),
  W("training", "khoa hoc", "khóa học", "khoá học"),
  W("training", "lop", "lớp"),
  W("workshop", "hoi thao"),
  W("workshop", "toa dam"),
  W("conference", "hoi nghi"),
  W("assessment", "danh gia nhanh"),
  W("assessment", "danh gia sxsh"),
  W("assessment", "danh gia san xuat sach hon"),
  W("study_tour", "trao doi kinh nghiem"),
  W("study_tour", "hoc tap kinh nghiem"),
  W("study_tour", "doan cong tac", "đoàn công tác"),
  W("study_tour", "tham quan"),
  W("study_tour", "khao sat hoc tap"),
  W("study_tour", "doan", "đoàn"),
  W("database", "co so du lieu"),
  W("database", "website"),
  W("database", "trang web"),
  W("database", "trang thong tin dien tu"),
  W("database", "he thong thong tin"),
  W("panel", "pano"),
  W("panel", "pa no"),
  W("panel", "bang hieu"),
  W("panel", "bien quang cao"),
  W("panel", "bang quang cao"),
  W("banner", "bang ron"),
  W("banner", "bang gon"),
  W("banner", "bang zon"),
  W("banner", "khau hieu"),
  W("banner", "bieu ngu"),
  W("tv", "truyen hinh"),
  W("tv", "phong su"),
  W("tv", "chuyen muc"),
  W("tv", "video"),
  W("tv", "phim", "phim"),
  W("radio", "phat thanh"),
  W("radio", "truyen thanh"),
  W("newspaper", "ban tin", "bản tin"),
  W("newspaper", "bao chi", "báo chí"),
  W("newspaper", "tap chi", "tạp chí"),
  W("newspaper", "bao", "báo"),
  W("printing", "in an", "in ấn"),
  W("printing", "tai lieu", "tài liệu"),
  W("printing", "to roi", "tờ rơi"),
  W("printing", "to gap", "tờ gấp"),
  W("printing", "chuyen san"),
  W("printing", "so tay", "sổ tay"),
  W("printing", "cam nang"),
  W("printing", "an pham", "ấn phẩm"),
  W("printing", "photo"),
  W("printing", "tranh co dong"),
  W("printing", "ap phich"),
  { kind: "printing", word: "sach", exact: ["sách"], notBefore: /^\s+hon\b/ },
];

/** Phrases whose words look like a kind but are not one. */
const MASKS = [
  "bao cao",
  "thong bao",
  "du bao",
  "canh bao",
  "bao ve",
  "bao dam",
  "dam bao",
  "bao gom",
  "bao bi",
  "bao ton",
  "bao tri",
  "bao hiem",
  "giai doan",
  "cong doan",
  "doan the",
  "doan thanh nien",
  "doan ket",
  "tap doan",
  "chinh sach",
  "danh sach",
  "tang lop",
  "khoa hoc va cong nghe",
  "khoa hoc cong nghe",
];

/** "Đài Phát thanh - Truyền hình": one station that does both; it names neither kind by itself. */
const STATION = /dai phat thanh\s*(?:-|–|va)?\s*truyen hinh/g;

/** Clauses of purpose: a kind named after them is what the activity serves, not what it is. */
const PURPOSE = /\s(?:de|nham|phuc vu|de phuc vu)\s/;

export interface KindHits {
  /** Kinds named, in the order they first appear. */
  kinds: ActivityKind[];
  /** "Đài Phát thanh - Truyền hình" appears. */
  station: boolean;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

function boundedIndexes(folded: string, word: string): number[] {
  const out: number[] = [];
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    if (!isWordChar(folded[i - 1]) && !isWordChar(folded[i + word.length])) out.push(i);
  }
  return out;
}

function blank(text: string, from: number, length: number): string {
  return text.slice(0, from) + " ".repeat(length) + text.slice(from + length);
}

/** The folded text with the look-alike phrases and the station's name blanked out. */
export function maskedFold(original: string): { folded: string; station: boolean } {
  let folded = alignedFold(original);
  for (const mask of MASKS) {
    for (const i of boundedIndexes(folded, mask)) folded = blank(folded, i, mask.length);
  }
  let station = false;
  folded = folded.replace(STATION, (m) => {
    station = true;
    return " ".repeat(m.length);
  });
  return { folded, station };
}

function spelledAsWritten(slice: string, exact: readonly string[] | undefined): boolean {
  if (!exact) return true;
  const lower = slice.toLowerCase();
  return exact.includes(lower) || /^[\x20-\x7e]*$/.test(lower);
}

/** A "chuyên mục" (column) on a website is the website's, not television's. */
const WEB_COLUMN = /chuyen muc\b[^.;]*\b(?:tren|cua)\s+(?:website|trang web|trang thong tin|cong thong tin)/;

export function kindHits(text: string): KindHits {
  const original = normaliseText(text);
  const { folded, station } = maskedFold(original);
  const found: Array<{ kind: ActivityKind; index: number }> = [];
  for (const { kind, word, exact, notBefore } of KIND_WORDS) {
    for (const i of boundedIndexes(folded, word)) {
      if (notBefore?.test(folded.slice(i + word.length))) continue;
      if (spelledAsWritten(original.slice(i, i + word.length), exact)) found.push({ kind, index: i });
    }
  }
  found.sort((a, b) => a.index - b.index);
  let kinds = [...new Set(found.map((f) => f.kind))];
  if (WEB_COLUMN.test(folded)) kinds = ["database", ...kinds.filter((k) => k !== "database" && k !== "tv")];
  return { kinds, station };
}

/** Hits in the part before a clause of purpose, when that part names a kind; otherwise in the whole text. */
export function headHits(text: string): KindHits {
  const folded = alignedFold(normaliseText(text));
  const cut = PURPOSE.exec(folded);
  if (cut) {
    const head = kindHits(text.slice(0, cut.index));
    if (head.kinds.length > 0) return head;
  }
  return kindHits(text);
}

/**
 * The kind an activity's name says, or undefined when it names none. "Đài Phát
 * thanh - Truyền hình" alone (a station that does both) names radio.
 */
export function guessKind(description: string): ActivityKind | undefined {
  const hits = headHits(description);
  if (hits.kinds[0]) return hits.kinds[0];
  if (hits.station) return "radio";
  // Last, the words in any spelling ("bao" typed for "báo" with the diacritics lost), look-alikes still masked.
  return headHits(maskedFold(normaliseText(description)).folded).kinds[0];
}
