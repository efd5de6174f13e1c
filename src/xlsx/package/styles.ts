import { PackageUnsupported, attr, childrenOf, escapeAttr, root, setAttr, startTag, text, type Element } from "./xml";

/** The children of styleSheet, in the order the schema wants them. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

type ListName = "fonts" | "fills" | "borders" | "cellXfs";

const canon = (s: string) => s.replace(/>\s+</g, "><").trim();

interface Sheet {
  xml: string;
  lists: Map<string, Element>;
}

function readSheet(xml: string): Sheet {
  const r = root(xml);
  if (r.name !== "styleSheet") throw new PackageUnsupported(`styles root <${r.name}>`);
  return { xml, lists: new Map(childrenOf(xml, r).map((el) => [el.name, el])) };
}

function items(s: Sheet, name: string): string[] {
  const el = s.lists.get(name);
  return el ? childrenOf(s.xml, el).map((c) => text(s.xml, c)) : [];
}

function numFmts(s: Sheet): Map<number, string> {
  const el = s.lists.get("numFmts");
  const out = new Map<number, string>();
  if (!el) return out;
  for (const c of childrenOf(s.xml, el)) {
    const tag = startTag(s.xml, c);
    out.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  }
  return out;
}

/**
 * Maps the cell formats of ExcelJS's styles.xml onto the workbook's own styles.xml:
 * a format the workbook already has keeps its index; a new one is appended, with the
 * fonts, fills, borders and number formats it needs. Nothing is ever renumbered, so
 * every cell the command did not touch keeps its look.
 */
export class StyleMapper {
  private readonly original: Sheet;
  private readonly from: Sheet;
  private readonly fromFmts: Map<number, string>;
  private readonly fromLists: Record<ListName, string[]>;
  private readonly lists = {} as Record<ListName, { index: Map<string, number>; size: number; added: string[] }>;
  private readonly fmtByCode = new Map<string, number>();
  private nextFmt = 164;
  private readonly addedFmts: string[] = [];
  private readonly cache = new Map<number, number>();

  constructor(originalXml: string, excelJsXml: string) {
    this.original = readSheet(originalXml);
    this.from = readSheet(excelJsXml);
    this.fromFmts = numFmts(this.from);
    this.fromLists = {
      fonts: items(this.from, "fonts"),
      fills: items(this.from, "fills"),
      borders: items(this.from, "borders"),
      cellXfs: items(this.from, "cellXfs"),
    };
    for (const name of ["fonts", "fills", "borders", "cellXfs"] as ListName[]) {
      const own = items(this.original, name);
      const index = new Map<string, number>();
      own.forEach((x, i) => index.has(canon(x)) || index.set(canon(x), i));
      this.lists[name] = { index, size: own.length, added: [] };
    }
    for (const [id, code] of numFmts(this.original)) {
      if (!this.fmtByCode.has(code)) this.fmtByCode.set(code, id);
      this.nextFmt = Math.max(this.nextFmt, id + 1);
    }
  }

  /** The workbook's index of ExcelJS's cell format `index`; ExcelJS's default (0) is the workbook's default. */
  map(index: number): number {
    if (index === 0) return 0;
    let mapped = this.cache.get(index);
    if (mapped === undefined) {
      mapped = this.mapXf(index);
      this.cache.set(index, mapped);
    }
    return mapped;
  }

  get changed(): boolean {
    return this.addedFmts.length > 0 || Object.values(this.lists).some((l) => l.added.length > 0);
  }

  private mapXf(index: number): number {
    const xf = this.fromLists.cellXfs[index];
    if (xf === undefined) throw new PackageUnsupported(`ExcelJS style ${index} missing`);
    const tagEnd = xf.indexOf(">") + 1;
    let tag = xf.slice(0, tagEnd);
    const fmt = Number(attr(tag, "numFmtId") ?? 0);
    tag = setAttr(tag, "numFmtId", String(fmt < 164 ? fmt : this.numFmt(this.fromFmts.get(fmt) ?? "General")));
    for (const [key, list, reserved] of [
      ["fontId", "fonts", 1],
      ["fillId", "fills", 2],
      ["borderId", "borders", 1],
    ] as const) {
      const id = Number(attr(tag, key) ?? 0);
      // ExcelJS's first font and border are its defaults, its first two fills the two every file has:
      // they stand for the workbook's own.
      tag = setAttr(tag, key, String(id < reserved ? id : this.add(list, this.fromLists[list][id])));
    }
    tag = setAttr(tag, "xfId", "0");
    return this.add("cellXfs", tag + xf.slice(tagEnd));
  }

  private numFmt(code: string): number {
    let id = this.fmtByCode.get(code);
    if (id === undefined) {
      id = this.nextFmt++;
      this.fmtByCode.set(code, id);
      this.addedFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private add(name: ListName, item: string | undefined): number {
    if (item === undefined) throw new PackageUnsupported(`ExcelJS ${name} entry missing`);
    const list = this.lists[name];
    let i = list.index.get(canon(item));
    if (i === undefined) {
      i = list.size + list.added.length;
      list.added.push(item);
      list.index.set(canon(item), i);
    }
    return i;
  }

  /** The workbook's styles.xml with what was appended; the original text when nothing was. */
  result(): string {
    if (!this.changed) return this.original.xml;
    const xml = this.original.xml;
    const edits: { at: number; end: number; text: string }[] = [];
    const appendTo = (name: string, added: string[], total: number) => {
      if (!added.length) return;
      const el = this.original.lists.get(name);
      if (el && !el.selfClosing) {
        const close = el.end - `</${el.name}>`.length;
        edits.push({ at: el.start, end: el.tagEnd, text: setAttr(startTag(xml, el), "count", String(total)) });
        edits.push({ at: close, end: close, text: added.join("") });
      } else {
        const made = `<${name} count="${total}">${added.join("")}</${name}>`;
        if (el) edits.push({ at: el.start, end: el.end, text: made });
        else edits.push({ at: this.insertionPoint(name), end: this.insertionPoint(name), text: made });
      }
    };
    appendTo("numFmts", this.addedFmts, numFmts(this.original).size + this.addedFmts.length);
    for (const name of ["fonts", "fills", "borders", "cellXfs"] as ListName[]) {
      const l = this.lists[name];
      appendTo(name, l.added, l.size + l.added.length);
    }
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = "";
    let pos = 0;
    for (const e of edits) {
      out += xml.slice(pos, e.at) + e.text;
      pos = e.end;
    }
    return out + xml.slice(pos);
  }

  /** Where a missing list goes: before the first list that follows it in the schema, else at the end. */
  private insertionPoint(name: string): number {
    const after = ORDER.slice(ORDER.indexOf(name) + 1);
    for (const next of after) {
      const el = this.original.lists.get(next);
      if (el) return el.start;
    }
    const r = root(this.original.xml);
    return r.end - `</${r.name}>`.length;
  }
}
