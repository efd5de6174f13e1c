import { attr, unescapeXml } from "../package/xml";

const P = "(?:[\\w.-]+:)?";
const NUM_FMT = new RegExp(`<${P}numFmt\\b([^>]*)>`, "g");
const CELL_XFS = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`);
const XF = new RegExp(`<${P}xf\\b([^>]*)>`, "g");

/** Excel's built-in date and time formats (ids 14-22, 45-47): the others are numbers. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * A number format that shows a date or time, by the rule ExcelJS reads cells with
 * (what is in [brackets] and "quotes" left out, then any of y m d h s b), so a
 * number this reader calls a date is one ExcelJS calls a date.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The indexes of the cell styles (the `s` of a cell) whose number format is a date. */
export function dateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(NUM_FMT)) {
    const id = Number(attr(m[1], "numFmtId"));
    const code = attr(m[1], "formatCode");
    if (code !== undefined) custom.set(id, unescapeXml(code));
  }
  const xfs = CELL_XFS.exec(xml)?.[1] ?? "";
  let index = 0;
  for (const m of xfs.matchAll(XF)) {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    const code = custom.get(id);
    if (id && (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id))) dates.add(index);
    index++;
  }
  return dates;
}
