import { CONTENT_TYPE, type PackageEdit } from "./edit";
import type { ExcelJsOutput } from "./excelJsOutput";
import { addRel, relsPath } from "./rels";
import { contentTypeOf } from "./contentTypes";
import { relinkCols, type Relink } from "./cellXml";
import { relinkSheetData } from "./sheetData";
import { SheetXml } from "./sheetXml";
import type ExcelJS from "exceljs";

/**
 * Adds a sheet the command created, as ExcelJS wrote it, to the package under a
 * free name: its cells in the workbook's styles and shared strings, and the parts
 * it points to (notes) copied beside it. Returns its part name.
 */
export async function addNewSheet(edit: PackageEdit, out: ExcelJsOutput, ws: ExcelJS.Worksheet, relink: Relink): Promise<string> {
  const rendered = await out.sheet(ws);
  const sheet = new SheetXml(rendered.xml);
  sheet.set("sheetData", `<sheetData>${relinkSheetData(sheet.inner("sheetData") ?? "", relink)}</sheetData>`);
  const cols = sheet.get("cols");
  if (cols) sheet.set("cols", relinkCols(cols, relink));
  const path = edit.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  edit.addPart(path, sheet.toString(), CONTENT_TYPE.worksheet);

  const outTypes = await out.pkg.text("[Content_Types].xml");
  let relsXml: string | undefined;
  for (const rel of rendered.rels) {
    let target = rel.target;
    if (!rel.external) {
      const dot = rel.target.lastIndexOf(".");
      const stem = rel.target.slice(0, dot).replace(/\d+$/, "");
      const ext = rel.target.slice(dot);
      target = edit.freeName((n) => `${stem}${n}${ext}`);
      const type = contentTypeOf(outTypes, rel.target);
      if (!type) throw new Error(`no content type for ${rel.target}`);
      edit.addPart(target, await out.pkg.bytes(rel.target), type);
    }
    relsXml = addRel(relsXml, path, { ...rel, target });
  }
  if (relsXml) edit.pkg.setText(relsPath(path), relsXml);
  return path;
}
