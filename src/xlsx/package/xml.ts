/**
 * Just enough XML for editing the parts of an .xlsx as text: find elements and
 * read or set attributes, leaving every byte around them as it was. The parts are
 * machine-written OOXML; a part this cannot read raises PackageUnsupported, and
 * the save falls back to ExcelJS's whole output (see buildPackage.ts).
 */

export class PackageUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageUnsupported";
  }
}

export const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, "&quot;");

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e],
  );
}

/** One element: its qualified name, where it starts and ends in the text, and where its start tag ends. */
export interface Element {
  name: string;
  /** The name without a namespace prefix. */
  local: string;
  start: number;
  /** Just after the start tag's ">". */
  tagEnd: number;
  /** Just after the element's end ("/>" or the end tag). */
  end: number;
  selfClosing: boolean;
}

export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** The end of the tag opened at `from` (index of "<"): just after its ">", quotes respected. */
function tagClose(xml: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  throw new PackageUnsupported("unterminated tag");
}

const SPECIAL: [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
];

/** Skips a comment, processing instruction, CDATA or doctype at `i`; returns where it ends, or -1 if there is none. */
function skipSpecial(xml: string, i: number): number {
  if (xml[i + 1] !== "!" && xml[i + 1] !== "?") return -1;
  for (const [open, close] of SPECIAL) {
    if (!xml.startsWith(open, i)) continue;
    const end = xml.indexOf(close, i + open.length);
    if (end < 0) throw new PackageUnsupported(`unterminated ${open}`);
    return end + close.length;
  }
  return -1;
}

/** The name in a start tag beginning at `at` ("<name ..."). */
const TAG_NAME = /<([^\s/>]+)/y;

function tagName(xml: string, at: number): string {
  TAG_NAME.lastIndex = at;
  const m = TAG_NAME.exec(xml);
  if (!m) throw new PackageUnsupported("bad tag");
  return m[1];
}

/**
 * The child elements of the element whose content spans [from, to), in order. A
 * child is skipped as a whole: by its end tag's name when it cannot nest in itself
 * (big sheetData is found with one search), else by counting depth.
 */
export function children(xml: string, from: number, to: number): Element[] {
  const out: Element[] = [];
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    if (xml[lt + 1] === "/") break; // the parent's end tag
    const name = tagName(xml, lt);
    const tagEnd = tagClose(xml, lt);
    const selfClosing = xml[tagEnd - 2] === "/";
    const end = selfClosing ? tagEnd : elementEnd(xml, name, tagEnd, to);
    out.push({ name, local: localName(name), start: lt, tagEnd, end, selfClosing });
    i = end;
  }
  return out;
}

/** Elements whose content never holds an element of the same name: skipped with one search. */
const FLAT = new Set([
  "sheetData",
  "row",
  "c",
  "si",
  "t",
  "v",
  "f",
  "definedName",
  "sheet",
  "comment",
  "Relationship",
  "Override",
  "Default",
]);

function elementEnd(xml: string, name: string, from: number, to: number): number {
  const close = `</${name}>`;
  if (FLAT.has(localName(name))) {
    const at = xml.indexOf(close, from);
    if (at < 0 || at >= to) throw new PackageUnsupported(`no ${close}`);
    return at + close.length;
  }
  let depth = 1;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const tagEnd = tagClose(xml, lt);
    if (xml[lt + 1] === "/") {
      if (xml.slice(lt + 2, tagEnd - 1).trim() === name && --depth === 0) return tagEnd;
    } else if (xml[tagEnd - 2] !== "/" && tagName(xml, lt) === name) depth++;
    i = tagEnd;
  }
  throw new PackageUnsupported(`no ${close}`);
}

/** The document's root element; its end is found from the end of the text, not by reading it all. */
export function root(xml: string): Element {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new PackageUnsupported("no root element");
    const special = skipSpecial(xml, lt);
    if (special < 0) {
      i = lt;
      break;
    }
    i = special;
  }
  const name = tagName(xml, i);
  const tagEnd = tagClose(xml, i);
  const selfClosing = xml[tagEnd - 2] === "/";
  const close = `</${name}>`;
  const at = selfClosing ? -1 : xml.lastIndexOf(close);
  if (!selfClosing && at < tagEnd) throw new PackageUnsupported(`no ${close}`);
  return { name, local: localName(name), start: i, tagEnd, end: selfClosing ? tagEnd : at + close.length, selfClosing };
}

/** The content range of an element: between its start tag and its end tag. */
export function inner(el: Element): [number, number] {
  return el.selfClosing ? [el.tagEnd, el.tagEnd] : [el.tagEnd, el.end - `</${el.name}>`.length];
}

/** The child elements of an element. */
export function childrenOf(xml: string, el: Element): Element[] {
  const [from, to] = inner(el);
  return children(xml, from, to);
}

export const text = (xml: string, el: Element): string => xml.slice(el.start, el.end);

export const startTag = (xml: string, el: Element): string => xml.slice(el.start, el.tagEnd);

const ATTR_RE = new Map<string, RegExp>();

/** Matches ` name="value"` (or single quotes) in a start tag; made once per name. */
function attrRe(name: string): RegExp {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  return re;
}

/** An attribute of a start tag ("<c r=\"A1\" s=\"3\">"), unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = attrRe(name).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The start tag with the attribute set (added last when absent), or removed when value is undefined. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = attrRe(name);
  if (re.test(tag)) return tag.replace(re, value === undefined ? "" : ` ${name}="${escapeAttr(value)}"`);
  if (value === undefined) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const head = tag.slice(0, close).replace(/\s+$/, "");
  return `${head} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

/** Replaces ranges of a text at once; the ranges must not overlap. */
export function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
