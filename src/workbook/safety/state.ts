import { columnNumber } from "../address";
import { cellText, text, type CellWrite } from "../cells";
import { isLegacyMarksSheet, noMarks, readLegacyMarks, type MarkRecord, type MarksState, type PhaseRecord } from "../marks";
import { bottomRow, cellAt, type SheetInfo, type SheetSnapshot, type WriteOp } from "../port";
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_FORMULA, MAX_TEXT, sheetNameProblem } from "../writeRules";
import type { KeptCell, KeptFill, KeptNote, SheetBackup } from "./backup";
import { hash } from "./fingerprint";
import { packPrints, unpackPrints, type RowPrints, type StoredPrints } from "./prints";
import { LEGACY_MARKS_SHEET, STATE_SHEET, isStateName, nameKey } from "./sheetNames";

export { STATE_SHEET };

/** What the add-in last wrote in the cells of the user's sheets: fingerprints by sheet, then by cell key. */
export type Written = Map<string, Map<number, string>>;

/** The sheets the add-in created or rewrote whole, with the fingerprint of what it wrote in their A1 ("" for nothing). */
export type Owned = Map<string, string>;

/**
 * The add-in's one record of what it wrote: the fingerprints of its cells in the
 * user's sheets, the check's marks and phased quarters, and the sheets it owns.
 */
export interface AddinRecord {
  written: Written;
  marks: MarkRecord[];
  phased: PhaseRecord[];
  owned: Owned;
}

/** The last command's backup: the sheets it changed as they were, and the record as it was before it. */
export interface Backup extends AddinRecord {
  sheets: SheetBackup[];
}

/** The record now, and the backup restore brings back. */
export interface SafetyState extends AddinRecord {
  backup: Backup | null;
}

export const emptyState = (): SafetyState => ({ written: new Map(), marks: [], phased: [], owned: new Map(), backup: null });

export const isEmptyState = (s: SafetyState): boolean =>
  s.backup === null && !s.marks.length && !s.phased.length && !s.owned.size && [...s.written.values()].every((m) => m.size === 0);

export const recordOf = (s: AddinRecord): AddinRecord => ({ written: s.written, marks: s.marks, phased: s.phased, owned: s.owned });

export const marksOf = (s: AddinRecord): MarksState => ({ marks: s.marks, phased: s.phased });

/*
 * Storage. Row 1: A1 the title, B1 the marker "dutoan-state/2 <checksum> <length>".
 * Rows 2 and below, column A: the JSON document in pieces of at most 30.000
 * characters, each starting with "j" so that no piece can look like a formula.
 * The checksum (FNV-1a of the JSON) tells a damaged or hand-edited record from
 * the add-in's own. Version 1 (before the marks moved in) had no B1.
 */
export const STATE_TITLE =
  "Dữ liệu khôi phục của add-in Dự toán — đừng sửa, đừng xoá / restore data of the Dự toán add-in — do not edit or delete";
const MARKER = "dutoan-state/2";
/** An Excel cell holds at most 32.767 characters. */
const CHUNK = 30000;
/** Every chunk starts with this mark, so no chunk can start like a formula. */
const MARK = "j";
/** A record longer than this is not one the add-in wrote (a 10.000-row plan's is a few MB). */
const MAX_JSON = 64 * 1024 * 1024;
/** Restore writes at most this many cells (and fills and notes): a record asking for more is refused, not run out of memory on. */
export const MAX_RESTORE_CELLS = 2_000_000;

type StoredWritten = Record<string, StoredPrints>;
type StoredMark = [
  sheet: string,
  address: string,
  previousFill: string | null,
  previousNote: string | null,
  fill: string,
  noteHash: string,
];
type StoredPhase = [sheet: string, address: string, value: string];
interface StoredRecord {
  written: StoredWritten;
  marks: StoredMark[];
  phased: StoredPhase[];
  owned: [sheet: string, a1: string][];
}
interface StoredState extends StoredRecord {
  v: 2;
  backup: (StoredRecord & { sheets: SheetBackup[] }) | null;
}

const byName = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function storeRecord(r: AddinRecord): StoredRecord {
  const written: StoredWritten = {};
  for (const [sheet, cells] of [...r.written].sort(byName)) if (cells.size) written[sheet] = packPrints(cells);
  return {
    written,
    marks: r.marks.map((m) => [m.sheet, m.address, m.previousFill ?? null, m.previousNote ?? null, m.fill, m.noteHash]),
    phased: r.phased.map((p) => [p.sheet, p.address, p.value]),
    owned: [...r.owned].sort(byName),
  };
}

/** The state as the JSON document kept in the sheet: the same state always gives the same text. */
export function encodeState(state: SafetyState): string {
  const stored: StoredState = {
    v: 2,
    ...storeRecord(state),
    backup: state.backup ? { ...storeRecord(state.backup), sheets: state.backup.sheets } : null,
  };
  return JSON.stringify(stored);
}

/** Where the state goes: the state sheet's name, whether it exists, and an old marks sheet to delete. */
export interface StatePlace {
  name: string;
  exists: boolean;
  legacyMarks?: string;
}

/** The writes that store the state (or delete the hidden sheet when nothing is left to keep). */
export function stateWrites(state: SafetyState, place: StatePlace, json = encodeState(state)): WriteOp[] {
  const writes: WriteOp[] = [];
  if (place.legacyMarks) writes.push({ op: "deleteSheet", sheet: place.legacyMarks });
  if (isEmptyState(state)) {
    if (place.exists) writes.push({ op: "deleteSheet", sheet: place.name });
    return writes;
  }
  const rows: CellWrite[][] = [[text(STATE_TITLE), text(`${MARKER} ${hash(json)} ${json.length}`)]];
  for (let i = 0; i < json.length;) {
    let end = Math.min(json.length, i + CHUNK);
    if (end < json.length && /[\ud800-\udbff]/.test(json[end - 1])) end--; // never split a surrogate pair
    rows.push([text(MARK + json.slice(i, end))]);
    i = end;
  }
  writes.push(
    { op: "ensureSheet", sheet: place.name, hidden: true },
    { op: "clearSheet", sheet: place.name },
    { op: "cells", sheet: place.name, row: 1, col: 1, cells: rows },
  );
  return writes;
}

/** The add-in's state sheet is recognised by what it wrote there: its title in A1. */
export function isStateSheet(sheet: SheetSnapshot): boolean {
  return cellText(cellAt(sheet, 1, 1)) === STATE_TITLE;
}

/** Why a state sheet cannot be used: damaged, edited by hand, or not what the add-in writes (in Vietnamese, and in English). */
export class StateError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
  }
}

function fail(vi: string, en: string): never {
  throw new StateError(vi, en);
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** The JSON document of a state sheet, checked against its marker. */
function documentOf(sheet: SheetSnapshot): { json: string; version: 1 | 2 } {
  const marker = cellText(cellAt(sheet, 1, 2));
  let expected: { sum: string; length: number } | undefined;
  if (marker) {
    const m = /^dutoan-state\/2 ([0-9a-z]{1,7}) (\d{1,9})$/.exec(marker);
    if (!m) fail(`ô B1 không phải dấu của add-in ("${short(marker)}")`, `cell B1 is not the add-in's marker ("${short(marker)}")`);
    expected = { sum: m[1], length: Number(m[2]) };
    if (expected.length > MAX_JSON) fail("dữ liệu quá lớn", "the data is too large");
  }
  const parts: string[] = [];
  let length = 0;
  for (let row = 2; row <= bottomRow(sheet); row++) {
    const cell = cellAt(sheet, row, 1);
    if (cell.type === "empty") break;
    if (cell.type !== "text" || !cell.value.startsWith(MARK))
      fail(`ô A${row} không phải dữ liệu của add-in`, `cell A${row} is not the add-in's data`);
    length += cell.value.length - MARK.length;
    if (length > MAX_JSON || (expected && length > expected.length)) fail("dữ liệu quá dài", "the data is too long");
    parts.push(cell.value.slice(MARK.length));
  }
  const json = parts.join("");
  if (expected && (json.length !== expected.length || hash(json) !== expected.sum))
    fail("dữ liệu bị sửa hoặc bị cắt (tổng kiểm tra không khớp)", "the data was edited or cut (checksum mismatch)");
  return { json, version: expected ? 2 : 1 };
}

/** A decoded state, and the text it was decoded from (to tell whether a run changes it). */
export interface DecodedState {
  state: SafetyState;
  json: string;
  version: 1 | 2;
}

/**
 * The state kept in a state sheet, checked strictly: its marker and checksum, the
 * shape of every part, every sheet name, address and value, and the size of what
 * restore would write. Throws a StateError saying what is wrong; nothing in a
 * sheet that fails is ever used. `legacy`: the old marks sheet's record, for a
 * version 1 state.
 */
export function decodeState(sheet: SheetSnapshot, legacy: MarksState = noMarks()): DecodedState {
  const { json, version } = documentOf(sheet);
  if (!json) {
    if (version === 2) fail("không có dữ liệu", "no data");
    return { state: { ...emptyState(), ...legacy }, json, version };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    fail("không phải JSON", "not JSON");
  }
  if (!isObject(doc)) fail("không phải bản ghi của add-in", "not the add-in's record");
  if (version === 2) {
    if (doc.v !== 2) fail(`phiên bản lạ ${short(String(doc.v))}`, `unknown version ${short(String(doc.v))}`);
    onlyKeys(doc, ["v", "written", "marks", "phased", "owned", "backup"], "state");
    const budget = { cells: 0 };
    const state: SafetyState = { ...readRecord(doc, "state"), backup: null };
    if (doc.backup !== null) {
      const b = object(doc.backup, "backup");
      onlyKeys(b, ["written", "marks", "phased", "owned", "sheets"], "backup");
      const sheets = list(b.sheets, "backup.sheets").map((x, i) => readSheetBackup(x, `backup.sheets[${i}]`, budget, 2));
      state.backup = { ...readRecord(b, "backup"), sheets };
    }
    return { state, json, version };
  }
  // Version 1: the written record and the backup; the marks were in their own sheet.
  if (doc.v !== 1) fail(`phiên bản lạ ${short(String(doc.v))}`, `unknown version ${short(String(doc.v))}`);
  onlyKeys(doc, ["v", "written", "backup"], "state");
  const budget = { cells: 0 };
  const state: SafetyState = { ...emptyState(), ...legacy, written: readWritten(doc.written ?? {}, "written") };
  if (doc.backup !== null && doc.backup !== undefined) {
    const b = object(doc.backup, "backup");
    onlyKeys(b, ["written", "sheets"], "backup");
    const all = list(b.sheets, "backup.sheets").map((x, i) => readSheetBackup(x, `backup.sheets[${i}]`, budget, 1));
    // The old marks sheet's backup becomes the marks record as it was: none when the command created it.
    const marksSheet = all.find((s) => nameKey(s.sheet) === LEGACY_MARKS_SHEET);
    const before = marksSheet?.kind === "created" ? noMarks() : legacy;
    state.backup = {
      written: readWritten(b.written ?? {}, "backup.written"),
      ...before,
      owned: new Map(),
      sheets: all.filter((s) => nameKey(s.sheet) !== LEGACY_MARKS_SHEET && !isStateName(s.sheet)),
    };
  }
  return { state, json, version };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function object(x: unknown, what: string): Record<string, unknown> {
  if (!isObject(x)) fail(`${what}: không đúng dạng`, `${what}: wrong shape`);
  return x;
}

function onlyKeys(x: Record<string, unknown>, keys: readonly string[], what: string): void {
  const extra = Object.keys(x).find((k) => !keys.includes(k));
  if (extra !== undefined) fail(`${what}: khoá lạ "${short(extra)}"`, `${what}: unknown key "${short(extra)}"`);
}

function list(x: unknown, what: string, length?: [number, number]): unknown[] {
  if (!Array.isArray(x) || (length && (x.length < length[0] || x.length > length[1])))
    fail(`${what}: không đúng dạng`, `${what}: wrong shape`);
  return x;
}

function str(x: unknown, what: string, max = MAX_TEXT): string {
  if (typeof x !== "string" || x.length > max) fail(`${what}: không đúng dạng`, `${what}: wrong shape`);
  return x;
}

function orNull<T>(x: unknown, read: (x: unknown) => T): T | null {
  return x === null ? null : read(x);
}

function int(x: unknown, what: string, min: number, max: number): number {
  if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max)
    fail(`${what}: số ngoài phạm vi`, `${what}: number out of range`);
  return x;
}

function sheetName(x: unknown, what: string): string {
  const name = str(x, what, 31);
  if (sheetNameProblem(name)) fail(`${what}: tên sheet không hợp lệ "${short(name)}"`, `${what}: invalid sheet name "${short(name)}"`);
  return name;
}

const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

function address(x: unknown, what: string): string {
  const a = str(x, what, 10);
  const m = ADDRESS.exec(a);
  if (!m || columnNumber(m[1]) > EXCEL_COLUMNS || Number(m[2]) > EXCEL_ROWS)
    fail(`${what}: địa chỉ không hợp lệ "${short(a)}"`, `${what}: invalid address "${short(a)}"`);
  return a;
}

/** A range's cell count, after checking it. */
function rangeArea(x: unknown, what: string): { range: string; area: number } {
  const range = str(x, what, 21);
  const [start, end = start, ...rest] = range.split(":");
  if (rest.length) fail(`${what}: vùng không hợp lệ "${short(range)}"`, `${what}: invalid range "${short(range)}"`);
  const s = ADDRESS.exec(address(start, what))!;
  const e = ADDRESS.exec(address(end, what))!;
  const rows = Math.abs(Number(e[2]) - Number(s[2])) + 1;
  const cols = Math.abs(columnNumber(e[1]) - columnNumber(s[1])) + 1;
  return { range, area: rows * cols };
}

const PRINT = /^[0-9a-z]{1,7}$/;

function print(x: unknown, what: string, empty: boolean): string {
  const p = str(x, what, 7);
  if (!(PRINT.test(p) || (empty && p === ""))) fail(`${what}: dấu vân tay không hợp lệ`, `${what}: invalid fingerprint`);
  return p;
}

function prints(x: unknown, what: string): StoredPrints {
  const cols = object(x, what);
  for (const [letters, v] of Object.entries(cols)) {
    if (!/^[A-Z]{1,3}$/.test(letters) || columnNumber(letters) > EXCEL_COLUMNS)
      fail(`${what}: cột không hợp lệ`, `${what}: invalid column`);
    rowPrints(v, `${what}.${letters}`);
  }
  return cols as StoredPrints;
}

function rowPrints(x: unknown, what: string): RowPrints {
  const [top, items] = list(x, what, [2, 2]);
  int(top, what, 1, EXCEL_ROWS);
  const all = list(items, what);
  if ((top as number) + all.length - 1 > EXCEL_ROWS) fail(`${what}: ngoài sheet`, `${what}: off the sheet`);
  all.forEach((p) => print(p, what, true));
  return x as RowPrints;
}

function readWritten(x: unknown, what: string): Written {
  const written: Written = new Map();
  for (const [sheet, cols] of Object.entries(object(x, what))) written.set(sheetName(sheet, what), unpackPrints(prints(cols, `${what}`)));
  return written;
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

function colour(x: unknown, what: string): string {
  const c = str(x, what, 7);
  if (!COLOUR.test(c)) fail(`${what}: màu không hợp lệ`, `${what}: invalid colour`);
  return c;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function readRecord(x: Record<string, unknown>, what: string): AddinRecord {
  return {
    written: readWritten(x.written, `${what}.written`),
    marks: list(x.marks, `${what}.marks`).map((m, i) => {
      const w = `${what}.marks[${i}]`;
      const [sheet, addr, previousFill, previousNote, fill, noteHash] = list(m, w, [6, 6]);
      return {
        sheet: sheetName(sheet, w),
        address: address(addr, w),
        previousFill: orNull(previousFill, (c) => colour(c, w)) ?? undefined,
        previousNote: orNull(previousNote, (n) => str(n, w)) ?? undefined,
        fill: colour(fill, w),
        noteHash: print(noteHash, w, false),
      };
    }),
    phased: list(x.phased, `${what}.phased`).map((p, i) => {
      const w = `${what}.phased[${i}]`;
      const [sheet, addr, value] = list(p, w, [3, 3]);
      if (!NUMBER.test(str(value, w, 40))) fail(`${w}: không phải số`, `${w}: not a number`);
      return { sheet: sheetName(sheet, w), address: address(addr, w), value: value as string };
    }),
    owned: new Map(
      list(x.owned, `${what}.owned`).map((o, i) => {
        const w = `${what}.owned[${i}]`;
        const [sheet, a1] = list(o, w, [2, 2]);
        return [sheetName(sheet, w), print(a1, w, true)] as const;
      }),
    ),
  };
}

/** Error values a cell can hold; anything else after "e:" would be written as a formula. */
const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

function keptValue(x: unknown, what: string): string {
  const v = str(x, what, MAX_TEXT + 2);
  if (v === "") return v;
  const body = v.slice(2);
  const ok =
    v[1] === ":" &&
    ((v[0] === "n" && NUMBER.test(body) && Number.isFinite(Number(body))) ||
      v[0] === "t" ||
      (v[0] === "b" && (body === "true" || body === "false")) ||
      (v[0] === "e" && ERRORS.has(body)) ||
      (v[0] === "d" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(body) && Number.isFinite(Date.parse(body))));
  if (!ok) fail(`${what}: giá trị không hợp lệ "${short(v)}"`, `${what}: invalid value "${short(v)}"`);
  return v;
}

function keptCell(x: unknown, what: string): KeptCell {
  const [addr, value, formula, numFmt, ...rest] = list(x, what, [2, 4]);
  const cell: KeptCell = [address(addr, what), keptValue(value, what)];
  if (rest.length) fail(`${what}: không đúng dạng`, `${what}: wrong shape`);
  if (formula !== undefined) {
    const f = str(formula, what, MAX_FORMULA);
    if (f && (!f.startsWith("=") || f.trim() === "=")) fail(`${what}: công thức không hợp lệ`, `${what}: invalid formula`);
    cell.push(f);
  }
  if (numFmt !== undefined) {
    const n = str(numFmt, what, 255);
    if ([...n].some((ch) => ch.charCodeAt(0) < 32)) fail(`${what}: định dạng số không hợp lệ`, `${what}: invalid number format`);
    cell.push(n);
  }
  return cell;
}

function readSheetBackup(x: unknown, what: string, budget: { cells: number }, version: 1 | 2): SheetBackup {
  const b = object(x, what);
  const sheet = sheetName(b.sheet, what);
  if (version === 2 && (isStateName(sheet) || nameKey(sheet) === LEGACY_MARKS_SHEET))
    fail(`${what}: sheet của chính add-in "${sheet}"`, `${what}: the add-in's own sheet "${sheet}"`);
  const spend = (n: number) => {
    budget.cells += n;
    if (budget.cells > MAX_RESTORE_CELLS)
      fail(`quá nhiều ô để khôi phục (> ${MAX_RESTORE_CELLS})`, `too many cells to restore (> ${MAX_RESTORE_CELLS})`);
  };
  if (b.kind === "created") {
    onlyKeys(b, ["sheet", "kind", "rows"], what);
    return { sheet, kind: "created", ...(b.rows !== undefined && { rows: rowPrints(b.rows, `${what}.rows`) }) };
  }
  if (b.kind !== "cells" && b.kind !== "whole") fail(`${what}: loại không hợp lệ`, `${what}: invalid kind`);
  onlyKeys(b, ["sheet", "kind", "cells", "blank", "fills", "notes", "merges", "after", "rows"], what);
  const cells = list(b.cells, `${what}.cells`).map((c, i) => keptCell(c, `${what}.cells[${i}]`));
  spend(cells.length);
  const blank = list(b.blank, `${what}.blank`).map((r, i) => {
    const { range, area } = rangeArea(r, `${what}.blank[${i}]`);
    spend(area);
    return range;
  });
  const fills = list(b.fills, `${what}.fills`).map((f, i): KeptFill => {
    const w = `${what}.fills[${i}]`;
    const [addr, before, ...after] = list(f, w, [2, 3]);
    const out: KeptFill = [address(addr, w), orNull(before, (c) => colour(c, w))];
    if (after.length) out.push(orNull(after[0], (c) => colour(c, w)));
    return out;
  });
  const notes = list(b.notes, `${what}.notes`).map((n, i): KeptNote => {
    const w = `${what}.notes[${i}]`;
    const [addr, before, ...after] = list(n, w, [2, 3]);
    const out: KeptNote = [address(addr, w), orNull(before, (t) => str(t, w))];
    if (after.length) out.push(orNull(after[0], (p) => print(p, w, false)));
    return out;
  });
  spend(fills.length + notes.length);
  const merges =
    b.merges === undefined ? undefined : list(b.merges, `${what}.merges`).map((r, i) => rangeArea(r, `${what}.merges[${i}]`).range);
  if (merges && b.kind !== "whole") fail(`${what}: không đúng dạng`, `${what}: wrong shape`);
  return {
    sheet,
    kind: b.kind,
    cells,
    blank,
    fills,
    notes,
    ...(merges && { merges }),
    ...(b.after !== undefined && { after: prints(b.after, `${what}.after`) }),
    ...(b.rows !== undefined && { rows: rowPrints(b.rows, `${what}.rows`) }),
  };
}

/** The add-in's record as a command or restore finds it in the workbook. */
export interface LoadedState {
  state: SafetyState;
  /** The add-in's state sheet, when the workbook has one (recognised by its title, whatever its name among "_dutoan", "_dutoan_1"…). */
  sheet?: string;
  /** The JSON document the state was read from (version 2), to tell whether a run changes it. */
  json?: string;
  /** The old marks sheet (before version 2), read into the state; deleted at the next write. */
  legacyMarks?: string;
  /** Why the state sheet could not be used (damaged, edited by hand), in Vietnamese and English; the state is empty then. */
  problem?: { vi: string; en: string };
  /** The state must be written at the next write even if nothing else changed: it moves to version 2. */
  migrate: boolean;
}

/** Finds and reads the add-in's record among the sheets read (see sheetNames.stateCandidates). Never throws. */
export function loadState(sheets: readonly SheetInfo[], read: ReadonlyMap<string, SheetSnapshot>): LoadedState {
  let legacyMarks: string | undefined;
  let legacy: MarksState | undefined;
  for (const s of sheets) {
    const snapshot = read.get(s.name);
    if (!legacyMarks && snapshot && nameKey(s.name) === LEGACY_MARKS_SHEET && isLegacyMarksSheet(snapshot)) {
      legacyMarks = s.name;
      legacy = readLegacyMarks(snapshot);
    }
  }
  const own = sheets.map((s) => read.get(s.name)).find((s): s is SheetSnapshot => !!s && isStateName(s.name) && isStateSheet(s));
  if (!own) return { state: { ...emptyState(), ...legacy }, legacyMarks, migrate: legacyMarks !== undefined };
  try {
    const decoded = decodeState(own, legacy);
    return {
      state: decoded.state,
      sheet: own.name,
      json: decoded.version === 2 ? decoded.json : undefined,
      legacyMarks,
      migrate: decoded.version !== 2 || legacyMarks !== undefined,
    };
  } catch (e) {
    // A StateError says what is wrong; anything else thrown by a record no check foresaw is a damaged record too.
    const problem = e instanceof StateError ? { vi: e.vi, en: e.en } : { vi: String(e), en: String(e) };
    return { state: emptyState(), sheet: own.name, legacyMarks, problem, migrate: true };
  }
}

export function copyWritten(written: Written): Written {
  return new Map([...written].map(([sheet, cells]) => [sheet, new Map(cells)]));
}
