import type ExcelJS from "exceljs";
import { Package } from "./zip";
import { parseRels, relsPath, type Rel } from "./rels";
import { childrenOf, inner, root } from "./xml";

/** What ExcelJS's worksheet model holds that is kept from the file instead, emptied for the rendering. */
const KEPT_PARTS = ["tables", "_media", "conditionalFormattings", "dataValidations", "autoFilter", "sheetProtection"] as const;
const EMPTY: Record<(typeof KEPT_PARTS)[number], () => unknown> = {
  tables: () => ({}),
  _media: () => [],
  conditionalFormattings: () => [],
  dataValidations: () => ({ model: {} }),
  autoFilter: () => undefined,
  sheetProtection: () => undefined,
};

/**
 * Hides, while ExcelJS renders an opened sheet, the parts the file's own XML keeps:
 * rendering them is wasted work, and ExcelJS fails on some it read (a table
 * LibreOffice wrote without a style). Returns the undo.
 */
function hideKeptParts(ws: ExcelJS.Worksheet): () => void {
  const fields = ws as unknown as Record<string, unknown>;
  const saved = KEPT_PARTS.map((k) => [k, fields[k]] as const);
  for (const k of KEPT_PARTS) fields[k] = EMPTY[k]();
  return () => saved.forEach(([k, v]) => (fields[k] = v));
}

export interface RenderedSheet {
  path: string;
  xml: string;
  rels: Rel[];
}

/**
 * ExcelJS's rendering of some sheets of the workbook: the XML the changed and new
 * sheets are taken from, with ExcelJS's styles and shared strings they refer to.
 * Only those sheets are rendered: ExcelJS is shown a workbook holding them alone.
 */
export class ExcelJsOutput {
  private constructor(readonly pkg: Package) {}

  /** `opened`: the sheets that were in the file; their tables, validations and the like are never taken from ExcelJS. */
  static async render(
    wb: ExcelJS.Workbook,
    sheets: readonly ExcelJS.Worksheet[],
    opened: ReadonlySet<ExcelJS.Worksheet>,
  ): Promise<ExcelJsOutput> {
    const inner = wb as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] };
    const all = inner._worksheets;
    const only: (ExcelJS.Worksheet | undefined)[] = [];
    for (const ws of sheets) only[ws.id] = ws;
    const restore = sheets.filter((ws) => opened.has(ws)).map(hideKeptParts);
    inner._worksheets = only;
    let bytes: ArrayBuffer;
    try {
      // Stored, not deflated: the zip is only read back here.
      bytes = (await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } })) as ArrayBuffer;
    } finally {
      inner._worksheets = all;
      restore.forEach((undo) => undo());
    }
    return new ExcelJsOutput(await Package.load(new Uint8Array(bytes)));
  }

  async sheet(ws: ExcelJS.Worksheet): Promise<RenderedSheet> {
    const path = `xl/worksheets/sheet${ws.id}.xml`;
    const rels = relsPath(path);
    return { path, xml: await this.pkg.text(path), rels: parseRels(path, await this.pkg.textOrUndefined(rels)) };
  }

  styles(): Promise<string> {
    return this.pkg.text("xl/styles.xml");
  }

  /** The inside of each <si> of ExcelJS's shared strings, by index. */
  async sharedStrings(): Promise<string[]> {
    const xml = await this.pkg.textOrUndefined("xl/sharedStrings.xml");
    if (!xml) return [];
    return childrenOf(xml, root(xml)).map((si) => xml.slice(...inner(si)));
  }
}
