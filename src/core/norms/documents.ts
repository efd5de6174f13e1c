import { isoDate, type IsoDate } from "../dates/isoDate";

/**
 * The legal documents the catalog cites, with the day each can first be applied.
 * A norm is never applied to, and its basis never printed for, a plan dated
 * before that day (../shared/domain/README.md, "Dates: no document before it
 * exists"). Where the domain notes give only the signing day, the signing day is
 * used and the note says so; where they give only the year, the first day of the
 * next year is used, so that no plan of that year gets a text that may not yet
 * have existed.
 */
export interface LegalDocument {
  /** As cited: "TT 40/2017/TT-BTC". */
  id: string;
  /** The first day the document can be applied (its effective day when known). */
  from: IsoDate;
  /** The last day it was in force, when replaced. */
  to?: IsoDate;
  /** How `from` is known. */
  fromIs: "in-force" | "signed" | "year-only";
  note?: string;
}

export const LEGAL_DOCUMENTS: readonly LegalDocument[] = [
  { id: "TT 97/2010/TT-BTC", from: isoDate("2010-08-20"), to: isoDate("2017-06-30"), fromIs: "in-force" },
  { id: "TT 139/2010/TT-BTC", from: isoDate("2010-11-06"), to: isoDate("2018-06-14"), fromIs: "in-force" },
  { id: "TT 194/2012/TT-BTC", from: isoDate("2013-01-01"), fromIs: "in-force", note: "ký 15/11/2012, hiệu lực 01/01/2013" },
  {
    id: "TTLT 221/2012/TTLT-BTC-BCT",
    from: isoDate("2013-01-01"),
    fromIs: "year-only",
    note: "ký 24/12/2012; ngày hiệu lực chưa có trong nguồn (domain: 'from 2013')",
  },
  { id: "TT 40/2017/TT-BTC", from: isoDate("2017-07-01"), fromIs: "in-force" },
  { id: "TT 03/2018/TT-BTTTT", from: isoDate("2018-04-20"), fromIs: "signed", note: "ngày hiệu lực chưa có trong nguồn" },
  { id: "TT 36/2018/TT-BTC", from: isoDate("2018-06-15"), fromIs: "in-force" },
  { id: "CV 4988/UBND-TC", from: isoDate("2018-11-07"), fromIs: "signed", note: "công văn của UBND tỉnh Tiền Giang" },
  {
    id: "NQ 180/2019/NQ-HĐND",
    from: isoDate("2020-01-01"),
    fromIs: "year-only",
    note: "Đồng Nai, thông qua tại kỳ họp thứ 13 HĐND tỉnh năm 2019; ngày thông qua và hiệu lực chưa có trong nguồn",
  },
  { id: "TT 09/2020/TT-BTTTT", from: isoDate("2020-04-24"), fromIs: "signed", note: "ngày hiệu lực chưa có trong nguồn" },
  { id: "TT 06/2023/TT-BTC", from: isoDate("2023-01-31"), fromIs: "signed" },
  { id: "TT 55/2023/TT-BTC", from: isoDate("2023-08-15"), fromIs: "in-force" },
  { id: "TT 56/2023/TT-BTC", from: isoDate("2023-10-06"), fromIs: "in-force" },
  { id: "TT 12/2025/TT-BTC", from: isoDate("2025-05-04"), fromIs: "in-force", note: "ký 19/3/2025" },
];

/** "40/2017/TT-BTC", "221/2012/TTLT-BTC-BCT", "180/2019/NQ-HĐND", "4988/UBND-TC": a document number in a text. */
const CITATION = /\b(\d{1,5})\/(?:(\d{4})\/)?((?:TTLT|TT|NQ|NĐ|QĐ|UBND|CV)[-A-ZĐ]*)/g;

function numberOf(id: string): string {
  return id.replace(/^(TTLT|TT|NQ|NĐ|QĐ|CV)\s+/, "");
}

const BY_NUMBER = new Map(LEGAL_DOCUMENTS.map((d) => [numberOf(d.id), d]));

/** The documents a text cites, known or not ("TT 51/2019/TT-BTC" unknown: { number, document: undefined }). */
export function citedDocuments(text: string): { number: string; document?: LegalDocument }[] {
  const out: { number: string; document?: LegalDocument }[] = [];
  for (const m of text.matchAll(CITATION)) {
    const number = m[0];
    out.push({ number, document: BY_NUMBER.get(number) });
  }
  return out;
}

/** The known documents a text cites that cannot yet be applied on `date`. */
export function citedAfter(text: string, date: IsoDate): LegalDocument[] {
  return citedDocuments(text)
    .map((c) => c.document)
    .filter((d): d is LegalDocument => d !== undefined && d.from > date);
}
