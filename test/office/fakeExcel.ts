/**
 * A fake of Excel's request context (Office.js), for testing the adapter
 * without Excel. Unlike office-addin-mock it behaves like the real thing where
 * the adapter could go wrong:
 *
 * - reading a property that was not loaded and synced THROWS (PropertyNotLoaded);
 * - nothing happens until context.sync(): commands are queued, then run in order;
 *   a failing command stops the batch and the commands before it stay applied
 *   (Excel does not roll a batch back), the error comes back as {code, message};
 * - every sync is counted, every write is recorded with the sync it ran in;
 * - a string written to values/formulas is "typed": "=x" becomes a formula,
 *   "12" a number, "TRUE" a boolean, "6/2020" a date, "'x" the text x;
 * - a null element of a written array leaves the cell alone; a written array
 *   must have the range's shape (InvalidArgument otherwise);
 * - a protected sheet refuses edits (AccessDenied); a missing sheet is
 *   ItemNotFound when a queued command reaches it;
 * - a request or a response over 5 MB is refused, as Excel on the web does
 *   (limits can be lifted to model desktop Excel);
 * - Excel's other documented rules, each quoted where it is modelled (the
 *   project's rule: where Microsoft's documentation states an error or a limit,
 *   the fake has it): a VeryHidden sheet cannot be deleted; more than 512 merged
 *   areas are not returned; a read of over 5.000.000 cells fails or answers null;
 *   every batch fails while the user is in cell-edit mode;
 * - formulas are evaluated (SUM, SUBTOTAL(9), ROUND, + - * /) after each sync;
 *   SUBTOTAL leaves out the cells of its ranges whose formula calls SUBTOTAL, as Excel does.
 */
import ExcelJS from "exceljs";
import type { ExcelRun, XlContext } from "../../src/office/excelApi";
import { evaluate, type Scalar } from "./fakeFormula";

export class OfficeApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation?: string } = {},
  ) {
    super(message);
  }
}

const MB5 = 5 * 1024 * 1024;
const ACTION_BYTES = 150;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: Scalar;
  formula?: string;
  /** The text was typed with an apostrophe. */
  prefixed?: boolean;
  /** An error value typed in ("#N/A"); a formula's error result is known by its formula. */
  error?: boolean;
}

export interface WriteRecord {
  sync: number;
  sheet: string;
  target: string;
  property: string;
  value?: unknown;
}

export interface SyncRecord {
  n: number;
  actions: number;
  writes: number;
  /** suspendApiCalculationUntilNextSync() ran before the first write of this sync. */
  suspendedBeforeWrites: boolean;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

const colLetters = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const colNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
export const boxA1 = (b: Box) =>
  b.top === b.bottom && b.left === b.right
    ? `${colLetters(b.left)}${b.top}`
    : `${colLetters(b.left)}${b.top}:${colLetters(b.right)}${b.bottom}`;
const within = (b: Box, r: number, c: number) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
const overlaps = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** "A1", "A1:C3", "B:D", "5:9", with or without $ and a sheet prefix. */
export function parseAddress(address: string): Box {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (m) {
    const top = Number(m[2]);
    const left = colNumber(m[1]);
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? colNumber(m[3]) : left;
    return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
  }
  m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (m) return { top: 1, left: colNumber(m[1]), bottom: MAX_ROWS, right: colNumber(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]), left: 1, bottom: Number(m[2]), right: MAX_COLS };
  throw new OfficeApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${address}`);
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i;

/** What Excel makes of a string typed into a cell (en-US conventions), or undefined when it stays text. */
function typed(s: string): { value: Scalar; formula?: string; format?: string; error?: boolean } | undefined {
  const trimmed = s.trim();
  const n =
    /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(E[-+]?\d+)?%?$/i.test(trimmed) && /\d/.test(trimmed)
      ? Number(trimmed.replace(/,/g, "").replace(/%$/, ""))
      : NaN;
  if (!Number.isNaN(n)) return { value: trimmed.endsWith("%") ? n / 100 : n };
  if (/^[=]/.test(s)) return { value: 0, formula: s };
  if (/^[+\-@]./.test(s)) return { value: 0, formula: `=${s.replace(/^@/, "")}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  if (ERRORS.has(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), error: true };
  if (/^\d{1,4}[/-]\d{1,4}([/-]\d{1,4})?$/.test(trimmed) || MONTHS.test(trimmed)) return { value: 43831, format: "m/d/yyyy" };
  return undefined;
}

type Style = Record<string, unknown>;

export class FakeSheet {
  visibility = "Visible";
  protected = false;
  readonly cells = new Map<string, FakeCell>();
  readonly formats = new Map<string, string>();
  /** Solid fill colours by "row,col". */
  readonly fills = new Map<string, string>();
  /** Style writes in order; a null prop record ("*") is a clear. Lookups take the last that covers a cell. */
  readonly styles: { box: Box; prop: string; value: unknown }[] = [];
  merges: Box[] = [];
  readonly hiddenRows = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze: { rows: number; columns: number } | { range: string } | null = null;
  readonly pageLayout: Record<string, unknown> = {};
  readonly notes = new Map<string, string>();

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  format(row: number, col: number): string {
    return this.formats.get(`${row},${col}`) ?? "General";
  }

  style(row: number, col: number, prop: string): unknown {
    if (prop === "fill.color") return this.fills.get(`${row},${col}`);
    for (let i = this.styles.length - 1; i >= 0; i--) {
      const s = this.styles[i];
      if (!within(s.box, row, col)) continue;
      if (s.prop === prop) return s.value;
      if (s.prop === "*" || (s.prop === "fill.*" && prop.startsWith("fill."))) return undefined;
    }
    return undefined;
  }

  /** Puts a typed input (as Excel's values/formulas setters get it) into a cell. */
  typeIn(row: number, col: number, input: unknown): void {
    const key = `${row},${col}`;
    if (input === null || input === undefined) return;
    if (typeof input === "number" || typeof input === "boolean") {
      this.cells.set(key, { value: input });
      return;
    }
    const s = String(input);
    if (s === "") {
      this.cells.delete(key);
      return;
    }
    if (this.format(row, col) === "@") {
      this.cells.set(key, { value: s });
      return;
    }
    if (s.startsWith("'")) {
      this.cells.set(key, { value: s.slice(1), prefixed: true });
      return;
    }
    const t = typed(s);
    if (!t) {
      this.cells.set(key, { value: s });
      return;
    }
    this.cells.set(
      key,
      t.formula ? { value: t.value, formula: t.formula } : t.error ? { value: t.value, error: true } : { value: t.value },
    );
    if (t.format && this.format(row, col) === "General") this.formats.set(key, t.format);
  }

  /** Bounding box of the cells holding a value or a formula. */
  usedBox(): Box | undefined {
    let box: Box | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }

  /** Values row by row, as a test reads them (formula cells give their computed value). */
  grid(box: Box | undefined = this.usedBox()): Scalar[][] {
    if (!box) return [];
    const out: Scalar[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(this.cell(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }
}

/** The whole fake Excel: the workbook's state, the counters and the records. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  workbookProtected = false;
  syncCount = 0;
  runCount = 0;
  readonly syncs: SyncRecord[] = [];
  /** Every write that ran, in order. */
  readonly writes: WriteRecord[] = [];
  /** Every write queued, whether it ran or not. */
  readonly queued: WriteRecord[] = [];
  selection?: { sheet: string; address: string };
  activeSheet?: string;
  /**
   * "Excel on the web has a payload size limit for requests and responses of 5MB. `RichAPI.Error`
   * will be thrown if that limit is exceeded." and "A range is limited to 5,000,000 cells for read
   * operations." (Resource limits and performance optimization for Office Add-ins, Excel add-ins,
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
   * the error codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, "This error
   * only occurs in Office on the web.", and RangeExceedsLimit, "The cell count in the range has
   * exceeded the maximum supported number.", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   * "On all platforms, a range is limited to five million cells for get operations."
   * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices)
   *
   * "Returns a `RangeAreas` object that represents the merged areas in this range. Note that if the
   * merged areas count in this range is more than 512, then this method will fail to return the
   * result." (Range.getMergedAreasOrNullObject, ExcelApi 1.13,
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1))
   *
   * Tests lower them to keep the data small.
   */
  limits = { requestBytes: MB5, responseBytes: MB5, readCells: 5_000_000, mergedAreas: 512 };
  /**
   * What a read of more than `limits.readCells` cells gives. The documented error ("error"), or,
   * as a note added to the performance article says: "When a get operation using `Range.values` exceeds
   * the five-million-cell limit, the API doesn't always throw an error. In some cases,
   * `Range.values` returns `null` instead." (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices,
   * added by https://github.com/OfficeDev/office-js-docs-pr/pull/5821; seen on desktop Excel in
   * https://github.com/OfficeDev/office-js/issues/4783). In "null" mode every cell-level property
   * (values, formulas, numberFormat, valueTypes, getCellProperties) comes back null.
   */
  overLimitReads: "error" | "null" = "error";
  /**
   * How getMergedAreasOrNullObject "will fail to return the result" over 512 areas: the documentation
   * names no error code, so the fake fails the batch with this one (tests try others).
   */
  mergedAreasErrorCode = "GeneralException";
  /**
   * The user is typing in a cell. "When `false`, if the user is in cell edit when the batch request
   * is processed by the host, the batch automatically fails. [...] The default behavior with no
   * `delayForCellEdit` property specified is equivalent to when it is `false`." (Excel.RunOptions.delayForCellEdit,
   * https://learn.microsoft.com/javascript/api/excel/excel.runoptions); the error is
   * InvalidOperationInCellEditMode, "The operation isn't available while Excel is in Edit cell mode.
   * Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again."
   * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   * While true, every sync fails before any of its commands runs.
   */
  cellEditMode = false;
  /**
   * Whether loading from a child of a missing OrNullObject sheet (its used range, its
   * protection) fails the batch. Office.js's documentation does not say; both are modelled.
   */
  nullObjectChildrenThrow = false;
  /** A hook to make a queued command fail when it runs (to model errors Excel finds). */
  failWhen?: (w: WriteRecord) => OfficeApiError | undefined;

  /** Excel.run: a fresh context per batch function; commands left unsynced are a bug in the caller. */
  readonly run: ExcelRun = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    this.runCount++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending() > 0) throw new Error(`${ctx.pending()} queued command(s) were never synced`);
    return result;
  };

  /** Desktop Excel: no request or response size limit. */
  desktop(): this {
    this.limits = { ...this.limits, requestBytes: Infinity, responseBytes: Infinity };
    return this;
  }

  addSheet(name: string, rows: unknown[][] = [], top = 1, left = 1): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((row, i) => row.forEach((v, j) => sheet.typeIn(top + i, left + j, v)));
    this.sheets.push(sheet);
    this.recalculate();
    return sheet;
  }

  /**
   * Whether a read of the cells of `box` is over "5,000,000 cells for read operations" (see
   * limits): throws RangeExceedsLimit, or answers true where Excel returns null instead.
   */
  overRead(box: Box): boolean {
    if ((box.bottom - box.top + 1) * (box.right - box.left + 1) <= this.limits.readCells) return false;
    if (this.overLimitReads === "null") return true;
    throw new OfficeApiError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
  }

  find(name: string): FakeSheet | undefined {
    const k = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === k);
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name} in the fake`);
    return s;
  }

  /** A copy of an ExcelJS workbook: values, formulas with their results, number formats, merges, hidden rows, protection, notes. */
  static fromExcelJS(wb: ExcelJS.Workbook): FakeExcel {
    const fake = new FakeExcel();
    for (const ws of wb.worksheets) {
      const sheet = new FakeSheet(ws.name);
      sheet.visibility = ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
      sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.hidden) sheet.hiddenRows.add(r);
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const key = `${r},${c}`;
          if (cell.numFmt) sheet.formats.set(key, cell.numFmt);
          const fill = cell.fill;
          if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
            sheet.fills.set(key, `#${fill.fgColor.argb.slice(-6)}`);
          if (cell.note)
            sheet.notes.set(
              `${colLetters(c)}${r}`,
              typeof cell.note === "string" ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join(""),
            );
          const v = cell.value;
          if (v === null || v === undefined || v === "") return;
          if (typeof v === "number" || typeof v === "boolean") sheet.cells.set(key, { value: v });
          else if (typeof v === "string") sheet.cells.set(key, { value: v });
          else if (v instanceof Date) {
            sheet.cells.set(key, { value: v.getTime() / 86_400_000 + 25569 });
            if (!cell.numFmt) sheet.formats.set(key, "m/d/yyyy");
          } else if ("formula" in v || "sharedFormula" in v) {
            const result = (v as { result?: unknown }).result;
            sheet.cells.set(key, {
              value: typeof result === "number" || typeof result === "string" || typeof result === "boolean" ? result : 0,
              formula: `=${cell.formula}`,
            });
          } else if ("richText" in v) sheet.cells.set(key, { value: v.richText.map((t) => t.text).join("") });
          else if ("error" in v) sheet.cells.set(key, { value: String(v.error), error: true });
          else if ("text" in v) sheet.cells.set(key, { value: String((v as { text: unknown }).text) });
        });
      });
      sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseAddress);
      fake.sheets.push(sheet);
    }
    return fake;
  }

  /** Evaluates every formula, in dependency order (a formula's references first). */
  recalculate(): void {
    const done = new Map<string, Scalar>();
    const busy = new Set<string>();
    const host = {
      valueAt: (sheetName: string, row: number, col: number): Scalar => {
        const sheet = this.find(sheetName);
        if (!sheet) return "#REF!";
        const cell = sheet.cell(row, col);
        if (!cell) return "";
        if (!cell.formula) return cell.value;
        const key = `${sheet.name}!${row},${col}`;
        if (done.has(key)) return done.get(key)!;
        if (busy.has(key)) return 0; // a circular reference: Excel warns and shows 0
        busy.add(key);
        const v = evaluate(cell.formula, sheet.name, host);
        busy.delete(key);
        done.set(key, v);
        cell.value = v;
        return v;
      },
      formulaAt: (sheetName: string, row: number, col: number): string | undefined => this.find(sheetName)?.cell(row, col)?.formula,
    };
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (!cell.formula) continue;
        const [r, c] = key.split(",").map(Number);
        host.valueAt(sheet.name, r, c);
      }
    }
  }
}

type Action = { bytes: number; write?: WriteRecord; run: () => (() => void) | void; response?: () => number };

function notLoaded(prop: string): never {
  const e = new OfficeApiError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
  throw e;
}

/** One request context: the queue of commands until the next sync. */
export class FakeContext implements XlContext {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  private queue: Action[] = [];
  private suspendedAt = -1;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.enqueue({ bytes: ACTION_BYTES, run: () => void (this.suspendedAt = this.queueWritesRun) }),
    };
  }

  private queueWritesRun = 0;

  /** Used ranges computed while a batch runs (a sheet's rows each resolve it), forgotten at each write and each sync. */
  private readonly usedBoxes = new Map<FakeSheet, Box | undefined>();

  usedBoxOf(sheet: FakeSheet): Box | undefined {
    if (!this.usedBoxes.has(sheet)) this.usedBoxes.set(sheet, sheet.usedBox());
    return this.usedBoxes.get(sheet);
  }

  pending(): number {
    return this.queue.length;
  }

  enqueue(action: Action): void {
    if (action.write) this.excel.queued.push(action.write);
    this.queue.push(action);
  }

  /** Queues a write: `apply` changes the fake's state when the batch runs. */
  write(
    sheet: () => FakeSheet,
    target: string,
    property: string,
    value: unknown,
    apply: (s: FakeSheet) => void,
    options: { edit?: boolean } = {},
  ): void {
    const record: WriteRecord = { sync: -1, sheet: "", target, property, value };
    const bytes = ACTION_BYTES + (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? ""));
    this.enqueue({
      bytes,
      write: record,
      run: () => {
        const s = sheet();
        record.sheet = s.name;
        if ((options.edit ?? true) && s.protected)
          throw new OfficeApiError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${s.name}).`, {
            errorLocation: property,
          });
        const injected = this.excel.failWhen?.(record);
        if (injected) throw injected;
        apply(s);
        this.usedBoxes.clear();
        record.sync = this.excel.syncCount;
        this.excel.writes.push(record);
        this.queueWritesRun++;
      },
    });
  }

  /** Queues a load: `read` runs with the batch and returns the data and a commit that makes it readable after the sync. */
  load(read: () => { data: unknown; commit: () => void }): void {
    let size = 0;
    let commit: (() => void) | undefined;
    this.enqueue({
      bytes: ACTION_BYTES,
      run: () => {
        const r = read();
        size = Buffer.byteLength(JSON.stringify(r.data) ?? "");
        commit = r.commit;
        return () => commit?.();
      },
      response: () => size,
    });
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    excel.syncCount++;
    const actions = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      n: excel.syncCount,
      actions: actions.length,
      writes: 0,
      suspendedBeforeWrites: false,
      requestBytes: actions.reduce((s, a) => s + a.bytes, 0),
      responseBytes: 0,
    };
    excel.syncs.push(record);
    await Promise.resolve();
    if (excel.cellEditMode) {
      record.error = "InvalidOperationInCellEditMode";
      throw new OfficeApiError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
      );
    }
    if (record.requestBytes > excel.limits.requestBytes) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new OfficeApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.suspendedAt = -1;
    this.queueWritesRun = 0;
    this.usedBoxes.clear();
    const commits: (() => void)[] = [];
    let firstWriteSuspended: boolean | undefined;
    try {
      for (const action of actions) {
        if (action.write && firstWriteSuspended === undefined) firstWriteSuspended = this.suspendedAt === 0;
        const commit = action.run();
        if (commit) commits.push(commit);
        if (action.response) record.responseBytes += action.response();
      }
    } catch (error) {
      record.error = error instanceof OfficeApiError ? error.code : String(error);
      record.writes = this.queueWritesRun;
      excel.recalculate();
      throw error;
    } finally {
      record.suspendedBeforeWrites = firstWriteSuspended === true;
    }
    record.writes = this.queueWritesRun;
    if (record.responseBytes > excel.limits.responseBytes) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw new OfficeApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    excel.recalculate();
    for (const commit of commits) commit();
  }
}

/** A proxy's loaded properties: readable only after load and sync. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  get<T>(prop: string): T {
    if (!this.values.has(prop)) notLoaded(prop);
    return this.values.get(prop) as T;
  }
  set(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.values.set(k, v);
  }
}

const props = (names?: string | string[]): string[] =>
  (Array.isArray(names) ? names : (names ?? "").split(",")).map((s) => s.trim()).filter(Boolean);

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeWorkbookProtection {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  get protected(): boolean {
    return this.loaded.get("protected");
  }
  load(): this {
    this.ctx.load(() => {
      const data = { protected: this.ctx.excel.workbookProtected };
      return { data, commit: () => this.loaded.set(data) };
    });
    return this;
  }
}

type SheetRef = { kind: "name"; name: string; orNull: boolean } | { kind: "sheet"; sheet: FakeSheet };

class FakeWorksheetCollection {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loaded.get("items");
  }

  load(names?: string | string[]): this {
    const wanted = props(names).map((p) => p.replace(/^items\//, ""));
    this.ctx.load(() => {
      const items = this.ctx.excel.sheets.map((sheet) => {
        const ws = new FakeWorksheet(this.ctx, { kind: "sheet", sheet });
        return { ws, data: ws.snapshot(wanted) };
      });
      return {
        data: items.map((i) => i.data),
        commit: () => {
          for (const i of items) i.ws.commit(i.data);
          this.loaded.set({ items: items.map((i) => i.ws) });
        },
      };
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, { kind: "name", name: key, orNull: false });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, { kind: "name", name: key, orNull: true });
  }

  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Sheet${this.ctx.excel.sheets.length + 1}`;
    const ws = new FakeWorksheet(this.ctx, { kind: "name", name: sheetName, orNull: false });
    this.ctx.enqueue({
      bytes: ACTION_BYTES + sheetName.length,
      write: { sync: -1, sheet: sheetName, target: "workbook", property: "worksheets.add", value: sheetName },
      run: () => {
        const excel = this.ctx.excel;
        if (excel.workbookProtected) throw new OfficeApiError("AccessDenied", "The workbook structure is protected.");
        if (excel.find(sheetName)) throw new OfficeApiError("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
        if (sheetName.length > 31 || /[:\\/?*[\]]/.test(sheetName))
          throw new OfficeApiError("InvalidArgument", `Invalid sheet name ${sheetName}.`);
        excel.sheets.push(new FakeSheet(sheetName));
        excel.writes.push({ sync: excel.syncCount, sheet: sheetName, target: "workbook", property: "worksheets.add", value: sheetName });
      },
    });
    return ws;
  }
}

class FakeWorksheet {
  private readonly loaded = new Loaded();
  readonly protection: FakeSheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly notes: FakeNoteCollection;

  constructor(
    readonly ctx: FakeContext,
    private readonly ref: SheetRef,
  ) {
    this.protection = new FakeSheetProtection(this);
    this.freezePanes = new FakeFreezePanes(this);
    this.pageLayout = new FakePageLayout(this);
    this.notes = new FakeNoteCollection(this);
  }

  /** The sheet this proxy stands for when a queued command runs; null for a missing OrNullObject. */
  resolve(): FakeSheet | null {
    if (this.ref.kind === "sheet") return this.ref.sheet;
    const s = this.ctx.excel.find(this.ref.name);
    if (s) return s;
    if (this.ref.orNull) return null;
    throw new OfficeApiError("ItemNotFound", `The requested resource doesn't exist: worksheet ${this.ref.name}.`);
  }

  /** The sheet for a child object (range, protection, notes); null, or an error when the fake is strict about null objects. */
  resolveForChild(): FakeSheet | null {
    const s = this.resolve();
    if (!s && this.ctx.excel.nullObjectChildrenThrow) throw new OfficeApiError("InvalidArgument", "The object is a null object.");
    return s;
  }

  required(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new OfficeApiError("InvalidArgument", "The object is a null object.");
    return s;
  }

  snapshot(wanted: string[]): Record<string, unknown> {
    const s = this.resolve();
    const data: Record<string, unknown> = { isNullObject: s === null };
    for (const p of wanted) {
      if (p === "name") data.name = s?.name ?? null;
      else if (p === "visibility") data.visibility = s?.visibility ?? null;
      else if (p === "protection/protected") data["protection/protected"] = s?.protected ?? null;
      else throw new Error(`fake: cannot load worksheet.${p}`);
    }
    return data;
  }

  commit(data: Record<string, unknown>): void {
    const { "protection/protected": prot, ...rest } = data;
    this.loaded.set(rest);
    if (prot !== undefined) this.protection.commit(prot as boolean | null);
  }

  get name(): string {
    return this.loaded.get("name");
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.write(
      () => this.required(),
      "sheet",
      "visibility",
      v,
      (s) => void (s.visibility = v),
      { edit: false },
    );
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }

  load(names?: string | string[]): this {
    const wanted = props(names);
    this.ctx.load(() => {
      const data = this.snapshot(wanted);
      return { data, commit: () => this.commit(data) };
    });
    return this;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this, { kind: "address", address });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("fake: only the values-only used range is modelled");
    return new FakeRange(this, { kind: "used" });
  }

  delete(): void {
    this.ctx.write(
      () => this.required(),
      "sheet",
      "delete",
      undefined,
      (s) => {
        const excel = this.ctx.excel;
        if (excel.workbookProtected) throw new OfficeApiError("AccessDenied", "The workbook structure is protected.");
        // "Deletes the worksheet from the workbook. Note that if the worksheet's visibility is set to
        // "VeryHidden", the delete operation will fail with an `InvalidOperation` exception. You should
        // first change its visibility to hidden or visible before deleting it." (Worksheet.delete(),
        // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1))
        if (s.visibility === "VeryHidden")
          throw new OfficeApiError("InvalidOperation", "The operation attempted is invalid on the object.", {
            errorLocation: "Worksheet.delete",
          });
        if (s.visibility === "Visible" && excel.sheets.filter((x) => x.visibility === "Visible").length === 1)
          throw new OfficeApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        excel.sheets.splice(excel.sheets.indexOf(s), 1);
      },
      { edit: false },
    );
  }

  activate(): void {
    this.ctx.write(
      () => this.required(),
      "sheet",
      "activate",
      undefined,
      (s) => void (this.ctx.excel.activeSheet = s.name),
      { edit: false },
    );
  }
}

class FakeSheetProtection {
  private readonly loaded = new Loaded();
  constructor(private readonly ws: FakeWorksheet) {}
  get protected(): boolean {
    return this.loaded.get("protected");
  }
  commit(value: boolean | null): void {
    this.loaded.set({ protected: value });
  }
  load(): this {
    this.ws.ctx.load(() => {
      const s = this.ws.resolveForChild();
      const value = s ? s.protected : null;
      return { data: { protected: value }, commit: () => this.commit(value) };
    });
    return this;
  }
}

class FakeFreezePanes {
  constructor(private readonly ws: FakeWorksheet) {}
  private set(property: string, value: FakeSheet["freeze"], arg?: unknown): void {
    this.ws.ctx.write(
      () => this.ws.required(),
      "sheet",
      property,
      arg,
      (s) => void (s.freeze = value),
      { edit: false },
    );
  }
  freezeRows(count = 1): void {
    this.set("freezePanes.freezeRows", { rows: count, columns: 0 }, count);
  }
  freezeColumns(count = 1): void {
    this.set("freezePanes.freezeColumns", { rows: 0, columns: count }, count);
  }
  freezeAt(range: string): void {
    const b = parseAddress(range);
    this.set("freezePanes.freezeAt", { rows: b.bottom, columns: b.right }, range);
  }
  unfreeze(): void {
    this.set("freezePanes.unfreeze", null);
  }
}

class FakePageLayout {
  constructor(private readonly ws: FakeWorksheet) {}
  private put(prop: string, value: unknown): void {
    this.ws.ctx.write(
      () => this.ws.required(),
      "sheet",
      `pageLayout.${prop}`,
      value,
      (s) => void (s.pageLayout[prop] = value),
      { edit: false },
    );
  }
  private unreadable(): never {
    return notLoaded("pageLayout");
  }
  get orientation(): string {
    return this.unreadable();
  }
  set orientation(v: string) {
    this.put("orientation", v);
  }
  get paperSize(): string {
    return this.unreadable();
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this.unreadable();
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.put("zoom", v);
  }
  get leftMargin(): number {
    return this.unreadable();
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v);
  }
  get rightMargin(): number {
    return this.unreadable();
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v);
  }
  get topMargin(): number {
    return this.unreadable();
  }
  set topMargin(v: number) {
    this.put("topMargin", v);
  }
  get bottomMargin(): number {
    return this.unreadable();
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v);
  }
  setPrintArea(area: string): void {
    parseAddress(area);
    this.put("printArea", area);
  }
  setPrintTitleRows(rows: string): void {
    this.put("printTitleRows", rows);
  }
}

class FakeNoteCollection {
  private readonly loaded = new Loaded();
  constructor(private readonly ws: FakeWorksheet) {}
  get items(): FakeNote[] {
    return this.loaded.get("items");
  }
  load(names?: string | string[]): this {
    const wanted = props(names).map((p) => p.replace(/^items\//, ""));
    if (wanted.some((p) => p !== "content")) throw new Error("fake: only note content is modelled");
    this.ws.ctx.load(() => {
      const s = this.ws.resolveForChild();
      const notes = s ? [...s.notes] : [];
      const items = notes.map(([address, content]) => {
        const note = new FakeNote(this.ws, address);
        return { note, data: { isNullObject: false, content } };
      });
      return {
        data: items.map((i) => i.data),
        commit: () => {
          for (const i of items) i.note.commit(i.data);
          this.loaded.set({ items: items.map((i) => i.note) });
        },
      };
    });
    return this;
  }
  add(cellAddress: string, content: string): void {
    const address = cellAddress.replace(/\$/g, "").toUpperCase();
    this.ws.ctx.write(
      () => this.ws.required(),
      address,
      "notes.add",
      content,
      (s) => {
        if (s.notes.has(address)) throw new OfficeApiError("InvalidArgument", `The cell ${address} already has a note.`);
        s.notes.set(address, content);
      },
    );
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ws, key.replace(/\$/g, "").toUpperCase());
  }
}

class FakeNote {
  private readonly loaded = new Loaded();
  constructor(
    private readonly ws: FakeWorksheet,
    private readonly address: string,
  ) {}
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  commit(data: Record<string, unknown>): void {
    this.loaded.set(data);
  }
  getLocation(): FakeRange {
    return this.ws.getRange(this.address);
  }
  get content(): string {
    return this.loaded.get("content");
  }
  set content(text: string) {
    this.ws.ctx.write(
      () => this.ws.required(),
      this.address,
      "note.content",
      text,
      (s) => {
        if (!s.notes.has(this.address)) throw new OfficeApiError("InvalidArgument", "The object is a null object.");
        s.notes.set(this.address, text);
      },
    );
  }
  delete(): void {
    this.ws.ctx.write(
      () => this.ws.required(),
      this.address,
      "note.delete",
      undefined,
      (s) => {
        if (!s.notes.has(this.address)) throw new OfficeApiError("InvalidArgument", "The object is a null object.");
        s.notes.delete(this.address);
      },
    );
  }
  load(): this {
    this.ws.ctx.load(() => {
      const s = this.ws.resolve();
      const text = s?.notes.get(this.address);
      const data = { isNullObject: text === undefined, content: text ?? null };
      return { data, commit: () => this.loaded.set(data) };
    });
    return this;
  }
}

type RangeSpec = { kind: "address"; address?: string } | { kind: "used" } | { kind: "row"; parent: FakeRange; index: number };

export class FakeRange {
  private readonly loaded = new Loaded();
  readonly format: FakeRangeFormat;

  constructor(
    readonly ws: FakeWorksheet,
    private readonly spec: RangeSpec,
  ) {
    this.format = new FakeRangeFormat(this);
  }

  /** The sheet and cells this range covers when a queued command runs; null for a null object. */
  resolve(): { sheet: FakeSheet; box: Box } | null {
    const sheet = this.ws.resolveForChild();
    if (!sheet) return null;
    switch (this.spec.kind) {
      case "address":
        return {
          sheet,
          box: this.spec.address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseAddress(this.spec.address),
        };
      case "used": {
        const box = this.ws.ctx.usedBoxOf(sheet);
        return box ? { sheet, box } : null;
      }
      case "row": {
        const parent = this.spec.parent.resolve();
        if (!parent) return null;
        const row = parent.box.top + this.spec.index;
        return { sheet, box: { ...parent.box, top: row, bottom: row } };
      }
    }
  }

  target(): string {
    return this.spec.kind === "address"
      ? (this.spec.address ?? "sheet")
      : this.spec.kind === "used"
        ? "used range"
        : `row ${this.spec.index}`;
  }

  required(): { sheet: FakeSheet; box: Box } {
    const r = this.resolve();
    if (!r) throw new OfficeApiError("InvalidArgument", "The object is a null object.");
    return r;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.loaded.get("rowHidden");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }

  set values(v: unknown[][]) {
    this.setGrid("values", v);
  }
  set formulas(v: unknown[][]) {
    this.setGrid("formulas", v);
  }
  set numberFormat(v: unknown[][]) {
    this.setGrid("numberFormat", v);
  }
  set rowHidden(v: boolean | null) {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      "rowHidden",
      v,
      () => {
        const { sheet, box } = this.required();
        for (let r = box.top; r <= box.bottom; r++)
          if (v) sheet.hiddenRows.add(r);
          else sheet.hiddenRows.delete(r);
      },
    );
  }

  private setGrid(property: "values" | "formulas" | "numberFormat", grid: unknown[][]): void {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      property,
      grid,
      () => {
        const { sheet, box } = this.required();
        const rows = box.bottom - box.top + 1;
        const cols = box.right - box.left + 1;
        if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new OfficeApiError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            { errorLocation: `Range.${property}` },
          );
        }
        grid.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null) return;
            const r = box.top + i;
            const c = box.left + j;
            if (property === "numberFormat") {
              if (v === "" || v === "General") sheet.formats.delete(`${r},${c}`);
              else sheet.formats.set(`${r},${c}`, String(v));
            } else sheet.typeIn(r, c, v);
          }),
        );
      },
    );
  }

  load(names?: string | string[]): this {
    const wanted = props(names);
    this.ws.ctx.load(() => {
      const r = this.resolve();
      const data: Record<string, unknown> = { isNullObject: r === null };
      for (const p of wanted) data[p] = r ? this.read(p, r.sheet, r.box) : null;
      return { data, commit: () => this.loaded.set(data) };
    });
    return this;
  }

  private read(p: string, sheet: FakeSheet, box: Box): unknown {
    const each = (f: (r: number, c: number) => unknown) => {
      if (this.ws.ctx.excel.overRead(box)) return null;
      const out: unknown[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (p) {
      case "address":
        return `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${boxA1(box)}`;
      case "rowIndex":
        return box.top - 1;
      case "columnIndex":
        return box.left - 1;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "rowHidden": {
        let hidden = 0;
        for (let r = box.top; r <= box.bottom; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === box.bottom - box.top + 1 ? true : null;
      }
      case "values":
        return each((r, c) => sheet.cell(r, c)?.value ?? "");
      case "formulas":
        // A constant reads as its value; a text typed with an apostrophe reads without it.
        return each((r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? "");
      case "numberFormat":
        return each((r, c) => sheet.format(r, c));
      case "valueTypes":
        return each((r, c) => {
          const cell = sheet.cell(r, c);
          if (!cell || cell.value === "") return "Empty";
          if (cell.error || (cell.formula && typeof cell.value === "string" && cell.value.startsWith("#"))) return "Error";
          return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
        });
      default:
        throw new Error(`fake: cannot load range.${p}`);
    }
  }

  getRow(index: number): FakeRange {
    return new FakeRange(this.ws, { kind: "row", parent: this, index });
  }

  getCellProperties(options: { format: { fill: { color: true } } }): {
    readonly value: { format?: { fill?: { color?: string } } }[][] | null;
  } {
    if (!options.format.fill.color) throw new Error("fake: only fill colours are modelled");
    const result: { loaded?: { format: { fill: { color: string } } }[][] | null } = {};
    this.ws.ctx.load(() => {
      const r = this.required();
      if (this.ws.ctx.excel.overRead(r.box)) return { data: null, commit: () => void (result.loaded = null) };
      const data: { format: { fill: { color: string } } }[][] = [];
      for (let row = r.box.top; row <= r.box.bottom; row++) {
        const line: { format: { fill: { color: string } } }[] = [];
        for (let c = r.box.left; c <= r.box.right; c++)
          line.push({ format: { fill: { color: r.sheet.fills.get(`${row},${c}`) ?? "#FFFFFF" } } });
        data.push(line);
      }
      return { data, commit: () => void (result.loaded = data) };
    });
    return {
      get value() {
        if (result.loaded === undefined) return notLoaded("value");
        return result.loaded;
      },
    };
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this);
  }

  clear(applyTo = "All"): void {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      "clear",
      applyTo,
      () => {
        const { sheet, box } = this.required();
        const contents = applyTo === "All" || applyTo === "Contents";
        const formats = applyTo === "All" || applyTo === "Formats";
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number);
          if (within(box, r, c) && contents) sheet.cells.delete(key);
        }
        if (formats) {
          for (const key of [...sheet.formats.keys()]) {
            const [r, c] = key.split(",").map(Number);
            if (within(box, r, c)) sheet.formats.delete(key);
          }
          sheet.styles.push({ box, prop: "*", value: undefined });
          for (const key of [...sheet.fills.keys()]) {
            const [r, c] = key.split(",").map(Number);
            if (within(box, r, c)) sheet.fills.delete(key);
          }
          sheet.merges = sheet.merges.filter((m) => !overlaps(m, box));
        }
        if (applyTo === "All")
          for (const a of [...sheet.notes.keys()]) if (within(box, parseAddress(a).top, parseAddress(a).left)) sheet.notes.delete(a);
      },
    );
  }

  merge(across = false): void {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      "merge",
      across,
      () => {
        const { sheet, box } = this.required();
        if (sheet.merges.some((m) => overlaps(m, box)))
          throw new OfficeApiError("InvalidArgument", `Cannot merge ${boxA1(box)}: it overlaps a merged area.`);
        sheet.merges.push(box);
      },
    );
  }

  unmerge(): void {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      "unmerge",
      undefined,
      () => {
        const { sheet, box } = this.required();
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, box));
      },
    );
  }

  select(): void {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      "select",
      undefined,
      () => {
        const { sheet, box } = this.required();
        if (sheet.visibility !== "Visible")
          throw new OfficeApiError("InvalidSelection", "The current selection is invalid for this operation.");
        this.ws.ctx.excel.selection = { sheet: sheet.name, address: boxA1(box) };
      },
      { edit: false },
    );
  }

  /** Queues a style write on every cell of the range. */
  style(prop: string, value: unknown): void {
    this.ws.ctx.write(
      () => this.required().sheet,
      this.target(),
      `format.${prop}`,
      value,
      () => {
        const { sheet, box } = this.required();
        if (prop === "fill.color" || prop === "fill.*") {
          if (prop === "fill.color" && (box.bottom - box.top + 1) * (box.right - box.left + 1) > 2_000_000)
            throw new Error("fake: fill of a huge range is not modelled");
          for (const key of [...sheet.fills.keys()]) {
            const [r, c] = key.split(",").map(Number);
            if (within(box, r, c)) sheet.fills.delete(key);
          }
          if (prop === "fill.color")
            for (let r = box.top; r <= box.bottom; r++)
              for (let c = box.left; c <= box.right; c++) sheet.fills.set(`${r},${c}`, String(value).toUpperCase());
          return;
        }
        sheet.styles.push({ box, prop, value });
        if (prop === "columnWidth") for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, value as number);
        if (prop === "rowHeight")
          for (let r = box.top; r <= Math.min(box.bottom, box.top + 100_000); r++) sheet.rowHeights.set(r, value as number);
        if (prop === "useStandardHeight" && value === true)
          for (const r of [...sheet.rowHeights.keys()]) if (r >= box.top && r <= box.bottom) sheet.rowHeights.delete(r);
      },
    );
  }
}

class FakeRangeAreas {
  private readonly loaded = new Loaded();
  constructor(private readonly range: FakeRange) {}
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  load(): this {
    this.range.ws.ctx.load(() => {
      const r = this.range.resolve();
      const areas = r ? r.sheet.merges.filter((m) => overlaps(m, r.box)) : [];
      // "if the merged areas count in this range is more than 512, then this method will fail to return the result" (see FakeExcel.limits)
      const excel = this.range.ws.ctx.excel;
      if (areas.length > excel.limits.mergedAreas)
        throw new OfficeApiError(
          excel.mergedAreasErrorCode,
          `The range has ${areas.length} merged areas, more than ${excel.limits.mergedAreas}.`,
          {
            errorLocation: "Range.getMergedAreasOrNullObject",
          },
        );
      const name = r ? (/^[A-Za-z_][A-Za-z0-9_]*$/.test(r.sheet.name) ? r.sheet.name : `'${r.sheet.name.replace(/'/g, "''")}'`) : "";
      const data = { isNullObject: areas.length === 0, address: areas.length ? areas.map((m) => `${name}!${boxA1(m)}`).join(",") : null };
      return { data, commit: () => this.loaded.set(data) };
    });
    return this;
  }
}

/** Format proxies: write-only here (the adapter never reads formats back). */
class FakeRangeFormat {
  readonly fill: { color: string | null; clear(): void; load(): void };
  readonly font: { bold: boolean; italic: boolean; name: string; size: number; color: string };
  readonly borders: { getItem(index: string): { style: string; weight: string } };

  constructor(private readonly range: FakeRange) {
    const setter = (prefix: string, names: string[]) => {
      const o: Record<string, unknown> = {};
      for (const n of names) {
        Object.defineProperty(o, n, {
          get: () => notLoaded(`${prefix}${n}`),
          set: (v: unknown) => range.style(`${prefix}${n}`, v),
          enumerable: true,
        });
      }
      return o;
    };
    const fillLoaded = new Loaded();
    this.fill = {
      get color(): string | null {
        return fillLoaded.get("color");
      },
      set color(v: string | null) {
        range.style("fill.color", v);
      },
      clear: () => range.style("fill.*", null),
      load: () => {
        range.ws.ctx.load(() => {
          const r = range.resolve();
          let color: string | null = null;
          if (r) {
            const seen = new Set<string>();
            for (let row = r.box.top; row <= r.box.bottom && seen.size < 2; row++)
              for (let c = r.box.left; c <= r.box.right && seen.size < 2; c++) seen.add(r.sheet.fills.get(`${row},${c}`) ?? "#FFFFFF");
            color = seen.size === 1 ? [...seen][0] : null;
          }
          return { data: { color }, commit: () => fillLoaded.set({ color }) };
        });
      },
    };
    this.font = setter("font.", ["bold", "italic", "name", "size", "color"]) as unknown as FakeRangeFormat["font"];
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];
    this.borders = {
      getItem: (index: string) => {
        if (!edges.includes(index)) throw new OfficeApiError("InvalidArgument", `Unknown border ${index}`);
        return setter(`borders.${index}.`, ["style", "weight"]) as unknown as { style: string; weight: string };
      },
    };
  }

  get horizontalAlignment(): string {
    return notLoaded("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.range.style("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return notLoaded("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.range.style("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return notLoaded("wrapText");
  }
  set wrapText(v: boolean) {
    this.range.style("wrapText", v);
  }
  get columnWidth(): number {
    return notLoaded("columnWidth");
  }
  set columnWidth(v: number) {
    this.range.style("columnWidth", v);
  }
  get rowHeight(): number {
    return notLoaded("rowHeight");
  }
  set rowHeight(v: number) {
    this.range.style("rowHeight", v);
  }
  get useStandardHeight(): boolean {
    return notLoaded("useStandardHeight");
  }
  set useStandardHeight(v: boolean) {
    this.range.style("useStandardHeight", v);
  }
}
