import { finding, type Finding } from "../findings/finding";
import { dateOf, type IsoDate } from "../dates/isoDate";
import { alignedFold, normaliseText } from "../text/alignedFold";
import { capitalise } from "./alignedFold";
import type { Paragraph } from "./lines";

/**
 * The plan's own facts from its head: "Số: 30 /KH-SCT", "Trà Vinh, ngày 19 tháng
 * 3 năm 2020", the title under "KẾ HOẠCH", and who issues it ("Sở Công Thương
 * xây dựng Kế hoạch ...", "UBND tỉnh ban hành Kế hoạch ...").
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
const ISSUER = /(?:^|[,;]\s*)([^,;]*?)\s+(?:ban hanh|xay dung)\s+["“]?ke hoach\b/;

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

function readIssuer(paragraphs: readonly Paragraph[], province: string | undefined): string | undefined {
  for (const p of paragraphs) {
    const folded = alignedFold(p.text);
    if (/^(?:can cu|theo de nghi)/.test(folded)) continue;
    const m = ISSUER.exec(folded);
    if (!m || !m[1].trim()) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    const issuer = p.text.slice(start, start + m[1].length).trim();
    if (issuer.split(" ").length > 12) continue;
    return /(?:tinh|thanh pho)$/.test(alignedFold(issuer)) && province ? `${issuer} ${province}` : capitalise(issuer);
  }
  return undefined;
}

/** Reads the head of the plan (the paragraphs before its first Roman section). */
export function readPlanFacts(preamble: readonly Paragraph[]): { facts: HeadFacts; findings: Finding[] } {
  const facts: HeadFacts = {};
  const findings: Finding[] = [];
  let titleNext = false;
  let numberSeen = false;
  for (const p of preamble.map((q) => ({ ...q, text: normaliseText(q.text) }))) {
    if (titleNext) {
      facts.title = p.text;
      titleNext = false;
      continue;
    }
    const folded = alignedFold(p.text);
    if (folded === "ke hoach") titleNext = facts.title === undefined;
    else if (!numberSeen && NUMBER.test(folded)) {
      numberSeen = true;
      const number = readNumber(p, findings);
      if (number) facts.number = number;
    } else if (facts.place === undefined) readPlaceDate(p, facts, findings);
  }
  if (facts.place) facts.province = facts.place;
  const issuer = readIssuer(preamble, facts.province);
  if (issuer) facts.issuer = issuer;
  return { facts, findings };
}
