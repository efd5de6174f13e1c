import { parseDate, type IsoDate } from "../dates/isoDate";
import { alignedFold } from "../text/alignedFold";
import { foldText } from "../text/fold";
import { BODY_WORDS } from "./headBlock";

/**
 * The sentence that issues or reports the plan: "Sở Công Thương xây dựng Kế
 * hoạch …, cụ thể như sau:", "UBND tỉnh ban hành Kế hoạch …", "…, Sở Công Thương
 * đã ban hành Kế hoạch số 27/KH-SCT ngày 11/3/2022 về …", "Ngày 22 tháng 01 năm
 * 2021, Sở Công Thương tỉnh Quảng Ngãi ban hành Kế hoạch số 14/KH-SCT về …". The
 * subject is the issuer, from the first word that begins a body's name ("Sở",
 * "UBND", "Trung tâm"; capitalised, so "cơ sở" is none), without the words that
 * are not part of the name ("đã", "tiếp tục", "chính thức"). A plan cited in the
 * sentence before the verb ("Thực hiện Kế hoạch số 112/KH-UBND …, Sở … xây dựng
 * Kế hoạch …") is another plan and is never read.
 */
export interface IssuingSentence {
  line: number;
  issuer: string;
  number?: string;
  date?: IsoDate;
  /** What the plan is about: "về thực hiện …" after its number and date. */
  subject?: string;
}

const VERB = /\s+(?:ban hanh|xay dung)\s+["“]?\s*ke hoach\b/g;
/** Words before the verb that are not part of the issuer's name, longest first. */
const NOT_NAME = [
  "da chinh thuc",
  "chinh thuc",
  "tiep tuc",
  "khan truong",
  "kip thoi",
  "da",
  "se",
  "vua",
  "cung",
  "moi",
  "da duoc",
  "duoc",
];
const DATE = String.raw`(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})`;
const NUMBER_AFTER = new RegExp(String.raw`^\s*so\s+(\d+[a-z]?\s*\/\s*kh[\w\-&.]*)(?:\s*,?\s*ngay\s+${DATE})?`);
const DATE_BEFORE = new RegExp(String.raw`(?:^|[.;]\s*)ngay\s+${DATE}\s*,?\s*$`);
const SUBJECT = /^\s*(?:,\s*)?ve\s+(?:viec\s+)?([^();.]+?)\s*(?:[(;.]|,\s*(?:theo do|voi|gom|cu the)\b|$)/;

function readDate(original: string, m: RegExpExecArray, group: number): IsoDate | undefined {
  const at = m.index + m[0].lastIndexOf(m[group]);
  const text = original.slice(at, at + m[group].length).replace(/\s*\/\s*/g, "/");
  const reading = parseDate(/\//.test(text) ? text : `ngày ${text}`);
  return reading.ok ? reading.date : undefined;
}

/** The issuer's name within the words before the verb; undefined when they name no one. */
function issuerOf(original: string, folded: string): string | undefined {
  let name = original;
  let f = folded;
  for (let again = true; again;) {
    again = false;
    for (const w of NOT_NAME) {
      if (f === w || f.endsWith(` ${w}`)) {
        f = f.slice(0, f.length - w.length).trimEnd();
        name = name.slice(0, f.length);
        again = true;
      }
    }
  }
  // From the first capitalised word that begins a body's name.
  const words = [...f.matchAll(/\S+/g)];
  for (const w of words) {
    const rest = f.slice(w.index);
    if (!/\p{Lu}/u.test(name.charAt(w.index)) || !BODY_WORDS.some((b) => rest === b || rest.startsWith(`${b} `))) continue;
    const issuer = name.slice(w.index).trim();
    return issuer.split(/\s+/).length <= 16 ? issuer : undefined;
  }
  const issuer = name.trim();
  return issuer && issuer.split(/\s+/).length <= 12 ? issuer : undefined;
}

/** The first issuing or reporting sentence among the paragraphs (legal bases and proposals aside). */
export function readIssuingSentence(paragraphs: ReadonlyArray<{ line: number; text: string }>): IssuingSentence | undefined {
  for (const p of paragraphs) {
    const folded = alignedFold(p.text);
    if (/^(?:can cu|theo de nghi)/.test(folded)) continue;
    for (const m of folded.matchAll(VERB)) {
      const clauseStart = Math.max(folded.lastIndexOf(",", m.index), folded.lastIndexOf(";", m.index)) + 1;
      const issuer = issuerOf(p.text.slice(clauseStart, m.index).trim(), folded.slice(clauseStart, m.index).trim());
      if (!issuer) continue;
      const found: IssuingSentence = { line: p.line, issuer };
      const afterAt = m.index + m[0].length;
      const after = NUMBER_AFTER.exec(folded.slice(afterAt));
      let tail = afterAt;
      if (after) {
        const at = afterAt + after[0].indexOf(after[1]);
        found.number = p.text.slice(at, at + after[1].length).replace(/\s*\/\s*/g, "/");
        if (after[2]) {
          const date = readDate(p.text.slice(afterAt), after, 2);
          if (date) found.date = date;
        }
        tail = afterAt + after[0].length;
      }
      if (!found.date) {
        const before = DATE_BEFORE.exec(folded.slice(0, clauseStart).replace(/,\s*$/, ""));
        if (before) {
          const date = readDate(p.text, before, 1);
          if (date) found.date = date;
        }
      }
      if (found.number) {
        const subject = SUBJECT.exec(folded.slice(tail));
        if (subject) {
          const at = tail + subject[0].indexOf(subject[1]);
          found.subject = p.text.slice(at, at + subject[1].length).trim();
        }
      }
      return found;
    }
  }
  return undefined;
}

/** True when the issuer names a body at the level of a province without naming it ("UBND tỉnh", "Sở Công Thương tỉnh"). */
export const endsWithLevel = (issuer: string): boolean => /(?:tinh|thanh pho)$/.test(foldText(issuer));
