import { EventEmitter } from "events";
import { PassThrough } from "stream";
import type ExcelJS from "exceljs";
import { Package } from "./zip";
import { parseRels, relsPath, type Rel } from "./rels";
import { childrenOf, inner, root } from "./xml";
import { columnLetter } from "../../workbook/address";

type InnerCell = ExcelJS.Cell & { _value: { model?: { sharedFormula?: string } } };
type InnerRow = ExcelJS.Row & { _cells: (InnerCell | undefined)[] };
type InnerSheet = { _rows: (InnerRow | undefined)[] };

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

/** The parts ExcelJS wrote, to read. */
export interface RenderedParts {
  text(name: string): Promise<string>;
  textOrUndefined(name: string | undefined): Promise<string | undefined>;
  bytes(name: string): Promise<Uint8Array>;
}

/**
 * Takes the parts ExcelJS writes as they are, in place of its zip writer: no zip
 * to build (its checksums, its copy) and read back. ExcelJS makes its writer with
 * `new ZipWriter(options.zip)`; given a Collector there, it gets that Collector.
 */
class Collector extends EventEmitter implements RenderedParts {
  private readonly parts = new Map<string, string | Uint8Array>();

  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    this.parts.set(options.name, options.base64 && typeof data === "string" ? Buffer.from(data, "base64") : data);
  }

  pipe(): void {}

  async finalize(): Promise<void> {
    this.emit("finish");
  }

  private part(name: string): string | Uint8Array | undefined {
    if (this.parts.has(name)) return this.parts.get(name);
    const lower = name.toLowerCase();
    for (const [n, data] of this.parts) if (n.toLowerCase() === lower) return data;
    return undefined;
  }

  async text(name: string): Promise<string> {
    const data = this.part(name);
    if (data === undefined) throw new Error(`no part ${name}`);
    return typeof data === "string" ? data : Buffer.from(data).toString("utf8");
  }

  async textOrUndefined(name: string | undefined): Promise<string | undefined> {
    return name === undefined || this.part(name) === undefined ? undefined : this.text(name);
  }

  async bytes(name: string): Promise<Uint8Array> {
    const data = this.part(name);
    if (data === undefined) throw new Error(`no part ${name}`);
    return typeof data === "string" ? new Uint8Array(Buffer.from(data, "utf8")) : data;
  }
}

type ZipWriterClass = new (options: unknown) => unknown;

/** ExcelJS's zip writer made to hand back a Collector it is given; false if ExcelJS is not as this was written for. */
let collecting: boolean | undefined;
function collectParts(): boolean {
  if (collecting !== undefined) return collecting;
  try {
    const zipStream = require("exceljs/lib/utils/zip-stream") as { ZipWriter?: ZipWriterClass };
    const Original = zipStream.ZipWriter;
    if (typeof Original !== "function") return (collecting = false);
    const ZipWriter = function (this: unknown, options: unknown) {
      return options instanceof Collector ? options : new Original(options);
    } as unknown as ZipWriterClass;
    ZipWriter.prototype = Original.prototype;
    zipStream.ZipWriter = ZipWriter;
    return (collecting = true);
  } catch {
    return (collecting = false);
  }
}

export interface RenderedSheet {
  path: string;
  xml: string;
  rels: Rel[];
  /** The sheet's <dimension> when only some of its rows were rendered (ExcelJS's own would cover those alone). */
  dimension?: string;
}

/**
 * The sheet's used range as ExcelJS writes it in <dimension> (Worksheet.model):
 * from the first to the last cell of every row that has a cell or a height.
 */
function dimensionOf(ws: ExcelJS.Worksheet): string | undefined {
  let top = 0;
  let left = 0;
  let bottom = 0;
  let right = 0;
  (ws as unknown as InnerSheet)._rows.forEach((row, i) => {
    if (!row) return;
    let min = 0;
    let max = 0;
    row._cells.forEach((cell, j) => {
      if (!cell) return;
      if (!min) min = j + 1;
      max = j + 1;
    });
    if (!max && !row.height) return;
    const r = i + 1;
    if (!top || r < top) top = r;
    if (!left || min < left) left = min;
    if (!bottom || r > bottom) bottom = r;
    if (!right || max > right) right = max;
  });
  return top && left && right ? `<dimension ref="${columnLetter(left)}${top}:${columnLetter(right)}${bottom}"/>` : undefined;
}

/**
 * Shows ExcelJS only some rows of a sheet (and the rows of the shared formulas
 * their cells follow, which ExcelJS needs to write them). Returns the undo.
 */
function showRows(ws: ExcelJS.Worksheet, rows: ReadonlySet<number>): () => void {
  const inner = ws as unknown as InnerSheet;
  const all = inner._rows;
  const some: (InnerRow | undefined)[] = [];
  const show = (r: number) => {
    if (some[r - 1] || !all[r - 1]) return;
    const row = all[r - 1]!;
    some[r - 1] = row;
    row._cells.forEach((cell) => {
      const master = cell?._value.model?.sharedFormula;
      if (master) show(Number(/\d+$/.exec(master)?.[0]));
    });
  };
  for (const r of rows) show(r);
  inner._rows = some;
  return () => (inner._rows = all);
}

/**
 * ExcelJS's rendering of some sheets of the workbook: the XML the changed and new
 * sheets are taken from, with ExcelJS's styles and shared strings they refer to.
 * Only those sheets are rendered: ExcelJS is shown a workbook holding them alone.
 */
export class ExcelJsOutput {
  private constructor(
    readonly pkg: RenderedParts,
    private readonly dimensions: ReadonlyMap<ExcelJS.Worksheet, string | undefined>,
  ) {}

  /**
   * `opened`: the sheets that were in the file; their tables, validations and the
   * like are never taken from ExcelJS. `rows`: of some sheets, the only rows taken
   * from ExcelJS (those with a changed cell or height): only they are rendered.
   */
  static async render(
    wb: ExcelJS.Workbook,
    sheets: readonly ExcelJS.Worksheet[],
    opened: ReadonlySet<ExcelJS.Worksheet>,
    rows: ReadonlyMap<ExcelJS.Worksheet, ReadonlySet<number>> = new Map(),
  ): Promise<ExcelJsOutput> {
    const inner = wb as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] };
    const all = inner._worksheets;
    const only: (ExcelJS.Worksheet | undefined)[] = [];
    for (const ws of sheets) only[ws.id] = ws;
    const dimensions = new Map<ExcelJS.Worksheet, string | undefined>();
    const restore = sheets.filter((ws) => opened.has(ws)).map(hideKeptParts);
    for (const [ws, shown] of rows) {
      dimensions.set(ws, dimensionOf(ws));
      restore.push(showRows(ws, shown));
    }
    inner._worksheets = only;
    let parts: RenderedParts;
    try {
      if (collectParts()) {
        const collector = new Collector();
        await wb.xlsx.write(new PassThrough(), { zip: collector } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
        parts = collector;
      } else {
        // Stored, not deflated: the zip is only read back here.
        const bytes = (await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } })) as ArrayBuffer;
        parts = await Package.load(new Uint8Array(bytes));
      }
    } finally {
      inner._worksheets = all;
      restore.forEach((undo) => undo());
    }
    return new ExcelJsOutput(parts, dimensions);
  }

  async sheet(ws: ExcelJS.Worksheet): Promise<RenderedSheet> {
    const path = `xl/worksheets/sheet${ws.id}.xml`;
    const rels = relsPath(path);
    const dimension = this.dimensions.get(ws);
    return {
      path,
      xml: await this.pkg.text(path),
      rels: parseRels(path, await this.pkg.textOrUndefined(rels)),
      ...(dimension && { dimension }),
    };
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
