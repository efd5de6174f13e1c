import { attr, escapeAttr, root, childrenOf, startTag } from "./xml";

/** A relationship of a part's .rels: Target is resolved to a part name (no leading "/") unless external. */
export interface Rel {
  id: string;
  type: string;
  /** The part it points to; for an external one, the Target as written. */
  target: string;
  external: boolean;
}

/** Relationship types by their last segment, the same in transitional and strict OOXML. */
export const isRel = (rel: Rel, kind: string): boolean => rel.type.endsWith(`/${kind}`);

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
} as const;

const EMPTY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Where the relationships of a part are kept: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relative or absolute Target names, seen from the part `source` ("" for the package). */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // a "%" that is not an escape: the name as written
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of decoded.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The Target that names `part` from `source`, relative as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The relationships of `source` from its .rels text (undefined: it has none). */
export function parseRels(source: string, xml: string | undefined): Rel[] {
  if (!xml) return [];
  const r = root(xml);
  return childrenOf(xml, r)
    .filter((el) => el.local === "Relationship")
    .map((el) => {
      const tag = startTag(xml, el);
      const external = attr(tag, "TargetMode") === "External";
      const target = attr(tag, "Target") ?? "";
      return {
        id: attr(tag, "Id") ?? "",
        type: attr(tag, "Type") ?? "",
        target: external ? target : resolveTarget(source, target),
        external,
      };
    });
}

/** An Id not used by any of the relationships. */
export function freeRelId(rels: readonly Rel[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The .rels text with a relationship added. */
export function addRel(xml: string | undefined, source: string, rel: Rel): string {
  const base = xml ?? EMPTY;
  const target = rel.external ? rel.target : relativeTarget(source, rel.target);
  const line = `<Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(target)}"${rel.external ? ' TargetMode="External"' : ""}/>`;
  const r = root(base);
  if (r.selfClosing) return `${base.slice(0, r.start)}${startTag(base, r).replace(/\s*\/>$/, ">")}${line}</${r.name}>${base.slice(r.end)}`;
  const close = r.end - `</${r.name}>`.length;
  return base.slice(0, close) + line + base.slice(close);
}

/** The .rels text without the relationships of the given Ids. */
export function removeRels(xml: string, ids: ReadonlySet<string>): string {
  const r = root(xml);
  let out = xml;
  for (const el of childrenOf(xml, r).reverse()) {
    if (el.local === "Relationship" && ids.has(attr(startTag(xml, el), "Id") ?? "")) out = out.slice(0, el.start) + out.slice(el.end);
  }
  return out;
}
