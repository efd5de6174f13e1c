import type ExcelJS from "exceljs";
import { CONTENT_TYPE, PackageEdit } from "./edit";
import { ExcelJsOutput } from "./excelJsOutput";
import { patchChangedSheet } from "./changedSheet";
import { addNewSheet } from "./newSheet";
import { REL_TYPE, addRel, freeRelId, isRel, parseRels, relsPath, removeRels } from "./rels";
import { StyleMapper } from "./styles";
import { SharedStrings } from "./sharedStrings";
import { keyRow, type OpenedSheets, type SheetChanges } from "./changes";
import { reachableParts, removeUnreachable } from "./unreachable";
import { editWorkbook, readSheetEntries, type SheetEntry } from "./workbookXml";
import { PackageUnsupported } from "./xml";
import { Package } from "./zip";
import type { Relink } from "./cellXml";
import { wholeRewrite } from "./wholeRewrite";

/** The file as it was opened: its bytes, and the sheets ExcelJS read from it, with their name and state then and their contents. */
export interface OpenedFile {
  bytes: Uint8Array;
  sheets: Map<ExcelJS.Worksheet, { name: string; state: string }>;
  contents: OpenedSheets;
}

export interface BuiltPackage {
  bytes: Uint8Array;
  /** What the new file leaves out of the opened one; empty when everything was kept. */
  lost: string[];
}

/**
 * The .xlsx to save: the opened file with only what changed rewritten (see
 * patchPackage). If the package cannot be edited that way (a part it cannot read),
 * ExcelJS's whole output, with `lost` saying what that leaves out: a save in place
 * is then refused. ExcelJS failing to write is an error, as it was.
 */
export async function buildPackage(wb: ExcelJS.Workbook, opened: OpenedFile): Promise<BuiltPackage> {
  try {
    return await patchPackage(wb, opened);
  } catch (e) {
    // ExcelJS failing to write the sheets would fail the same way writing them all.
    if (e instanceof ExcelJsFailed) throw e.error;
    return wholeRewrite(wb, opened.bytes, e);
  }
}

function changedRows(c: SheetChanges): Set<number> {
  const rows = new Set(c.rows);
  for (const keys of [c.values, c.styles, c.notes]) for (const key of keys) rows.add(keyRow(key));
  return rows;
}

class ExcelJsFailed extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Starts from the opened package and replaces only what changed: the changed
 * sheets' XML (only their changed cells and elements), the new sheets (from
 * ExcelJS), the removed ones (with the parts only they used), workbook.xml's sheet
 * list and print names, styles.xml (formats appended, never renumbered), the
 * relationships and content types of those. Every other part is copied as it was.
 */
async function patchPackage(wb: ExcelJS.Workbook, opened: OpenedFile): Promise<BuiltPackage> {
  const current = new Set(wb.worksheets);
  const kept = [...opened.sheets.keys()].filter((ws) => current.has(ws));
  const removed = [...opened.sheets].filter(([ws]) => !current.has(ws)).map(([, o]) => o.name);
  const added = wb.worksheets.filter((ws) => !opened.sheets.has(ws));
  const changes = new Map<ExcelJS.Worksheet, SheetChanges>();
  for (const ws of kept) {
    const c = opened.contents.changes(ws);
    if (c) changes.set(ws, c);
  }
  const restated = kept.filter((ws) => (ws.state ?? "visible") !== opened.sheets.get(ws)!.state);
  if (!removed.length && !added.length && !changes.size && !restated.length) return { bytes: opened.bytes, lost: [] };

  const pkg = await Package.load(opened.bytes);
  const before = await reachableParts(pkg);
  const edit = new PackageEdit(pkg, await pkg.text("[Content_Types].xml"));
  const wbPath = parseRels("", await pkg.textOrUndefined("_rels/.rels")).find((r) => isRel(r, "officeDocument"))?.target;
  if (!wbPath || !pkg.has(wbPath)) throw new PackageUnsupported("no workbook part");
  let wbXml = await pkg.text(wbPath);
  let wbRelsXml = await pkg.text(relsPath(wbPath));
  const wbRels = parseRels(wbPath, wbRelsXml);
  const entries = readSheetEntries(wbXml);
  const entry = (name: string): SheetEntry => {
    const e = entries.find((x) => x.name === name);
    if (!e) throw new PackageUnsupported(`sheet "${name}" not in workbook.xml`);
    return e;
  };
  const pathOf = (name: string): string => {
    const rel = wbRels.find((r) => r.id === entry(name).rId);
    if (!rel || !isRel(rel, "worksheet") || !pkg.has(rel.target)) throw new PackageUnsupported(`sheet "${name}" has no worksheet part`);
    return rel.target;
  };
  const stylesPath = wbRels.find((r) => isRel(r, "styles"))?.target;
  if (!stylesPath || !pkg.has(stylesPath)) throw new PackageUnsupported("no styles part");

  const rewritten = [...changes.keys()];
  // Of a changed sheet, ExcelJS renders only the rows taken from it: those of the changed cells, heights and notes.
  const rows = new Map([...changes].map(([ws, c]) => [ws, changedRows(c)]));
  const out = await ExcelJsOutput.render(wb, [...rewritten, ...added], new Set(opened.sheets.keys()), rows).catch((e: unknown) => {
    throw new ExcelJsFailed(e);
  });
  const styles = new StyleMapper(await pkg.text(stylesPath), await out.styles());
  const stringsRel = wbRels.find((r) => isRel(r, "sharedStrings") && pkg.has(r.target));
  const strings = new SharedStrings(stringsRel && (await pkg.text(stringsRel.target)), await out.sharedStrings());
  const relink: Relink = {
    style: (s) => (s === undefined ? undefined : String(styles.map(Number(s)))),
    sharedString: (i) => strings.map(i),
  };

  const lost: string[] = [];
  for (const ws of rewritten) {
    const name = opened.sheets.get(ws)!.name;
    lost.push(...(await patchChangedSheet(edit, out, { name, path: pathOf(name), ws, changes: changes.get(ws)! }, relink)));
  }

  const rels = [...wbRels];
  const addedEntries: SheetEntry[] = [];
  let sheetId = Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
  const taken = new Set(entries.filter((e) => !removed.includes(e.name)).map((e) => e.name.toLowerCase()));
  for (const ws of added) {
    // A chart sheet ExcelJS does not read may have the name: two sheets cannot share it.
    if (taken.has(ws.name.toLowerCase())) throw new PackageUnsupported(`a sheet named "${ws.name}" is already in the file`);
    const path = await addNewSheet(edit, out, ws, relink);
    const rel = { id: freeRelId(rels), type: REL_TYPE.worksheet, target: path, external: false };
    rels.push(rel);
    wbRelsXml = addRel(wbRelsXml, wbPath, rel);
    addedEntries.push({ name: ws.name, sheetId: sheetId++, rId: rel.id, state: ws.state ?? "visible" });
  }

  // Written last: every changed and new sheet has added its strings.
  if (strings.changed && stringsRel) pkg.setText(stringsRel.target, strings.result());
  else if (strings.changed) {
    const path = edit.freeName((n) => `xl/sharedStrings${n === 1 ? "" : n}.xml`);
    edit.addPart(path, strings.result(), CONTENT_TYPE.sharedStrings);
    const rel = { id: freeRelId(rels), type: REL_TYPE.sharedStrings, target: path, external: false };
    rels.push(rel);
    wbRelsXml = addRel(wbRelsXml, wbPath, rel);
  }

  // The calc chain lists formula cells by sheet; Excel rebuilds it, and a stale one makes it repair the file.
  const dropRels = new Set(removed.map((name) => entry(name).rId));
  for (const r of wbRels) if (isRel(r, "calcChain")) dropRels.add(r.id);
  if (dropRels.size) wbRelsXml = removeRels(wbRelsXml, dropRels);

  const printNames = new Map<string, { area?: string; titlesRow?: string; titlesColumn?: string }>();
  for (const ws of [...rewritten.filter((w) => changes.get(w)!.pageSetup), ...added]) {
    const p = ws.pageSetup ?? {};
    if (p.printArea || p.printTitlesRow || p.printTitlesColumn || !added.includes(ws))
      printNames.set(ws.name, { area: p.printArea, titlesRow: p.printTitlesRow, titlesColumn: p.printTitlesColumn });
  }
  wbXml = editWorkbook(wbXml, {
    removed: new Set(removed),
    states: new Map(kept.map((ws) => [opened.sheets.get(ws)!.name, ws.state ?? "visible"])),
    added: addedEntries,
    printNames,
    fullCalc: true,
  });
  pkg.setText(wbPath, wbXml);
  pkg.setText(relsPath(wbPath), wbRelsXml);
  if (styles.changed) pkg.setText(stylesPath, styles.result());
  await removeUnreachable(edit, before);
  pkg.setText("[Content_Types].xml", edit.contentTypes);
  return { bytes: await pkg.toBytes(), lost };
}
