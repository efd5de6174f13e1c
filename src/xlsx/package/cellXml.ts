import { attr, escapeAttr, setAttr } from "./xml";

/** How a cell or row written by ExcelJS is made to fit the workbook's own styles and strings. */
export interface Relink {
  /** The workbook's style index for ExcelJS's `s` (undefined: none). */
  style(s: string | undefined): string | undefined;
  /** The workbook's index of ExcelJS's shared string `i`. */
  sharedString(i: number): number;
}

export interface CellParts {
  tag: string;
  body: string;
}

/** A <c> element's start tag and content. */
export function splitCell(xml: string): CellParts {
  const tagEnd = xml.indexOf(">") + 1;
  const tag = xml.slice(0, tagEnd);
  if (tag.endsWith("/>")) return { tag, body: "" };
  return { tag, body: xml.slice(tagEnd, xml.lastIndexOf("</")) };
}

/** A cell ExcelJS wrote, as XML from its parts, its shared string (t="s") renumbered into the workbook's. */
export function cellXml(
  ref: string,
  s: string | undefined,
  t: string | undefined,
  body: string,
  extra: string,
  relink: Relink,
): string | undefined {
  if (t === "s") body = body.replace(/<v>\s*(\d+)\s*<\/v>/, (_, i: string) => `<v>${relink.sharedString(Number(i))}</v>`);
  if (s === undefined && t === undefined && !body && !extra) return undefined;
  const head = `<c r="${ref}"${s === undefined ? "" : ` s="${escapeAttr(s)}"`}${t === undefined ? "" : ` t="${escapeAttr(t)}"`}${extra}`;
  return body ? `${head}>${body}</c>` : `${head}/>`;
}

/** Row attributes worth keeping from ExcelJS; x14ac ones are left out, the workbook may not declare that namespace. */
const ROW_ATTRS = ["r", "ht", "customHeight", "hidden", "outlineLevel", "collapsed", "thickTop", "thickBot"];

export function relinkRowTag(tag: string, relink: Relink): string {
  let out = "<row";
  for (const name of ROW_ATTRS) {
    const v = attr(tag, name);
    if (v !== undefined) out += ` ${name}="${escapeAttr(v)}"`;
  }
  const s = attr(tag, "s");
  if (s !== undefined && attr(tag, "customFormat") === "1") out += ` s="${escapeAttr(relink.style(s) ?? "0")}" customFormat="1"`;
  return tag.endsWith("/>") ? `${out}/>` : `${out}>`;
}

/** ExcelJS's <cols>, with column formats mapped onto the workbook's styles. */
export function relinkCols(xml: string, relink: Relink): string {
  return xml.replace(/<col\b[^>]*>/g, (tag) => {
    const style = attr(tag, "style");
    return style === undefined ? tag : setAttr(tag, "style", relink.style(style) ?? "0");
  });
}
