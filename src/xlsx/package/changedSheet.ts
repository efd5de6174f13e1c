import type ExcelJS from "exceljs";
import type { PackageEdit } from "./edit";
import type { ExcelJsOutput } from "./excelJsOutput";
import { relinkCols, type Relink } from "./cellXml";
import { patchNotes } from "./notes";
import { overwrittenParts } from "./overwrittenParts";
import { isRel, parseRels, relsPath } from "./rels";
import { patchSheetData, type CellChange } from "./sheetData";
import { SheetXml } from "./sheetXml";
import { keyCol, keyRow, type SheetChanges } from "./changes";
import { attr, setAttr } from "./xml";

/** The cells whose value or format changed, by row and column. */
function changedCells(changes: SheetChanges): Map<number, Map<number, CellChange>> {
  const cells = new Map<number, Map<number, CellChange>>();
  const at = (key: number) => {
    const r = keyRow(key);
    let row = cells.get(r);
    if (!row) cells.set(r, (row = new Map()));
    let change = row.get(keyCol(key));
    if (!change) row.set(keyCol(key), (change = { value: false, style: false }));
    return change;
  };
  for (const key of changes.values) at(key).value = true;
  for (const key of changes.styles) at(key).style = true;
  return cells;
}

/** sheetPr with its fit-to-page flag set as ExcelJS has it; tab colour, code name and the rest stay. */
function withFitToPage(sheetPr: string | undefined, fromExcelJs: string | undefined): string | undefined {
  const fit = fromExcelJs && /<pageSetUpPr\b[^>]*>/.exec(fromExcelJs)?.[0];
  const value = fit ? attr(fit, "fitToPage") : undefined;
  if (value === undefined) return sheetPr;
  if (!sheetPr) return `<sheetPr><pageSetUpPr fitToPage="${value}"/></sheetPr>`;
  const own = /<pageSetUpPr\b[^>]*>/.exec(sheetPr);
  if (own) return sheetPr.replace(own[0], setAttr(own[0], "fitToPage", value));
  if (sheetPr.endsWith("/>")) return `${sheetPr.slice(0, -2).trimEnd()}><pageSetUpPr fitToPage="${value}"/></sheetPr>`;
  return sheetPr.replace(/<\/sheetPr>$/, `<pageSetUpPr fitToPage="${value}"/></sheetPr>`);
}

export interface ChangedSheet {
  name: string;
  path: string;
  ws: ExcelJS.Worksheet;
  changes: SheetChanges;
}

/**
 * Rewrites, in a sheet that was in the file, only what changed: its changed cells
 * and rows, and its merges, column widths, view, page setup and notes when those
 * changed. Every other element (drawings and charts, tables, conditional formats,
 * data validations, protection, extensions) and every other cell stays byte for
 * byte. Returns what could not be kept.
 */
export async function patchChangedSheet(edit: PackageEdit, out: ExcelJsOutput, s: ChangedSheet, relink: Relink): Promise<string[]> {
  const { pkg } = edit;
  const { changes } = s;
  const sheet = new SheetXml(await pkg.text(s.path));
  const relsBefore = await pkg.textOrUndefined(relsPath(s.path));
  const rels = parseRels(s.path, relsBefore);
  let relsXml = relsBefore;
  const rendered = await out.sheet(s.ws);
  const from = new SheetXml(rendered.xml);

  const cells = changedCells(changes);
  if (cells.size || changes.rows.size) {
    const data = patchSheetData(sheet.inner("sheetData") ?? "", from.inner("sheetData") ?? "", { cells, heights: changes.rows, relink });
    sheet.set("sheetData", `<sheetData>${data}</sheetData>`);
    const dimension = rendered.dimension ?? from.get("dimension");
    if (dimension) sheet.set("dimension", dimension);
  }
  if (changes.merges) sheet.set("mergeCells", from.get("mergeCells") ?? null);
  if (changes.views) sheet.set("sheetViews", from.get("sheetViews") ?? null);
  if (changes.columns) sheet.set("cols", from.get("cols") ? relinkCols(from.get("cols")!, relink) : null);
  if (changes.pageSetup) {
    sheet.set("printOptions", from.get("printOptions") ?? null);
    sheet.set("pageMargins", from.get("pageMargins") ?? null);
    const own = sheet.get("pageSetup");
    const printer = own && attr(own, "r:id"); // the printer settings part stays linked
    const setup = from.get("pageSetup");
    sheet.set("pageSetup", setup ? (printer ? setAttr(setup, "r:id", printer) : setup) : null);
    const sheetPr = withFitToPage(sheet.get("sheetPr"), from.get("sheetPr"));
    if (sheetPr) sheet.set("sheetPr", sheetPr);
  }

  const lost: string[] = [];
  if (changes.notes.size) {
    const commentsRel = rendered.rels.find((r) => isRel(r, "comments"));
    const vmlRel = rendered.rels.find((r) => isRel(r, "vmlDrawing"));
    const notes = await patchNotes(edit, {
      sheetName: s.name,
      path: s.path,
      sheet,
      rels,
      relsXml,
      keys: changes.notes,
      fromComments: commentsRel && (await out.pkg.textOrUndefined(commentsRel.target)),
      fromVml: vmlRel && (await out.pkg.textOrUndefined(vmlRel.target)),
    });
    relsXml = notes.relsXml;
    lost.push(...notes.lost);
  }

  const written = (row: number, col: number) => cells.get(row)?.get(col)?.value === true;
  const overwritten = await overwrittenParts(pkg, { sheetName: s.name, path: s.path, sheet, rels, relsXml, ws: s.ws, written });
  relsXml = overwritten.relsXml;
  lost.push(...overwritten.lost);

  const xml = sheet.toString();
  if (xml !== sheet.xml) pkg.setText(s.path, xml);
  if (relsXml !== undefined && relsXml !== relsBefore) pkg.setText(relsPath(s.path), relsXml);
  return lost;
}
