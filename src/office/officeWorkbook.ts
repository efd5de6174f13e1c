import type { KnownBook, SheetInfo, SheetSnapshot, WorkbookPort, WriteOp } from "../workbook/port";
import type { ExcelRun, XlContext } from "./excelApi";
import { CELL_EDIT_MODE, WorkbookWriteError, officeErrorCode, toReadError, toWriteError, writeErrorFinding } from "./errors";
import { readSheets } from "./readSheets";
import { WEB_SYNC_BUDGET, planBatches } from "./payload";
import { noteKey, queueWrite, type WriteState } from "./queueWrites";
import { targetProblem, valueProblem, type WriteProblem } from "../workbook/writeRules";

export interface OfficeWorkbookOptions {
  /** Whether the host has ExcelApi `version` ("1.9"); by default asks Office.context.requirements. */
  supports?: (version: string) => boolean;
  /** Estimated request bytes a write sync may carry; by default 4 MB in Excel on the web, unlimited elsewhere. */
  syncBudget?: number;
}

function officeSupports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

function defaultSyncBudget(): number {
  if (typeof Office === "undefined" || !Office.context) return WEB_SYNC_BUDGET;
  return Office.context.platform === Office.PlatformType.OfficeOnline ? WEB_SYNC_BUDGET : Number.POSITIVE_INFINITY;
}

const sheetInfo = (name: string, visibility: string, isProtected: boolean): SheetInfo => ({
  name,
  visible: visibility === "Visible",
  protected: isProtected,
});

/**
 * The workbook port over Excel (Office.js). Each method is one `Excel.run`:
 * listSheets is one sync (names, visibility, protection, and the workbook's
 * structure protection); listAndRead is that sync carrying the reads of the
 * sheets a command most likely needs; readSheets is one sync for all the sheets asked (plus
 * one, for all of them, where some rows are hidden or the cells' fills differ:
 * readSheets.ts); apply is one write sync, with calculation suspended, for any
 * normal plan — more write syncs only when the data exceeds the request budget
 * of Excel on the web (payload.ts).
 *
 * Before writing, the batch is checked against what the workbook holds (do the
 * target sheets exist, are they protected, which cells already have a note):
 * Excel runs a batch in order and keeps what ran before an error, so the errors
 * that can be foreseen must be caught before the first write is sent. A command
 * run through the runner hands apply() what it just read, which answers those
 * questions; otherwise (or for notes on a sheet it did not read) one preflight
 * sync asks them.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly supports: (version: string) => boolean;
  private readonly syncBudget: number;
  /**
   * Whether the workbook's structure was protected, for each sheet list this
   * adapter returned: a command that hands that very list back to apply() (with
   * the sheets it read) needs no preflight sync. A list from anywhere else, or
   * from another run, is not trusted.
   */
  private readonly structure = new WeakMap<readonly SheetInfo[], boolean>();

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? officeSupports;
    this.syncBudget = options.syncBudget ?? defaultSyncBudget();
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      const book = ctx.workbook.protection;
      book.load("protected");
      await syncRead(ctx);
      const list = sheets.items.map((ws) => sheetInfo(ws.name, ws.visibility, ws.protection.protected));
      this.structure.set(list, book.protected);
      return list;
    });
  }

  /**
   * Whether this host refuses a batch that loads from a missing OrNullObject sheet
   * (its used range, its protection). Office.js's documentation does not say, so
   * the first refusal is learnt: from then on listAndRead asks only for the list.
   */
  private missingRefused = false;

  /**
   * The list and the likely sheets in one sync: the sheets are asked by name with
   * getItemOrNullObject before their names are known to exist, so a workbook laid
   * out as the add-in lays it out needs no second read. A likely name that is not
   * there reads as a null object and is left out.
   */
  listAndRead(likely: readonly string[]): Promise<{ sheets: SheetInfo[]; read: SheetSnapshot[] }> {
    if (this.missingRefused || likely.length === 0) return this.listSheets().then((sheets) => ({ sheets, read: [] }));
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const book = ctx.workbook.protection;
      const loadList = () => {
        sheets.load("items/name,items/visibility,items/protection/protected");
        book.load("protected");
      };
      loadList();
      const read = await readSheets(ctx, likely, { supports: this.supports, onMissingRefused: () => (this.missingRefused = true) });
      let list: SheetInfo[];
      let structureProtected: boolean;
      try {
        list = sheets.items.map((ws) => sheetInfo(ws.name, ws.visibility, ws.protection.protected));
        structureProtected = book.protected;
      } catch {
        // The batch that carried the list was refused (too big, a missing sheet) and asked again without it.
        loadList();
        await syncRead(ctx);
        list = sheets.items.map((ws) => sheetInfo(ws.name, ws.visibility, ws.protection.protected));
        structureProtected = book.protected;
      }
      this.structure.set(list, structureProtected);
      return { sheets: list, read };
    });
  }

  readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    if (names.length === 0) return Promise.resolve([]);
    return this.run((ctx) => readSheets(ctx, names, { supports: this.supports }));
  }

  async apply(writes: readonly WriteOp[], known?: KnownBook): Promise<void> {
    if (writes.length === 0) return;
    refuseIf(valueProblem(writes));
    const batches = planBatches(writes, this.syncBudget);
    await this.run(async (ctx) => {
      const fromRead = known && this.fromRead(writes, known);
      const state = fromRead ?? (await this.preflight(ctx, writes));
      for (const [i, batch] of batches.entries()) {
        ctx.application.suspendApiCalculationUntilNextSync();
        for (const w of batch) queueWrite(ctx, state, w);
        try {
          await ctx.sync();
        } catch (error) {
          // Earlier batches are in the workbook, and Excel may have run part of this one; in
          // cell-edit mode Excel refuses the whole batch before running any of it.
          throw toWriteError(error, i > 0 || officeErrorCode(error) !== CELL_EDIT_MODE);
        }
      }
    });
  }

  /**
   * What the preflight would learn, from the command's own read when it covers
   * it: the sheet list this adapter returned (existence, protection, the
   * structure's protection) and, for notes, the snapshots of their sheets.
   * Undefined when it does not cover the writes: the preflight sync then asks.
   */
  private fromRead(writes: readonly WriteOp[], known: KnownBook): WriteState | undefined {
    const structureProtected = this.structure.get(known.sheets);
    if (structureProtected === undefined) return undefined;
    const existing = new Map(known.sheets.map((s) => [s.name.toLocaleLowerCase(), s.name]));
    const notes = new Set<string>();
    for (const w of writes) {
      if (w.op !== "note" || !existing.has(w.sheet.toLocaleLowerCase())) continue;
      const sheet = known.read.get(existing.get(w.sheet.toLocaleLowerCase())!);
      if (!sheet) return undefined;
      if (sheet.notes[w.address.replace(/\$/g, "").toUpperCase()] !== undefined) notes.add(noteKey(w.sheet, w.address));
    }
    refuseIf(targetProblem(writes, known.sheets, structureProtected));
    const hidden = new Set(known.sheets.filter((s) => !s.visible).map((s) => s.name.toLocaleLowerCase()));
    return { existing, hidden, notes, supports: this.supports, proxies: new Map() };
  }

  /**
   * The preflight sync: which sheets exist and which are protected, whether the
   * workbook's structure is protected, which target cells hold a note. A write
   * that would fail on these is refused here, before any cell changes.
   */
  private async preflight(ctx: XlContext, writes: readonly WriteOp[]): Promise<WriteState> {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility,items/protection/protected");
    const book = ctx.workbook.protection;
    book.load("protected");
    const preflightSync = async () => {
      try {
        await ctx.sync();
      } catch (error) {
        throw toWriteError(error, false);
      }
    };
    await preflightSync();
    const existing = new Map(sheets.items.map((ws) => [ws.name.toLocaleLowerCase(), ws.name]));
    const list = sheets.items.map((ws) => sheetInfo(ws.name, "Visible", ws.protection.protected));
    refuseIf(targetProblem(writes, list, book.protected));
    // Which target cells already hold a note (ExcelApi 1.18), asked only of sheets that exist: one more sync, only for writes with notes.
    const notes = this.supports("1.18")
      ? writes.filter((w): w is Extract<WriteOp, { op: "note" }> => w.op === "note" && existing.has(w.sheet.toLocaleLowerCase()))
      : [];
    const noteProbes = notes.map((w) => {
      const note = sheets
        .getItem(existing.get(w.sheet.toLocaleLowerCase())!)
        .notes.getItemOrNullObject(w.address.replace(/\$/g, "").toUpperCase());
      note.load("content");
      return { w, note };
    });
    if (noteProbes.length) await preflightSync();
    return {
      existing,
      hidden: new Set(sheets.items.filter((ws) => ws.visibility !== "Visible").map((ws) => ws.name.toLocaleLowerCase())),
      notes: new Set(noteProbes.filter((p) => !p.note.isNullObject).map((p) => noteKey(p.w.sheet, p.w.address))),
      supports: this.supports,
      proxies: new Map(),
    };
  }
}

/** A problem the shared write rules found, as the adapter's error: refused before any cell changes. */
function refuseIf(problem: WriteProblem | undefined): void {
  if (!problem) return;
  const detail = problem.code === "InvalidArgument" ? problem.detail : undefined;
  throw new WorkbookWriteError(writeErrorFinding(problem.code, false, { sheet: problem.sheet, detail }), problem.code, false);
}

async function syncRead(ctx: XlContext): Promise<void> {
  try {
    await ctx.sync();
  } catch (error) {
    throw toReadError(error);
  }
}
