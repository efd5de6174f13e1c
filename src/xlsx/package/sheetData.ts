import { a1, columnNumber } from "../../workbook/address";
import { attr, escapeAttr, escapeText, setAttr, unescapeXml } from "./xml";
import { cellXml, relinkRowTag, splitCell, type Relink } from "./cellXml";
import { slideFormula } from "./slideFormula";
import { maxOf, minOf } from "../../core/arrays";

/** What changed in a cell: its value (and type), its format, or both. */
export interface CellChange {
  value: boolean;
  style: boolean;
}

export interface DataPlan {
  /** Changed cells by row, then column. */
  cells: Map<number, Map<number, CellChange>>;
  /** Rows whose height was set. */
  heights: Set<number>;
  relink: Relink;
}

interface RawRow {
  r: number;
  xml: string;
}

const ROW_RE = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL_RE = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** The rows of a sheetData's content; a row without r follows the one before it. */
function rowsOf(data: string): RawRow[] {
  const rows: RawRow[] = [];
  let last = 0;
  for (const m of data.matchAll(ROW_RE)) {
    const tag = m[0].slice(0, m[0].indexOf(">") + 1);
    const r = Number(attr(tag, "r") ?? last + 1);
    rows.push({ r, xml: m[0] });
    last = r;
  }
  return rows;
}

/** The cells of a row by column; each is given its r when it had none. */
function cellsOf(row: RawRow): Map<number, string> {
  const cells = new Map<number, string>();
  let last = 0;
  for (const m of row.xml.matchAll(CELL_RE)) {
    let xml = m[0];
    const tag = xml.slice(0, xml.indexOf(">") + 1);
    const ref = attr(tag, "r");
    const col = ref ? columnNumber(/^\$?([A-Za-z]+)/.exec(ref)![1]) : last + 1;
    if (!ref) xml = setAttr(tag, "r", a1(row.r, col)) + xml.slice(tag.length);
    cells.set(col, xml);
    last = col;
  }
  return cells;
}

const rowTag = (xml: string) => xml.slice(0, xml.indexOf(">") + 1);

function rowXml(tag: string, cells: Map<number, string>): string {
  const open = tag.replace(/\s*\/>$/, ">");
  const body = [...cells.keys()]
    .sort((a, b) => a - b)
    .map((c) => cells.get(c)!)
    .join("");
  return `${open}${body}</row>`;
}

/**
 * What relinking changes in the rows ExcelJS writes: a row's start tag, a cell's
 * format (` s="3"`: in sheetData, only a cell has that attribute once the rows' own
 * are taken whole, and ExcelJS escapes every quote in text), a shared string's
 * index, and an empty cell (nothing to keep).
 */
const RELINK_RE = /<row\b[^>]*>| s="(\d+)"| t="s"><v>(\d+)<\/v>|<c r="[A-Z]+\d+"\/>/g;

/**
 * The rows of a sheet ExcelJS wrote whole (a new sheet), relinked to the
 * workbook's styles and strings: edited where they stand, one pass over the text.
 * Cells are as ExcelJS writes them (<c r=".." s=".." t="..">).
 */
export function relinkSheetData(fromExcelJs: string, relink: Relink): string {
  return fromExcelJs.replace(RELINK_RE, (xml: string, s?: string, v?: string) => {
    if (s !== undefined) return ` s="${relink.style(s)}"`;
    if (v !== undefined) return ` t="s"><v>${relink.sharedString(Number(v))}</v>`;
    return xml.startsWith("<row") ? relinkRowTag(xml, relink) : "";
  });
}

/** A shared formula whose first cell was overwritten: the other cells of the group get their own formula. */
interface BrokenGroup {
  master: string;
  formula: string;
  top: number;
  bottom: number;
}

function brokenGroup(orig: string): [si: string, group: BrokenGroup] | undefined {
  const f = /<f\b([^>]*)>([\s\S]*?)<\/f>/.exec(orig);
  if (!f || attr(`<f${f[1]}>`, "t") !== "shared") return undefined;
  const ref = attr(`<f${f[1]}>`, "ref");
  const si = attr(`<f${f[1]}>`, "si");
  if (!ref || si === undefined) return undefined;
  const rows = ref.match(/\d+/g)!.map(Number);
  const master = attr(splitCell(orig).tag, "r")!;
  return [si, { master, formula: unescapeXml(f[2]), top: minOf(rows), bottom: maxOf(rows) }];
}

function ownFormula(xml: string, ref: string, broken: Map<string, BrokenGroup>): string {
  const f = /<f\b[^>]*?\/>|<f\b[^>]*>[\s\S]*?<\/f>/.exec(xml);
  if (!f) return xml;
  const tag = f[0].slice(0, f[0].indexOf(">") + 1);
  const group = attr(tag, "t") === "shared" ? broken.get(attr(tag, "si") ?? "") : undefined;
  if (!group) return xml;
  const formula = `<f>${escapeText(slideFormula(group.formula, group.master, ref))}</f>`;
  return xml.slice(0, f.index) + formula + xml.slice(f.index + f[0].length);
}

/**
 * The sheetData of a changed sheet: rows with no changed cell are copied as they
 * were; in the others, the changed cells get their value from ExcelJS's output or
 * from the file, and their format from ExcelJS's output (mapped) or the file,
 * according to what changed; every other cell is copied as it was.
 */
export function patchSheetData(original: string, fromExcelJs: string, plan: DataPlan): string {
  const origRows = rowsOf(original);
  const origByRow = new Map(origRows.map((r) => [r.r, r]));
  const outRows = new Map(rowsOf(fromExcelJs).map((r) => [r.r, r]));

  const parsed = new Map<number, Map<number, string>>();
  const origCells = (r: number) => {
    let cells = parsed.get(r);
    if (!cells) parsed.set(r, (cells = origByRow.has(r) ? cellsOf(origByRow.get(r)!) : new Map()));
    return cells;
  };

  const broken = new Map<string, BrokenGroup>();
  for (const [r, changes] of plan.cells) {
    for (const [c, change] of changes) {
      const orig = change.value ? origCells(r).get(c) : undefined;
      const group = orig?.includes("shared") ? brokenGroup(orig) : undefined;
      if (group) broken.set(...group);
    }
  }
  const fixRows = new Set<number>();
  for (const g of broken.values()) for (const row of origRows) if (row.r >= g.top && row.r <= g.bottom) fixRows.add(row.r);

  const edited = new Map<number, string>();
  for (const r of new Set([...plan.cells.keys(), ...plan.heights, ...fixRows])) {
    const cells = new Map(origCells(r));
    const outCells = outRows.has(r) ? cellsOf(outRows.get(r)!) : new Map<number, string>();
    if (broken.size) for (const [c, xml] of cells) cells.set(c, ownFormula(xml, a1(r, c), broken));
    for (const [c, change] of plan.cells.get(r) ?? []) {
      const cell = mergeCell(a1(r, c), cells.get(c), outCells.get(c), change, plan.relink);
      if (cell) cells.set(c, cell);
      else cells.delete(c);
    }
    let tag = origByRow.has(r) ? setAttr(rowTag(origByRow.get(r)!.xml), "spans", undefined) : `<row r="${r}">`;
    if (plan.heights.has(r)) {
      const outTag = outRows.has(r) ? rowTag(outRows.get(r)!.xml) : "<row>";
      tag = setAttr(setAttr(tag, "ht", attr(outTag, "ht")), "customHeight", attr(outTag, "customHeight"));
    }
    // A row left with no cell and nothing of its own (height, format, outline) goes.
    if (!cells.size && !/\s(?!r=|spans=|x14ac:dyDescent=)[\w:]+=/.test(tag)) edited.set(r, "");
    else edited.set(r, rowXml(tag, cells));
  }

  if (!edited.size) return original;
  const rows = new Map<number, string>(origRows.map((row) => [row.r, row.xml]));
  for (const [r, xml] of edited) rows.set(r, xml);
  return [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const xml = rows.get(r)!;
      if (!xml) return "";
      // A row that had no r is given one: rows may now be inserted before it.
      return attr(rowTag(xml), "r") === undefined ? setAttr(rowTag(xml), "r", String(r)) + xml.slice(rowTag(xml).length) : xml;
    })
    .join("");
}

function mergeCell(ref: string, orig: string | undefined, out: string | undefined, change: CellChange, relink: Relink): string | undefined {
  const o = orig === undefined ? undefined : splitCell(orig);
  const n = out === undefined ? undefined : splitCell(out);
  const s = change.style ? relink.style(n && attr(n.tag, "s")) : o && attr(o.tag, "s");
  if (change.value) return cellXml(ref, s, n && attr(n.tag, "t"), n?.body ?? "", "", relink);
  let extra = "";
  for (const name of ["cm", "vm", "ph"]) {
    const v = o && attr(o.tag, name);
    if (v !== undefined) extra += ` ${name}="${escapeAttr(v)}"`;
  }
  // The file's own value, as it was (its shared string is the file's own already).
  const t = o && attr(o.tag, "t");
  const body = o?.body ?? "";
  if (s === undefined && t === undefined && !body && !extra) return undefined;
  return `<c r="${ref}"${s === undefined ? "" : ` s="${escapeAttr(s)}"`}${t === undefined ? "" : ` t="${escapeAttr(t)}"`}${extra}${body ? `>${body}</c>` : "/>"}`;
}
