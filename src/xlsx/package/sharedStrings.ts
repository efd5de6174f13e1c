import { attr, childrenOf, inner, root, setAttr, startTag } from "./xml";

const EMPTY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;

/**
 * The workbook's shared strings, to which the strings of written cells are added:
 * a string it already has keeps its index, a new one is appended; nothing is
 * renumbered. (Not inline strings: ExcelJS does not read the _xHHHH_ escapes of
 * inline strings back, so text with a line break would not come back as written.)
 */
export class SharedStrings {
  private readonly xml: string;
  private readonly index = new Map<string, number>();
  private readonly size: number;
  private readonly added: string[] = [];
  private references = 0;
  private readonly cache = new Map<number, number>();

  /** `original`: the workbook's sharedStrings.xml, if it has one; `fromExcelJs`: the inside of each <si> ExcelJS wrote. */
  constructor(
    original: string | undefined,
    private readonly fromExcelJs: readonly string[],
  ) {
    this.xml = original ?? EMPTY;
    const items = childrenOf(this.xml, root(this.xml));
    items.forEach((si, i) => {
      const body = this.xml.slice(...inner(si));
      if (!this.index.has(body)) this.index.set(body, i);
    });
    this.size = items.length;
  }

  /** The workbook's index of ExcelJS's shared string `i`. */
  map(i: number): number {
    this.references++;
    let mapped = this.cache.get(i);
    if (mapped !== undefined) return mapped;
    const body = this.fromExcelJs[i] ?? "<t></t>";
    mapped = this.index.get(body);
    if (mapped === undefined) {
      mapped = this.size + this.added.length;
      this.added.push(body);
      this.index.set(body, mapped);
    }
    this.cache.set(i, mapped);
    return mapped;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  /** sharedStrings.xml with the new strings appended. */
  result(): string {
    const r = root(this.xml);
    let tag = startTag(this.xml, r);
    const total = this.size + this.added.length;
    tag = setAttr(tag, "uniqueCount", String(total));
    tag = setAttr(tag, "count", String(Math.max(total, Number(attr(tag, "count") ?? 0) + this.references)));
    const items = this.added.map((body) => `<si>${body}</si>`).join("");
    if (r.selfClosing) return `${this.xml.slice(0, r.start)}${tag.replace(/\s*\/>$/, ">")}${items}</${r.name}>${this.xml.slice(r.end)}`;
    const close = r.end - `</${r.name}>`.length;
    return this.xml.slice(0, r.start) + tag + this.xml.slice(r.tagEnd, close) + items + this.xml.slice(close);
  }
}
