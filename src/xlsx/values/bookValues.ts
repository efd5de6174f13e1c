import type { BookSnapshot, SheetInfo, SheetSnapshot } from "../../workbook/port";
import { Package } from "../package/zip";
import { isRel, parseRels, relsPath } from "../package/rels";
import { readSheetEntries } from "../package/workbookXml";
import { attr } from "../package/xml";
import { sheetValues } from "./sheetValues";
import { sharedStringValues } from "./sharedStringValues";
import { dateStyles } from "./dateStyles";

const WORKBOOK_PR = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/;

const UTF8 = new TextDecoder();

/**
 * A part's text: its bytes decoded at once (JSZip's own text decoding runs
 * byte by byte in JavaScript, three times slower on a province's files).
 */
async function partText(pkg: Package, name: string | undefined): Promise<string | undefined> {
  if (!name || !pkg.has(name)) return undefined;
  const text = UTF8.decode(await pkg.bytes(name));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The sheets a command picks of an .xlsx given as bytes, values only, read
 * straight from the package's XML (src/xlsx/values/sheetValues.ts): what the
 * consolidation reads of each unit's workbook, a few milliseconds where ExcelJS
 * takes tens, so that a province's hundreds of files read in seconds and each is
 * dropped once read. Read only. Throws when the bytes are not an .xlsx package.
 */
export async function readBookValues(bytes: Uint8Array, pick: (sheets: SheetInfo[]) => string[]): Promise<BookSnapshot> {
  const pkg = await Package.load(bytes);
  const root = parseRels("", await partText(pkg, "_rels/.rels"));
  const workbookPart = root.find((r) => isRel(r, "officeDocument") && !r.external)?.target ?? "xl/workbook.xml";
  if (!pkg.has(workbookPart)) throw new Error(`no ${workbookPart}: not an .xlsx workbook`);
  const [workbookXml, workbookRels] = await Promise.all([partText(pkg, workbookPart), partText(pkg, relsPath(workbookPart))]);
  const rels = parseRels(workbookPart, workbookRels);
  const entries = readSheetEntries(workbookXml!).map((e) => ({ ...e, part: rels.find((r) => r.id === e.rId && !r.external)?.target }));
  // Chartsheets and dialog sheets have no cells: ExcelJS leaves them out too.
  const sheets = entries.filter((e) => e.part && rels.some((r) => r.id === e.rId && isRel(r, "worksheet")));
  const infos: SheetInfo[] = sheets.map((s) => ({ name: s.name, visible: s.state === "visible", protected: false }));
  const wanted = new Set(pick(infos));
  const read = new Map<string, SheetSnapshot>();
  if (!wanted.size) return { sheets: infos, read };
  const picked = sheets.filter((s) => wanted.has(s.name) && pkg.has(s.part!));
  // Every part this reading needs, inflated together (JSZip works on them in turns).
  const [stringsXml, stylesXml, ...sheetXmls] = await Promise.all([
    partText(pkg, rels.find((r) => isRel(r, "sharedStrings"))?.target),
    partText(pkg, rels.find((r) => isRel(r, "styles"))?.target),
    ...picked.map((s) => partText(pkg, s.part)),
  ]);
  const strings = sharedStringValues(stringsXml);
  const dates = dateStyles(stylesXml);
  const pr = WORKBOOK_PR.exec(workbookXml!)?.[1];
  const date1904 = pr !== undefined && ["1", "true"].includes(attr(pr, "date1904") ?? "");
  picked.forEach((s, i) => {
    const snapshot = sheetValues({ name: s.name, visible: s.state === "visible" }, sheetXmls[i]!, { strings, dates, date1904 });
    infos.find((info) => info.name === s.name)!.protected = snapshot.protected;
    read.set(s.name, snapshot);
  });
  return { sheets: infos, read };
}
