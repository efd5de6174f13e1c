import { PackageUnsupported, childrenOf, root, text, type Element } from "./xml";

/** The children of a worksheet in the order the schema wants them (CT_Worksheet). */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * A worksheet part's top-level elements, to replace, add or remove some of them
 * and keep every other one as it is, byte for byte.
 */
export class SheetXml {
  private readonly root: Element;
  private readonly kids: Element[];
  private readonly edits = new Map<string, string | null>();

  constructor(readonly xml: string) {
    this.root = root(xml);
    if (this.root.name !== "worksheet") throw new PackageUnsupported(`worksheet root <${this.root.name}>`);
    this.kids = childrenOf(xml, this.root);
  }

  /** The first element of that name, as text. */
  get(name: string): string | undefined {
    const el = this.kids.find((k) => k.name === name);
    return el && text(this.xml, el);
  }

  /** The inside of the first element of that name. */
  inner(name: string): string | undefined {
    const el = this.kids.find((k) => k.name === name);
    if (!el) return undefined;
    return el.selfClosing ? "" : this.xml.slice(el.tagEnd, el.end - `</${el.name}>`.length);
  }

  /** Replaces every element of that name by `xml` (at the first one's place), adds it, or with null removes them. */
  set(name: string, xml: string | null): void {
    this.edits.set(name, xml);
  }

  toString(): string {
    if (!this.edits.size) return this.xml;
    const out: { start: number; end: number; text: string }[] = [];
    const done = new Set<string>();
    for (const el of this.kids) {
      if (!this.edits.has(el.name)) continue;
      const replacement = done.has(el.name) ? "" : (this.edits.get(el.name) ?? "");
      done.add(el.name);
      out.push({ start: el.start, end: el.end, text: replacement });
    }
    const added = [...this.edits].filter(([name, xml]) => !done.has(name) && xml !== null) as [string, string][];
    added.sort((a, b) => ORDER.indexOf(a[0]) - ORDER.indexOf(b[0]));
    for (const [name, xml] of added) {
      const at = this.insertionPoint(name);
      out.push({ start: at, end: at, text: xml });
    }
    // Stable: insertions at one point stay in schema order.
    const sorted = out.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
    let result = "";
    let pos = 0;
    for (const e of sorted) {
      result += this.xml.slice(pos, e.start) + e.text;
      pos = Math.max(pos, e.end);
    }
    return result + this.xml.slice(pos);
  }

  private rank(el: Element): number {
    const own = ORDER.indexOf(el.name);
    if (own >= 0) return own;
    // mc:AlternateContent wraps oleObjects or controls: it ranks as what it wraps.
    const wrapped = /<(?:\w+:)?(oleObjects|controls|legacyDrawing|drawing)\b/.exec(text(this.xml, el));
    return wrapped ? ORDER.indexOf(wrapped[1]) : -1;
  }

  private insertionPoint(name: string): number {
    const rank = ORDER.indexOf(name);
    const next = this.kids.find((k) => this.rank(k) > rank);
    return next ? next.start : this.root.end - `</${this.root.name}>`.length;
  }
}
