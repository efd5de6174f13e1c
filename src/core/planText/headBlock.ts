import { canonicalProvince } from "../norms/provinces";
import { alignedFold } from "../text/alignedFold";
import { foldText } from "../text/fold";

/**
 * The block of capitals at the top of an official document: the parent body and
 * the issuing body ("UBND TỈNH BÌNH ĐỊNH" / "SỞ CÔNG THƯƠNG"; "ỦY BAN NHÂN DÂN" /
 * "HUYỆN KRÔNG PẮC"; "TRUNG TÂM KHUYẾN CÔNG VÀ" / "TƯ VẤN PHÁT TRIỂN CÔNG
 * NGHIỆP"), often on the same lines as the national motto when copied from a
 * two-column PDF ("SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc").
 */
export interface HeadBlock {
  /** The bodies from the top, each as its lines joined: the last is the issuer. */
  bodies: string[];
  /** 1-based line of the issuing body. */
  line: number;
}

const MOTTO = [/cong hoa xa hoi chu nghia viet nam/, /doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc/];

/** Words that begin the name of a public body. */
export const BODY_WORDS = [
  "uy ban nhan dan",
  "ubnd",
  "hoi dong nhan dan",
  "so",
  "trung tam",
  "ban",
  "phong",
  "chi cuc",
  "tong cuc",
  "cuc",
  "bo",
  "van phong",
  "dai",
  "vien",
];

const startsWithBody = (folded: string): boolean => BODY_WORDS.some((w) => folded === w || folded.startsWith(`${w} `));

/** The line without the motto a two-column head puts beside the body's name. */
function withoutMotto(text: string): string {
  let out = text;
  for (const pattern of MOTTO) {
    const m = pattern.exec(alignedFold(out));
    if (m) out = `${out.slice(0, m.index)} ${out.slice(m.index + m[0].length)}`;
  }
  return out.replace(/\s+/g, " ").trim();
}

const isCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/** Reads the block from the paragraphs above the number, the date and the title. */
export function readHeadBlock(lines: ReadonlyArray<{ line: number; text: string }>): HeadBlock | undefined {
  const bodies: Array<{ text: string; line: number }> = [];
  for (const { line, text } of lines) {
    const name = withoutMotto(text);
    if (!name) continue;
    if (!isCapitals(name)) break;
    const folded = foldText(name);
    const last = bodies[bodies.length - 1];
    const open = last !== undefined && /(?:\bva|uy ban nhan dan|ubnd)$/.test(foldText(last.text));
    if (last && (open || !startsWithBody(folded))) last.text = `${last.text} ${name}`;
    else if (startsWithBody(folded)) bodies.push({ text: name, line });
    else break;
  }
  if (bodies.length === 0) return undefined;
  return { bodies: bodies.map((b) => b.text), line: bodies[bodies.length - 1].line };
}

const LEVELS = ["thanh pho", "thi xa", "tinh", "huyen", "quan", "xa", "phuong", "thi tran"];

/**
 * A name written in capitals in the official spelling: "UBND HUYỆN KRÔNG PẮC" ->
 * "UBND huyện Krông Pắc", "SỞ CÔNG THƯƠNG" -> "Sở Công Thương", "TRUNG TÂM
 * KHUYẾN CÔNG VÀ TƯ VẤN …" -> "Trung tâm khuyến công và tư vấn …".
 */
export function officialCase(capitals: string): string {
  const words = capitals.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const folded = lower.map((w) => foldText(w));
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const out: string[] = [];
  let place = false;
  for (let i = 0; i < words.length; i++) {
    const two = `${folded[i]} ${folded[i + 1] ?? ""}`;
    if (folded[i] === "ubnd") out.push("UBND");
    else if (LEVELS.includes(two)) {
      out.push(lower[i], lower[i + 1]);
      i++;
      place = true;
      continue;
    } else if (LEVELS.includes(folded[i])) {
      out.push(lower[i]);
      place = true;
      continue;
    } else if (place || i === 0 || words.length <= 4) out.push(title(lower[i]));
    else out.push(lower[i]);
  }
  return out.join(" ").replace(/^Ủy Ban Nhân Dân\b/, "Ủy ban nhân dân");
}

/** A province named at the end of a text ("SỞ CÔNG THƯƠNG NGHỆ AN", "UBND thành phố Cần Thơ"), canonical. */
export function provinceAtEnd(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(" ");
    const folded = foldText(tail);
    // "tỉnh" or "thành phố" alone are not a province; a single short word ("An") is not either.
    if (/^(?:tinh|thanh pho|tp)$/.test(folded) || (n === 1 && folded.length < 3)) continue;
    const found = canonicalProvince(tail);
    if (found) return found;
  }
  return undefined;
}
