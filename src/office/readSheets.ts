import type { SheetSnapshot } from "../workbook/port";
import { a1, rangeA1 } from "../workbook/address";
import type { XlContext, XlNote, XlNoteCollection, XlRange, XlRangeAreas, XlWorksheet } from "./excelApi";
import { officeErrorCode, toReadError } from "./errors";
import { gridToSnapshot, mergedAreas, type LoadedGrid } from "./readCells";

/**
 * Reading sheets over Office.js: one sync loads, for every sheet asked, its
 * used range (values only) with values, formulas, number formats, value types,
 * whether its rows are hidden and whether its cells share one fill, plus its
 * merged areas (ExcelApi 1.13) and its notes (1.18). A second sync, for all
 * sheets at once, runs only where the first could not tell: which rows are
 * hidden when some are, each cell's fill when the fills differ (1.9), which
 * cell each note is on. Neither depends on the number of rows; a sheet too big
 * for one response of Excel on the web (5 MB) is read in row slices instead.
 */

const GRID = "values,formulas,numberFormat,valueTypes";
const SHAPE = "rowIndex,columnIndex,rowCount,columnCount,rowHidden";
/** Cells a slice starts with when a range is too big for one response (halved on refusal). */
const SLICE_CELLS = 60_000;
/** Excel's colour for "no fill". */
const NO_FILL = "#FFFFFF";

interface Probe {
  sheet: XlWorksheet;
  used: XlRange;
  merges?: XlRangeAreas;
  notes?: XlNoteCollection;
}

type Grid = LoadedGrid & { rowIndex: number; columnIndex: number };

export interface ReadOptions {
  supports(version: string): boolean;
}

const tooBig = (error: unknown) => officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";

function probe(ctx: XlContext, name: string, withGrid: boolean, options: ReadOptions): Probe {
  const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name,visibility");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-empty-load -- the property list is computed, not empty
  used.load(withGrid ? `${SHAPE},${GRID}` : SHAPE);
  used.format.fill.load("color");
  let merges: XlRangeAreas | undefined;
  if (options.supports("1.13")) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load("address");
  }
  let notes: XlNoteCollection | undefined;
  if (options.supports("1.18")) {
    // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation property, not a read
    notes = sheet.notes;
    notes.load("items/content");
  }
  return { sheet, used, merges, notes };
}

async function sync(ctx: XlContext): Promise<void> {
  try {
    await ctx.sync();
  } catch (error) {
    throw toReadError(error);
  }
}

/**
 * Loads a range's rows in slices, one sync each, halving a slice Excel refuses
 * as too big; `load` queues the proxies for rows [start, start + count) and
 * returns a function that reads them after the sync.
 */
async function inSlices<T>(
  ctx: XlContext,
  rowCount: number,
  columnCount: number,
  load: (start: number, count: number) => () => T[],
): Promise<T[]> {
  const out: T[] = [];
  let slice = Math.max(1, Math.floor(SLICE_CELLS / Math.max(1, columnCount)));
  for (let start = 0; start < rowCount;) {
    const count = Math.min(slice, rowCount - start);
    const read = load(start, count);
    try {
      await ctx.sync();
    } catch (error) {
      if (tooBig(error) && slice > 1) {
        slice = Math.max(1, Math.floor(slice / 2));
        continue;
      }
      throw toReadError(error);
    }
    out.push(...read());
    start += count;
  }
  return out;
}

function fillsOf(used: XlRange, colours: (string | undefined)[][]): Record<string, string> {
  const fills: Record<string, string> = {};
  colours.forEach((row, i) =>
    row.forEach((colour, j) => {
      if (colour && colour.toUpperCase() !== NO_FILL) fills[a1(used.rowIndex + 1 + i, used.columnIndex + 1 + j)] = colour.toUpperCase();
    }),
  );
  return fills;
}

interface Details {
  hiddenRows: number[];
  fills: Record<string, string>;
  notes: Record<string, string>;
}

/** What the second sync asks of one sheet: rows' hidden state, cells' fills, notes' cells; each only where needed. */
interface Asks {
  rows?: XlRange[];
  fills?: ReturnType<XlRange["getCellProperties"]>;
  notes?: { note: XlNote; cell: XlRange }[];
}

function ask(p: Probe, what: { rows: boolean; fills: boolean; notes: boolean }, options: ReadOptions): Asks {
  const { used } = p;
  if (used.isNullObject) return {};
  const asks: Asks = {};
  if (what.rows && used.rowHidden === null) {
    asks.rows = Array.from({ length: used.rowCount }, (_, i) => {
      const row = used.getRow(i);
      row.load("rowHidden");
      return row;
    });
  }
  if (what.fills && options.supports("1.9") && used.format.fill.color === null)
    asks.fills = used.getCellProperties({ format: { fill: { color: true } } });
  if (what.notes && p.notes && p.notes.items.length) {
    asks.notes = p.notes.items.map((note) => {
      const cell = note.getLocation();
      cell.load("address");
      return { note, cell };
    });
  }
  return asks;
}

const needed = (asks: Asks[]) => asks.some((a) => a.rows || a.fills || a.notes);

/**
 * Hidden rows, fills and notes: from the first sync where it said enough, else
 * from one more sync for all sheets; if that one is too big for a response
 * (cell fills of a huge sheet on the web), the rows and notes are asked again
 * alone and the fills in row slices.
 */
async function details(ctx: XlContext, probes: readonly Probe[], options: ReadOptions): Promise<Details[]> {
  let asks = probes.map((p) => ask(p, { rows: true, fills: true, notes: true }, options));
  let fillSlices = false;
  if (needed(asks)) {
    try {
      await ctx.sync();
    } catch (error) {
      if (!tooBig(error)) throw toReadError(error);
      asks = probes.map((p) => ask(p, { rows: true, fills: false, notes: true }, options));
      if (needed(asks)) await sync(ctx);
      fillSlices = true;
    }
  }
  const out: Details[] = [];
  for (const [i, p] of probes.entries()) {
    const { used } = p;
    const a = asks[i];
    const notes: Record<string, string> = {};
    for (const { note, cell } of a.notes ?? []) {
      const [address] = mergedAreas(cell.address);
      if (address) notes[address] = note.content;
    }
    if (used.isNullObject) {
      out.push({ hiddenRows: [], fills: {}, notes });
      continue;
    }
    const first = used.rowIndex + 1;
    const hiddenRows = a.rows
      ? a.rows.flatMap((row, j) => (row.rowHidden ? [first + j] : []))
      : used.rowHidden
        ? Array.from({ length: used.rowCount }, (_, j) => first + j)
        : [];
    let fills: Record<string, string> = {};
    const uniform = used.format.fill.color;
    if (a.fills)
      fills = fillsOf(
        used,
        a.fills.value.map((row) => row.map((c) => c.format?.fill?.color)),
      );
    else if (fillSlices && uniform === null && options.supports("1.9")) {
      fills = fillsOf(
        used,
        await inSlices(ctx, used.rowCount, used.columnCount, (start, count) => {
          const part = sliceOf(p, start, count).getCellProperties({ format: { fill: { color: true } } });
          return () => part.value.map((row) => row.map((c) => c.format?.fill?.color));
        }),
      );
    } else if (uniform && uniform.toUpperCase() !== NO_FILL)
      fills = fillsOf(
        used,
        Array.from({ length: used.rowCount }, () => new Array<string>(used.columnCount).fill(uniform)),
      );
    out.push({ hiddenRows, fills, notes });
  }
  return out;
}

/** Rows [start, start + count) of a sheet's used range. */
function sliceOf({ sheet, used }: Probe, start: number, count: number): XlRange {
  return sheet.getRange(
    rangeA1(used.rowIndex + 1 + start, used.columnIndex + 1, used.rowIndex + start + count, used.columnIndex + used.columnCount),
  );
}

function snapshot(p: Probe, d: Details, grid: Grid | undefined): SheetSnapshot {
  const merges = p.merges && !p.merges.isNullObject ? mergedAreas(p.merges.address) : [];
  const base = {
    name: p.sheet.name,
    visible: p.sheet.visibility === "Visible",
    protected: p.sheet.protection.protected,
    merges,
    hiddenRows: d.hiddenRows,
    fills: d.fills,
    notes: d.notes,
  };
  if (!grid) return { ...base, top: 1, left: 1, cells: [], formulas: [], numberFormats: [] };
  return { ...base, top: grid.rowIndex + 1, left: grid.columnIndex + 1, ...gridToSnapshot(grid) };
}

/** The used ranges of the named sheets; a missing name is left out. */
export async function readSheets(ctx: XlContext, asked: readonly string[], options: ReadOptions): Promise<SheetSnapshot[]> {
  let names = asked;
  let probes = names.map((name) => probe(ctx, name, true, options));
  let sliced = false;
  try {
    await ctx.sync();
  } catch (error) {
    if (!tooBig(error)) {
      // A sheet deleted since the command listed them: Excel may refuse what was asked of its null object. Ask again without it.
      const code = officeErrorCode(error);
      if (code !== "ItemNotFound" && code !== "InvalidArgument" && code !== "InvalidReference") throw toReadError(error);
      const all = ctx.workbook.worksheets;
      all.load("items/name");
      await sync(ctx);
      const present = new Set(all.items.map((ws) => ws.name.toLocaleLowerCase()));
      names = asked.filter((n) => present.has(n.toLocaleLowerCase()));
      if (names.length === asked.length) throw toReadError(error);
      return readSheets(ctx, names, options);
    }
    // Too big for one response (Excel on the web, over 5 MB): learn the shapes, then read in row slices.
    probes = names.map((name) => probe(ctx, name, false, options));
    await sync(ctx);
    sliced = true;
  }
  const found = probes.filter((p) => !p.sheet.isNullObject);
  const extra = await details(ctx, found, options);
  const out: SheetSnapshot[] = [];
  for (const [i, p] of found.entries()) {
    if (p.used.isNullObject) {
      out.push(snapshot(p, extra[i], undefined));
      continue;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = p.used;
    if (!sliced) {
      out.push(snapshot(p, extra[i], p.used));
      continue;
    }
    const rows = await inSlices(ctx, rowCount, columnCount, (start, count) => {
      const part = sliceOf(p, start, count);
      part.load(GRID);
      return () =>
        part.values.map((values, j) => ({
          values,
          formulas: part.formulas[j],
          numberFormat: part.numberFormat[j],
          valueTypes: part.valueTypes[j],
        }));
    });
    out.push(
      snapshot(p, extra[i], {
        rowIndex,
        columnIndex,
        values: rows.map((r) => r.values),
        formulas: rows.map((r) => r.formulas),
        numberFormat: rows.map((r) => r.numberFormat),
        valueTypes: rows.map((r) => r.valueTypes),
      }),
    );
  }
  return out;
}
