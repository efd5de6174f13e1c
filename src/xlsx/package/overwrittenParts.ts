import type ExcelJS from "exceljs";
import { a1, parseRange } from "../../workbook/address";
import type { Package } from "./zip";
import { isRel, removeRels, type Rel } from "./rels";
import type { SheetXml } from "./sheetXml";
import { attr, childrenOf, root, startTag } from "./xml";

/** Text as a cell or a table column name holds it, with OOXML's _xHHHH_ escapes read. */
const decoded = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.findCell(row, col)?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return decoded(v.richText.map((r) => r.text).join(""));
  if (typeof v === "object" && "result" in v) return v.result === undefined || v.result === null ? "" : String(v.result);
  return decoded(String(v));
}

export interface OverwriteInput {
  sheetName: string;
  path: string;
  sheet: SheetXml;
  rels: Rel[];
  relsXml: string | undefined;
  ws: ExcelJS.Worksheet;
  /** Whether the command wrote the value of a cell. */
  written(row: number, col: number): boolean;
}

/**
 * Parts of a changed sheet that the command's cells would make invalid, so they
 * cannot be kept: a table whose header cell now differs from its column's name
 * (Excel would repair the file) and a pivot table whose cells were written. They
 * are left out of the file and named.
 */
export async function overwrittenParts(pkg: Package, input: OverwriteInput): Promise<{ relsXml: string | undefined; lost: string[] }> {
  const lost: string[] = [];
  const drop = new Set<string>();
  for (const rel of input.rels) {
    if (rel.external || !pkg.has(rel.target)) continue;
    if (isRel(rel, "table")) {
      const xml = await pkg.text(rel.target);
      const tag = startTag(xml, root(xml));
      const name = attr(tag, "displayName") ?? attr(tag, "name") ?? rel.target;
      if (attr(tag, "headerRowCount") === "0") continue;
      const box = parseRange(attr(tag, "ref") ?? "A1");
      const columns = childrenOf(xml, root(xml)).find((el) => el.local === "tableColumns");
      const names = columns ? childrenOf(xml, columns).map((c) => decoded(attr(startTag(xml, c), "name") ?? "")) : [];
      const changed = names.findIndex((n, j) => input.written(box.top, box.left + j) && cellText(input.ws, box.top, box.left + j) !== n);
      if (changed < 0) continue;
      const at = a1(box.top, box.left + changed);
      lost.push(
        `bảng "${name}" ở sheet "${input.sheetName}" (ô tiêu đề ${at} bị ghi đè) / table "${name}" on sheet "${input.sheetName}" (its header cell ${at} is overwritten)`,
      );
      drop.add(rel.id);
    } else if (isRel(rel, "pivotTable")) {
      const xml = await pkg.text(rel.target);
      const location = childrenOf(xml, root(xml)).find((el) => el.local === "location");
      const ref = location && attr(startTag(xml, location), "ref");
      const name = attr(startTag(xml, root(xml)), "name") ?? rel.target;
      if (!ref) continue;
      const box = parseRange(ref);
      let hit: string | undefined;
      for (let r = box.top; r <= box.bottom && !hit; r++)
        for (let c = box.left; c <= box.right && !hit; c++) if (input.written(r, c)) hit = a1(r, c);
      if (!hit) continue;
      lost.push(
        `bảng tổng hợp (pivot table) "${name}" ở sheet "${input.sheetName}" (ô ${hit} bị ghi đè) / pivot table "${name}" on sheet "${input.sheetName}" (cell ${hit} is overwritten)`,
      );
      drop.add(rel.id);
    }
  }
  if (!drop.size) return { relsXml: input.relsXml, lost };
  const parts = input.sheet.get("tableParts");
  if (parts) {
    const keep = [...parts.matchAll(/<tablePart\b[^>]*\/>/g)].map((m) => m[0]).filter((t) => !drop.has(attr(t, "r:id") ?? ""));
    input.sheet.set("tableParts", keep.length ? `<tableParts count="${keep.length}">${keep.join("")}</tableParts>` : null);
  }
  return { relsXml: input.relsXml && removeRels(input.relsXml, drop), lost };
}
