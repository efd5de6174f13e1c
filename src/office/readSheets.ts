import type { SheetSnapshot } from "../workbook/port";
import { a1, rangeA1 } from "../workbook/address";
import type { XlContext, XlNote, XlNoteCollection, XlRange, XlRangeAreas, XlWorksheet } from "./excelApi";
import { CELL_EDIT_MODE, isTooBig, officeErrorCode, toReadError } from "./errors";
import { gridToSnapshot, mergedAreas, type LoadedGrid } from "./readCells";

/**
 * Reading sheets over Office.js: one sync loads, for every sheet asked, its
 * used range (values only) with values, formulas, number formats, value types,
 * whether its rows are hidden and whether its cells share one fill, plus its
 * merged areas (ExcelApi 1.13) and its notes (1.18). A second sync, for all
 * sheets at once, runs only where the first could not tell: which rows are
 * hidden when some are, each cell's fill when the fills differ (1.9), which
 * cell each note is on. Neither depends on the number of rows.
 *
 * Excel's documented limits are met on every one of these reads, each time by
 * asking again in parts (never by leaving data out):
 * - a request or a response over 5 MB (Excel on the web), and a range over
 *   5.000.000 cells (all platforms, which may also answer with null values
 *   instead of an error): the cells are read in row slices, the hidden rows, the
 *   fills and the notes' cells in slices of their own, halved while Excel refuses;
 * - more than 512 merged areas in the range asked (getMergedAreasOrNullObject
 *   "will fail to return the result"): the first sync is asked again without the
 *   merged areas, which are then read sheet by sheet in row bands, split while
 *   Excel refuses.
 * These cost syncs only in the workbooks that meet them. The one read not
 * split further is a single sheet's notes (their text in one response): over
 * 5 MB of notes on one sheet is refused with a finding (read-too-large).
 */

const GRID = "values,formulas,numberFormat,valueTypes";
const SHAPE = "rowIndex,columnIndex,rowCount,columnCount,rowHidden";
/** Cells a slice starts with when a range is too big for one response (halved on refusal). */
const SLICE_CELLS = 60_000;
/** Rows whose hidden state one sync asks when the rows are read one by one in slices (a few hundred bytes of request each). */
const ROW_SLICE = 5_000;
/** Notes whose cell one sync asks, in slices. */
const NOTE_SLICE = 5_000;
/**
 * Excel returns at most 512 merged areas at once (Range.getMergedAreasOrNullObject). A
 * box of this many cells cannot overlap more, so a refusal there has another cause.
 */
const MERGED_AREAS_LIMIT = 512;
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;
/** Excel's colour for "no fill". */
const NO_FILL = "#FFFFFF";

/** What the first sync asks of each sheet, beyond its name, visibility, protection and used range's shape. */
interface Mode {
  /** Values, formulas, number formats and value types of the used range. */
  grid: boolean;
  merges: boolean;
  notes: boolean;
}

interface Probe {
  sheet: XlWorksheet;
  used: XlRange;
  merges?: XlRangeAreas;
  notes?: XlNoteCollection;
}

type Grid = LoadedGrid & { rowIndex: number; columnIndex: number };

export interface ReadOptions {
  supports(version: string): boolean;
  /** Told when Excel refused a batch for asking of a sheet that does not exist (and it was asked again without it). */
  onMissingRefused?(): void;
}

function probe(ctx: XlContext, name: string, mode: Mode): Probe {
  const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name,visibility");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-empty-load -- the property list is computed, not empty
  used.load(mode.grid ? `${SHAPE},${GRID}` : SHAPE);
  used.format.fill.load("color");
  let merges: XlRangeAreas | undefined;
  if (mode.merges) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load("address");
  }
  let notes: XlNoteCollection | undefined;
  if (mode.notes) {
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
 * Reads `total` items (rows, notes) in slices, one sync each, starting with
 * `first` items and halving a slice Excel refuses as too big; `load` queues
 * the proxies for items [start, start + count) and returns a function that
 * reads them after the sync.
 */
async function inSlices<T>(ctx: XlContext, total: number, first: number, load: (start: number, count: number) => () => T[]): Promise<T[]> {
  const out: T[] = [];
  let slice = Math.max(1, Math.floor(first));
  for (let start = 0; start < total;) {
    const count = Math.min(slice, total - start);
    const read = load(start, count);
    try {
      await ctx.sync();
    } catch (error) {
      if (isTooBig(error) && count > 1) {
        slice = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw toReadError(error);
    }
    const part = read();
    if (part.length !== count) {
      // Excel answered null instead of the cells (a range over its limit): ask for less.
      if (count > 1) {
        slice = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw toReadError(Object.assign(new Error("Excel returned no data for one row"), { code: "RangeExceedsLimit" }));
    }
    out.push(...part);
    start += count;
  }
  return out;
}

/** Rows per slice for a range `columns` wide. */
const rowsPerSlice = (columns: number) => SLICE_CELLS / Math.max(1, columns);

/** A 2-D answer of Excel, or undefined where Excel returned null (a range over 5.000.000 cells). */
const rows = <T>(value: T[][] | null | undefined): T[][] | undefined => (Array.isArray(value) ? value : undefined);

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

const someHidden = (p: Probe) => !p.used.isNullObject && p.used.rowHidden === null;
const mixedFills = (p: Probe, options: ReadOptions) => !p.used.isNullObject && options.supports("1.9") && p.used.format.fill.color === null;
const noted = (p: Probe) => (p.notes ? p.notes.items.length > 0 : false);

function ask(p: Probe, options: ReadOptions): Asks {
  const asks: Asks = {};
  const { used } = p;
  if (someHidden(p)) asks.rows = Array.from({ length: used.rowCount }, (_, i) => hiddenProbe(used, i));
  if (mixedFills(p, options)) asks.fills = used.getCellProperties({ format: { fill: { color: true } } });
  if (noted(p)) asks.notes = p.notes!.items.map((note) => ({ note, cell: noteCell(note) }));
  return asks;
}

function hiddenProbe(used: XlRange, i: number): XlRange {
  const row = used.getRow(i);
  row.load("rowHidden");
  return row;
}

function noteCell(note: XlNote): XlRange {
  const cell = note.getLocation();
  cell.load("address");
  return cell;
}

const fillColours = (fills: NonNullable<Asks["fills"]>) => rows(fills.value)?.map((row) => row.map((c) => c.format?.fill?.color));

/**
 * Hidden rows, fills and notes: from the first sync where it said enough, else
 * from one more sync for all sheets. If that one is over Excel's limits (the
 * rows of a long sheet asked one by one, cell fills of a huge sheet on the web),
 * each sheet's rows, fills and notes' cells are asked in slices instead.
 */
async function details(ctx: XlContext, probes: readonly Probe[], options: ReadOptions): Promise<Details[]> {
  let asks: Asks[] | undefined = probes.map((p) => ask(p, options));
  if (asks.some((a) => a.rows || a.fills || a.notes)) {
    try {
      await ctx.sync();
    } catch (error) {
      if (!isTooBig(error)) throw toReadError(error);
      asks = undefined;
    }
  }
  const out: Details[] = [];
  for (const [i, p] of probes.entries()) {
    const a = asks?.[i];
    const { used } = p;
    const notes: Record<string, string> = {};
    const noteAddresses = a
      ? (a.notes ?? []).map(({ note, cell }) => ({ note, address: cell.address }))
      : noted(p)
        ? await noteAddressesInSlices(ctx, p.notes!.items)
        : [];
    for (const { note, address } of noteAddresses) {
      const [cell] = mergedAreas(address);
      if (cell) notes[cell] = note.content;
    }
    if (used.isNullObject) {
      out.push({ hiddenRows: [], fills: {}, notes });
      continue;
    }
    const first = used.rowIndex + 1;
    let hiddenRows: number[] = [];
    if (a?.rows) hiddenRows = a.rows.flatMap((row, j) => (row.rowHidden ? [first + j] : []));
    else if (someHidden(p)) hiddenRows = await hiddenRowsInSlices(ctx, used);
    else if (used.rowHidden) hiddenRows = Array.from({ length: used.rowCount }, (_, j) => first + j);
    let fills: Record<string, string> = {};
    const uniform = used.format.fill.color;
    const colours = a?.fills && fillColours(a.fills);
    if (colours) fills = fillsOf(used, colours);
    else if (mixedFills(p, options)) {
      fills = fillsOf(
        used,
        await inSlices(ctx, used.rowCount, rowsPerSlice(used.columnCount), (start, count) => {
          const part = sliceOf(p, start, count).getCellProperties({ format: { fill: { color: true } } });
          return () => fillColours(part) ?? [];
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

/** Which rows of a used range are hidden, asked row by row in slices that fit a request. */
async function hiddenRowsInSlices(ctx: XlContext, used: XlRange): Promise<number[]> {
  const hidden = await inSlices(ctx, used.rowCount, ROW_SLICE, (start, count) => {
    const part = Array.from({ length: count }, (_, j) => hiddenProbe(used, start + j));
    return () => part.map((row) => row.rowHidden === true);
  });
  return hidden.flatMap((h, j) => (h ? [used.rowIndex + 1 + j] : []));
}

async function noteAddressesInSlices(ctx: XlContext, items: readonly XlNote[]): Promise<{ note: XlNote; address: string }[]> {
  return inSlices(ctx, items.length, NOTE_SLICE, (start, count) => {
    const part = items.slice(start, start + count).map((note) => ({ note, cell: noteCell(note) }));
    return () => part.map(({ note, cell }) => ({ note, address: cell.address }));
  });
}

/** Rows [start, start + count) of a sheet's used range. */
function sliceOf({ sheet, used }: Probe, start: number, count: number): XlRange {
  return sheet.getRange(
    rangeA1(used.rowIndex + 1 + start, used.columnIndex + 1, used.rowIndex + start + count, used.columnIndex + used.columnCount),
  );
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet's merged areas when Excel refused them for the whole sheet (more than
 * 512): asked box by box, one sync each, starting with the whole sheet; a box
 * Excel refuses is split in two (rows at the used range's last row first, then
 * in halves; a single row in column halves) until each holds at most 512. An
 * area met in two boxes is kept once.
 */
async function mergesInBands(ctx: XlContext, p: Probe): Promise<string[]> {
  const usedBottom = p.used.isNullObject ? 0 : p.used.rowIndex + p.used.rowCount;
  const found = new Set<string>();
  const todo: Box[] = [{ top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS }];
  while (todo.length) {
    const box = todo.pop()!;
    const areas = p.sheet.getRange(rangeA1(box.top, box.left, box.bottom, box.right)).getMergedAreasOrNullObject();
    areas.load("address");
    try {
      await ctx.sync();
    } catch (error) {
      const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
      if (cells <= MERGED_AREAS_LIMIT || officeErrorCode(error) === CELL_EDIT_MODE) throw toReadError(error);
      todo.push(...split(box, usedBottom).reverse());
      continue;
    }
    if (!areas.isNullObject) for (const area of mergedAreas(areas.address)) found.add(area);
  }
  return [...found];
}

/** Two halves of a box: by rows (at the used range's end when it falls inside), or by columns for one row. */
function split(box: Box, usedBottom: number): [Box, Box] {
  if (box.bottom > box.top) {
    const at = usedBottom >= box.top && usedBottom < box.bottom ? usedBottom : Math.floor((box.top + box.bottom) / 2);
    return [
      { ...box, bottom: at },
      { ...box, top: at + 1 },
    ];
  }
  const at = Math.floor((box.left + box.right) / 2);
  return [
    { ...box, right: at },
    { ...box, left: at + 1 },
  ];
}

/** Each sheet's notes asked alone, where all of them together were too big for one response. */
async function notesAlone(ctx: XlContext, p: Probe): Promise<XlNoteCollection> {
  const notes = p.sheet.notes;
  notes.load("items/content");
  await sync(ctx);
  return notes;
}

function snapshot(p: Probe, merges: string[], d: Details, grid: Grid | undefined): SheetSnapshot {
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

/** The used range's cells as the first sync returned them, or undefined where it did not (not asked, or null from Excel). */
function loadedGrid(used: XlRange, mode: Mode): Grid | undefined {
  if (!mode.grid) return undefined;
  const [values, formulas, numberFormat, valueTypes] = [used.values, used.formulas, used.numberFormat, used.valueTypes].map(rows);
  if (!values || !formulas || !numberFormat || !valueTypes) return undefined;
  return { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values, formulas, numberFormat, valueTypes };
}

/** The used range's cells in row slices, one sync each. */
async function gridInSlices(ctx: XlContext, p: Probe): Promise<Grid> {
  const { rowIndex, columnIndex, rowCount, columnCount } = p.used;
  const read = await inSlices(ctx, rowCount, rowsPerSlice(columnCount), (start, count) => {
    const part = sliceOf(p, start, count);
    part.load(GRID);
    return () => {
      const [values, formulas, numberFormat, valueTypes] = [part.values, part.formulas, part.numberFormat, part.valueTypes].map(rows);
      if (!values || !formulas || !numberFormat || !valueTypes) return [];
      return values.map((v, j) => ({ values: v, formulas: formulas[j], numberFormat: numberFormat[j], valueTypes: valueTypes[j] }));
    };
  });
  return {
    rowIndex,
    columnIndex,
    values: read.map((r) => r.values),
    formulas: read.map((r) => r.formulas),
    numberFormat: read.map((r) => r.numberFormat),
    valueTypes: read.map((r) => r.valueTypes),
  };
}

/** The names, among those asked, of sheets that exist now. */
async function present(ctx: XlContext, names: readonly string[]): Promise<readonly string[]> {
  const all = ctx.workbook.worksheets;
  all.load("items/name");
  await sync(ctx);
  const here = new Set(all.items.map((ws) => ws.name.toLocaleLowerCase()));
  return names.filter((n) => here.has(n.toLocaleLowerCase()));
}

/** The used ranges of the named sheets; a missing name is left out. */
export async function readSheets(ctx: XlContext, asked: readonly string[], options: ReadOptions): Promise<SheetSnapshot[]> {
  let names = asked;
  let mode: Mode = { grid: true, merges: options.supports("1.13"), notes: options.supports("1.18") };
  let probes: Probe[];
  for (;;) {
    probes = names.map((name) => probe(ctx, name, mode));
    try {
      await ctx.sync();
      break;
    } catch (error) {
      if (isTooBig(error) && (mode.grid || mode.notes)) {
        // Over 5 MB (Excel on the web) or over 5.000.000 cells: the shapes first, the cells in row
        // slices after; if that is still too big, the notes (the only other part that grows) alone.
        mode = mode.grid ? { ...mode, grid: false } : { ...mode, notes: false };
        continue;
      }
      const code = officeErrorCode(error);
      if (code === CELL_EDIT_MODE) throw toReadError(error);
      // A sheet deleted since the command listed them: Excel may refuse what was asked of its null object. Ask again without it.
      if (code === "ItemNotFound" || code === "InvalidArgument" || code === "InvalidReference") {
        const here = await present(ctx, names);
        if (here.length < names.length) {
          options.onMissingRefused?.();
          names = here;
          continue;
        }
      }
      // More than 512 merged areas make getMergedAreasOrNullObject fail, with no code of its own: ask again without them.
      if (mode.merges) {
        mode = { ...mode, merges: false };
        continue;
      }
      throw toReadError(error);
    }
  }
  const found = probes.filter((p) => !p.sheet.isNullObject);
  const merges: string[][] = [];
  for (const p of found) {
    if (p.merges) merges.push(p.merges.isNullObject ? [] : mergedAreas(p.merges.address));
    else merges.push(options.supports("1.13") ? await mergesInBands(ctx, p) : []);
    if (!mode.notes && options.supports("1.18")) p.notes = await notesAlone(ctx, p);
  }
  const extra = await details(ctx, found, options);
  const out: SheetSnapshot[] = [];
  for (const [i, p] of found.entries()) {
    if (p.used.isNullObject) {
      out.push(snapshot(p, merges[i], extra[i], undefined));
      continue;
    }
    out.push(snapshot(p, merges[i], extra[i], loadedGrid(p.used, mode) ?? (await gridInSlices(ctx, p))));
  }
  return out;
}
