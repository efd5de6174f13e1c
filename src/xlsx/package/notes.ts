import { parseRange } from "../../workbook/address";
import { CONTENT_TYPE, type PackageEdit } from "./edit";
import { REL_TYPE, addRel, freeRelId, isRel, removeRels, type Rel } from "./rels";
import type { SheetXml } from "./sheetXml";
import { cellKey } from "./changes";
import { attr, childrenOf, inner, root, startTag, text } from "./xml";
import { maxOf } from "../../core/arrays";

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>`;
const SHAPE_TYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;
const VML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>${SHAPE_TYPE}</xml>`;

const SHAPE_RE = /<v:shape\b[^>]*?(?:\/>|>[\s\S]*?<\/v:shape>)/g;

/** The cell of a VML note shape (its x:Row and x:Column are 0-based), or undefined for any other shape. */
function noteCell(shape: string): number | undefined {
  if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return undefined;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return row && col ? cellKey(Number(row[1]) + 1, Number(col[1]) + 1) : undefined;
}

const refKey = (ref: string) => {
  const box = parseRange(ref);
  return cellKey(box.top, box.left);
};

interface Comments {
  xml: string;
  authors: string[];
  /** Each <comment>, by its cell. */
  list: { key: number; xml: string; author: string }[];
}

function readComments(xml: string): Comments {
  const r = root(xml);
  const kids = childrenOf(xml, r);
  const authorsEl = kids.find((k) => k.local === "authors");
  const authors = authorsEl ? childrenOf(xml, authorsEl).map((a) => xml.slice(...inner(a))) : [];
  const listEl = kids.find((k) => k.local === "commentList");
  const list = listEl
    ? childrenOf(xml, listEl).map((c) => {
        const tag = startTag(xml, c);
        return { key: refKey(attr(tag, "ref") ?? "A1"), xml: text(xml, c), author: authors[Number(attr(tag, "authorId") ?? 0)] ?? "" };
      })
    : [];
  return { xml, authors, list };
}

/** The comments part with its list replaced, authors added as needed (existing ones keep their index). */
function writeComments(base: Comments, list: { xml: string; author: string }[]): string {
  const authors = [...base.authors];
  const entries = list.map((c) => {
    let id = authors.indexOf(c.author);
    if (id < 0) id = authors.push(c.author) - 1;
    return c.xml.replace(/^(<comment\b[^>]*?\sauthorId\s*=\s*)"[^"]*"/, `$1"${id}"`);
  });
  const xml = base.xml;
  const r = root(xml);
  const kids = childrenOf(xml, r);
  const authorsXml = `<authors>${authors.map((a) => `<author>${a}</author>`).join("")}</authors>`;
  const listXml = `<commentList>${entries.join("")}</commentList>`;
  const authorsEl = kids.find((k) => k.local === "authors");
  const listEl = kids.find((k) => k.local === "commentList");
  if (!authorsEl || !listEl || listEl.start < authorsEl.start)
    return xml.slice(0, r.tagEnd) + authorsXml + listXml + xml.slice(r.end - `</${r.name}>`.length);
  return xml.slice(0, authorsEl.start) + authorsXml + xml.slice(authorsEl.end, listEl.start) + listXml + xml.slice(listEl.end);
}

export interface NotesInput {
  sheetName: string;
  path: string;
  sheet: SheetXml;
  rels: Rel[];
  relsXml: string | undefined;
  /** Cells whose note was set or taken off. */
  keys: ReadonlySet<number>;
  /** ExcelJS's comments and VML parts for the sheet, holding the notes it has now. */
  fromComments?: string;
  fromVml?: string;
}

/**
 * Puts the notes the command changed into the sheet's own comments and VML parts:
 * their old entries are taken out and ExcelJS's new ones put in; every other note,
 * shape and control in them is kept. Threaded comments on those cells cannot be
 * kept (Excel ties them to the old note): they are left out and named.
 */
export async function patchNotes(edit: PackageEdit, input: NotesInput): Promise<{ relsXml: string | undefined; lost: string[] }> {
  const { pkg } = edit;
  let { relsXml } = input;
  const lost: string[] = [];
  const commentsRel = input.rels.find((r) => isRel(r, "comments") && !r.external);
  const legacyId = attr(input.sheet.get("legacyDrawing") ?? "<x>", "r:id");
  const vmlRel = input.rels.find((r) => r.id === legacyId && !r.external);
  const origComments = commentsRel && pkg.has(commentsRel.target) ? readComments(await pkg.text(commentsRel.target)) : undefined;
  const origVml = vmlRel && pkg.has(vmlRel.target) ? await pkg.text(vmlRel.target) : undefined;

  const keys = input.keys;
  if (!keys.size) return { relsXml, lost };

  const from = input.fromComments ? readComments(input.fromComments) : undefined;
  const added = (from?.list ?? []).filter((c) => keys.has(c.key));
  const addedShapes = (input.fromVml?.match(SHAPE_RE) ?? []).filter((s) => keys.has(noteCell(s) ?? -1));

  // comments
  const kept = (origComments?.list ?? []).filter((c) => !keys.has(c.key));
  const list = [...kept, ...added];
  const removeRelIds = new Set<string>();
  if (list.length) {
    const xml = writeComments(origComments ?? readComments(COMMENTS), list);
    if (commentsRel) pkg.setText(commentsRel.target, xml);
    else {
      const name = edit.freeName((n) => `xl/comments${n}.xml`);
      edit.addPart(name, xml, CONTENT_TYPE.comments);
      const rel = { id: freeRelId(input.rels), type: REL_TYPE.comments, target: name, external: false };
      input.rels.push(rel);
      relsXml = addRel(relsXml, input.path, rel);
    }
  } else if (commentsRel) {
    edit.removePart(commentsRel.target);
    removeRelIds.add(commentsRel.id);
  }

  // VML shapes
  let vml = (origVml ?? VML).replace(SHAPE_RE, (shape) => (keys.has(noteCell(shape) ?? -1) ? "" : shape));
  if (addedShapes.length) {
    let next =
      maxOf(
        [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])),
        1024,
      ) + 1;
    const shapes = addedShapes.map((s) => s.replace(/\sid="_x0000_s\d+"/, () => ` id="_x0000_s${next++}"`)).join("");
    const type = /id\s*=\s*["']_x0000_t202["']/.test(vml) ? "" : SHAPE_TYPE;
    const close = vml.lastIndexOf("</xml>");
    vml = vml.slice(0, close) + type + shapes + vml.slice(close);
  }
  const hasShapes = /<v:shape\b/.test(vml);
  if (vmlRel && hasShapes) pkg.setText(vmlRel.target, vml);
  else if (vmlRel) {
    edit.removePart(vmlRel.target);
    removeRelIds.add(vmlRel.id);
    input.sheet.set("legacyDrawing", null);
  } else if (hasShapes) {
    const name = edit.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    edit.addPart(name, vml, CONTENT_TYPE.vml);
    const rel = { id: freeRelId(input.rels), type: REL_TYPE.vmlDrawing, target: name, external: false };
    input.rels.push(rel);
    relsXml = addRel(relsXml, input.path, rel);
    input.sheet.set("legacyDrawing", `<legacyDrawing r:id="${rel.id}"/>`);
  }
  if (removeRelIds.size && relsXml) relsXml = removeRels(relsXml, removeRelIds);

  // threaded comments
  for (const rel of input.rels.filter((r) => isRel(r, "threadedComment") && !r.external && pkg.has(r.target))) {
    const xml = await pkg.text(rel.target);
    const r = root(xml);
    const gone = childrenOf(xml, r).filter((c) => keys.has(refKey(attr(startTag(xml, c), "ref") ?? "A1")));
    if (!gone.length) continue;
    const cells = [...new Set(gone.map((c) => attr(startTag(xml, c), "ref")))].join(", ");
    lost.push(`bình luận dạng chuỗi (threaded comment) ở ${input.sheetName}!${cells} / threaded comments on ${input.sheetName}!${cells}`);
    let out = xml;
    for (const c of gone.reverse()) out = out.slice(0, c.start) + out.slice(c.end);
    pkg.setText(rel.target, out);
  }
  return { relsXml, lost };
}
