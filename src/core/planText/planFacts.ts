import { finding, type Finding } from "../findings/finding";
import { dateOf, type IsoDate } from "../dates/isoDate";
import { alignedFold, normaliseText } from "../text/alignedFold";
import { canonicalProvince } from "../norms/provinces";
import { foldText } from "../text/fold";
import { capitalise } from "./alignedFold";
import { officialCase, provinceAtEnd, readHeadBlock, type HeadBlock } from "./headBlock";
import { endsWithLevel, readIssuingSentence, type IssuingSentence } from "./issuingSentence";
import type { Paragraph } from "./lines";

/**
 * The plan's own facts from its head: "Số: 30 /KH-SCT", "Trà Vinh, ngày 19 tháng
 * 3 năm 2020", the title under "KẾ HOẠCH", who issues it (the head's block of
 * capitals, "Sở Công Thương xây dựng Kế hoạch ...", "UBND tỉnh ban hành Kế hoạch
 * ...") and the province.
 */
export interface HeadFacts {
  number?: string;
  place?: string;
  date?: IsoDate;
  title?: string;
  issuer?: string;
  province?: string;
}

const NUMBER = /^so\s*:?\s*(.*?)\s*\/\s*(kh[\w\-&.]*)\s*$/;
const PLACE_DATE = /^(.+?)\s*,\s*ngay\s*(\S*?)\s*thang\s*(\S*?)\s*nam\s*(\d{4})\b/;

function info(code: string, message: string, messageEn: string): Finding {
  return finding("info", code, message, messageEn);
}

function readNumber(p: Paragraph, findings: Finding[]): string | undefined {
  const m = NUMBER.exec(alignedFold(p.text));
  if (!m) return undefined;
  const digits = m[1].trim();
  if (digits === "") {
    findings.push(info("plan-number-blank", "Số kế hoạch để trống (bản dự thảo).", "The plan number is blank (a draft)."));
    return undefined;
  }
  if (!/^\d+[a-z]?$/.test(digits)) {
    findings.push(
      finding(
        "warning",
        "plan-number-unreadable",
        `Không đọc được số kế hoạch "${p.text}".`,
        `The plan number "${p.text}" cannot be read.`,
      ),
    );
    return undefined;
  }
  return p.text
    .replace(/^\S+\s*:?\s*/, "")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

/** The plan's date through the one date reader; a blank day or month (a draft) is no date. */
function planDate(day: string, month: string, year: string): IsoDate | undefined {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return undefined;
  return dateOf(Number(year), Number(month), Number(day));
}

function readPlaceDate(p: Paragraph, facts: HeadFacts, findings: Finding[]): boolean {
  const folded = alignedFold(p.text);
  const m = PLACE_DATE.exec(folded);
  if (!m || /\d/.test(m[1]) || m[1].trim().split(/\s+/).length > 5) return false;
  facts.place = p.text.slice(0, m[1].length).trim();
  const date = planDate(m[2], m[3], m[4]);
  if (date) facts.date = date;
  else {
    findings.push(
      info("plan-date-incomplete", `Ngày của kế hoạch chưa đầy đủ: "${p.text}".`, `The plan's date is incomplete: "${p.text}".`),
    );
  }
  return true;
}

/**
 * "Số: 245/KH-SCT Cần Thơ, ngày 05 tháng 8 năm 2025": the number and the place and
 * date of a two-column head copied onto one line, as two paragraphs.
 */
function splitNumberAndDate(p: Paragraph): Paragraph[] {
  const m = /^(so\s*:?\s*\S*?\s*\/\s*kh[\w\-&.]*)\s+(?=[^\s,\d]+(?:\s+[^\s,\d]+){0,4}\s*,\s*ngay\b)/.exec(alignedFold(p.text));
  if (!m) return [p];
  return [
    { ...p, text: p.text.slice(0, m[1].length) },
    { ...p, text: p.text.slice(m[0].length) },
  ];
}

/** Where a fact came from, for the findings: the line and what was read there. */
interface FromText {
  line: number;
  facts: string[];
  factsEn: string[];
}

function fromText(found: FromText[], line: number, fact: string, factEn: string): void {
  const at = found.find((f) => f.line === line);
  if (at) {
    at.facts.push(fact);
    at.factsEn.push(factEn);
  } else found.push({ line, facts: [fact], factsEn: [factEn] });
}

const showDate = (d: IsoDate): string => d.split("-").reverse().join("/");

/** The first "tỉnh X" or "thành phố X" of the head that names a province (a district's plan names its province there). */
function provinceInText(paragraphs: readonly Paragraph[]): { province: string; line: number } | undefined {
  for (const p of paragraphs) {
    const folded = alignedFold(p.text);
    for (const m of folded.matchAll(/\b(?:tinh|thanh pho)\s+((?:\S+\s*){1,4})/g)) {
      const words = p.text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length).split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const candidate = words
          .slice(0, n)
          .join(" ")
          .replace(/[.,;:()]+$/, "");
        if (!/^\p{Lu}/u.test(candidate)) break;
        const province = canonicalProvince(candidate);
        if (province) return { province, line: p.line };
      }
    }
  }
  return undefined;
}

/**
 * Reads the head of the plan (the paragraphs before its first Roman section): the
 * block of capitals naming the issuing body, the number, the place and date, the
 * title under "KẾ HOẠCH", and the sentence that issues the plan. A document that
 * is not the plan itself (a letter or report with its own number, a news item)
 * gives the plan's number, date and issuer in a sentence that reports them; those
 * facts, and a province read from a sentence, are said in the findings with their
 * line.
 */
export function readPlanFacts(preamble: readonly Paragraph[]): { facts: HeadFacts; findings: Finding[] } {
  const facts: HeadFacts = {};
  const findings: Finding[] = [];
  const paragraphs = preamble.map((q) => ({ ...q, text: normaliseText(q.text) })).flatMap(splitNumberAndDate);
  let titleNext = false;
  let numberSeen = false;
  let isPlan = false;
  let headEnd = paragraphs.length;
  paragraphs.forEach((p, i) => {
    if (titleNext) {
      facts.title = p.text;
      titleNext = false;
      return;
    }
    const folded = alignedFold(p.text);
    if (folded === "ke hoach") {
      titleNext = facts.title === undefined;
      isPlan = true;
      headEnd = Math.min(headEnd, i);
    } else if (!numberSeen && NUMBER.test(folded)) {
      numberSeen = true;
      isPlan = true;
      headEnd = Math.min(headEnd, i);
      const number = readNumber(p, findings);
      if (number) facts.number = number;
    } else if (facts.place === undefined && readPlaceDate(p, facts, findings)) headEnd = Math.min(headEnd, i);
    else if (/^so\s*:/.test(folded)) headEnd = Math.min(headEnd, i);
  });

  const block = readHeadBlock(paragraphs.slice(0, headEnd));
  const sentence = readIssuingSentence(paragraphs);
  const found: FromText[] = [];
  // The plan's own head says its number and date; a letter's or a report's head says the letter's.
  if (sentence?.number && !facts.number) {
    facts.number = sentence.number;
    fromText(found, sentence.line, `số kế hoạch ${sentence.number}`, `the plan's number ${sentence.number}`);
  }
  if (sentence?.date && (!facts.date || (!isPlan && sentence.number))) {
    facts.date = sentence.date;
    fromText(found, sentence.line, `ngày ${showDate(sentence.date)}`, `the date ${showDate(sentence.date)}`);
  }
  if (sentence?.subject && !facts.title) facts.title = capitalise(sentence.subject);

  const placeProvince = facts.place ? canonicalProvince(facts.place) : undefined;
  const blockProvince = block?.bodies.map(provinceAtEnd).find((p) => p !== undefined);
  const issuerProvince = sentence ? provinceAtEnd(sentence.issuer) : undefined;
  if (placeProvince && facts.place) facts.province = facts.place;
  else if (blockProvince) facts.province = blockProvince;
  else if (issuerProvince) facts.province = issuerProvince;
  else {
    const inText = provinceInText(paragraphs);
    if (inText) {
      facts.province = inText.province;
      fromText(found, inText.line, `tỉnh ${inText.province}`, `the province ${inText.province}`);
    } else if (facts.place) facts.province = facts.place;
  }

  const issuer = chooseIssuer(block, sentence, isPlan, facts.province);
  if (issuer) {
    facts.issuer = issuer.name;
    if (issuer.reported && sentence) fromText(found, sentence.line, `cơ quan ban hành ${issuer.name}`, `the issuer ${issuer.name}`);
  }
  for (const f of found) {
    findings.push(
      info(
        "plan-fact-from-text",
        `Dòng ${f.line}: ${f.facts.join(", ")} đọc từ câu văn, không phải phần đầu văn bản; kiểm tra lại trên Thông tin.`,
        `Line ${f.line}: ${f.factsEn.join(", ")} read from a sentence, not from the document's head; check them on Thông tin.`,
      ),
    );
  }
  return { facts, findings };
}

const sameBody = (a: string, b: string): boolean => {
  const key = (s: string) =>
    foldText(s)
      .replace(/\buy ban nhan dan\b/g, "ubnd")
      .replace(/[.,]/g, "");
  const [x, y] = [key(a), key(b)];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
};

/**
 * The issuer: in a plan, the body its head names, spelt as its issuing sentence
 * spells it when both name the same body; in a document that reports a plan, the
 * body its sentence names. "UBND tỉnh" takes the province's name.
 */
function chooseIssuer(
  block: HeadBlock | undefined,
  sentence: IssuingSentence | undefined,
  isPlan: boolean,
  province: string | undefined,
): { name: string; reported: boolean } | undefined {
  const head = block?.bodies[block.bodies.length - 1];
  const complete = (name: string) => (endsWithLevel(name) && province ? `${name} ${province}` : capitalise(name));
  if (sentence && (!head || !isPlan || sameBody(head, sentence.issuer))) {
    return { name: complete(sentence.issuer), reported: !isPlan && (!head || !sameBody(head, sentence.issuer)) };
  }
  if (head) return { name: complete(officialCase(head)), reported: false };
  return undefined;
}
