import { unescapeXml } from "../package/xml";

/** An element of any namespace prefix ("t", "x:t"): OOXML writers differ. */
const P = "(?:[\\w.-]+:)?";
const SI = new RegExp(`<${P}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}si>)`, "g");
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, "g");
const T = new RegExp(`<${P}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}t>)`, "g");
/** OOXML's escape of a character ("_x000D_"), decoded as ExcelJS decodes it (upper-case hex). */
const ESCAPED = /_x([0-9A-F]{4})_/g;

/** The text of a string item (<si>, <is>): its runs' <t> joined, phonetic guides left out. */
export function runsText(xml: string): string {
  let text = "";
  for (const m of xml.replace(PHONETIC, "").matchAll(T)) text += m[1] ?? "";
  return unescapeXml(text).replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** sharedStrings.xml as the list of its strings, by index (rich text as its plain text). */
export function sharedStringValues(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(SI)].map((m) => runsText(m[1] ?? ""));
}
