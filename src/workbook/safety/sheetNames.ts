import { finding, type Finding } from "../../core/findings/finding";
import { SHEETS } from "../layout";
import { cellAt, formulaAt, type SheetInfo, type SheetSnapshot, type WriteOp } from "../port";
import { normCell } from "./cellState";
import { fingerprint, fingerprintWrite } from "./fingerprint";

/*
 * The add-in's own sheets are recognised by what it wrote in them, never by their
 * name alone: a user's sheet that happens to carry the name (in any case) is left
 * alone, and the add-in writes under another name.
 */

/** Excel compares sheet names without case; composed and decomposed Vietnamese count as one name too. */
export const nameKey = (name: string): string => name.normalize("NFC").toLocaleLowerCase();
export const sameSheetName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** The hidden sheet where the add-in keeps its one record: what it wrote, its marks, and the last command's backup. */
export const STATE_SHEET = SHEETS.state;
/** Before version 2 the check kept its marks and phased quarters in a second hidden sheet; read once, then deleted. */
export const LEGACY_MARKS_SHEET = "_dutoan_marks";

const STATE_NAME = /^_dutoan(_\d{1,3})?$/;

/** Names the state sheet may have: "_dutoan", or "_dutoan_1", "_dutoan_2"… when a user's sheet has the name. */
export const isStateName = (name: string): boolean => STATE_NAME.test(nameKey(name));

/** The sheets to read to find the add-in's record: the state sheet's possible names, and the old marks sheet. */
export function stateCandidates(sheets: readonly SheetInfo[]): string[] {
  return sheets.filter((s) => isStateName(s.name) || nameKey(s.name) === LEGACY_MARKS_SHEET).map((s) => s.name);
}

/** The first name of the series that no sheet of the workbook takes (without case). */
function freeName(sheets: readonly SheetInfo[], name: (n: number) => string, first: number): string {
  const taken = new Set(sheets.map((s) => nameKey(s.name)));
  if (!taken.has(nameKey(name(0)))) return name(0);
  for (let n = first; ; n++) if (!taken.has(nameKey(name(n)))) return name(n);
}

/** A name for a new state sheet: "_dutoan", or "_dutoan_1"… when a user's sheet has that name. */
export const freeStateName = (sheets: readonly SheetInfo[]): string =>
  freeName(sheets, (n) => (n ? `${STATE_SHEET}_${n}` : STATE_SHEET), 1);

/**
 * Sheets the add-in rewrites whole without asking (the breakdown). Under a user's
 * sheet of the same name it writes "Chi tiết dự toán (2)" instead, and says so.
 */
export const SELF_OWNED: readonly string[] = [SHEETS.breakdown];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const aliasPattern = (base: string) => new RegExp(`^${escape(nameKey(base))} \\(\\d{1,3}\\)$`);
const ALIASES = SELF_OWNED.map(aliasPattern);

/** "Chi tiết dự toán (2)"…: names the add-in gives its own sheet when a user's sheet has the name. */
export const isOwnAlias = (name: string): boolean => ALIASES.some((p) => p.test(nameKey(name)));

/** The sheets a command reads besides its own: the record's, and the add-in's sheets written under another name. */
export const recordSheets = (sheets: readonly SheetInfo[]): string[] => [
  ...stateCandidates(sheets),
  ...sheets.filter((s) => isOwnAlias(s.name)).map((s) => s.name),
];

/** The fingerprint of what a sheet holds in A1 ("" for nothing): the mark the add-in checks its own sheets by. */
export function a1Print(sheet: SheetSnapshot): string {
  return fingerprint(normCell(cellAt(sheet, 1, 1)), formulaAt(sheet, 1, 1)) ?? "";
}

/** The fingerprint of what a batch leaves in A1 of a sheet, counting from its last clear ("" for nothing). */
export function a1PrintOfWrites(writes: readonly WriteOp[], sheet: string): string {
  let print = "";
  for (const w of writes) {
    if (w.sheet !== sheet) continue;
    if (w.op === "clearSheet") print = "";
    else if (w.op === "cells" && w.row === 1 && w.col === 1 && w.cells[0]?.[0]) print = fingerprintWrite(w.cells[0][0]) ?? "";
  }
  return print;
}

/**
 * True when `name` is a sheet of the add-in: the record lists it with what the
 * add-in wrote in its A1, and its A1 still holds that (when the sheet was read).
 */
export function isAddinSheet(owned: ReadonlyMap<string, string>, name: string, read: ReadonlyMap<string, SheetSnapshot>): boolean {
  const recorded = owned.get(name);
  if (recorded === undefined) return false;
  const snapshot = read.get(name);
  return snapshot === undefined || a1Print(snapshot) === recorded;
}

export interface Placement {
  writes: WriteOp[];
  findings: Finding[];
}

/**
 * Puts the writes to the add-in's own sheets (SELF_OWNED) on the sheet that is
 * really the add-in's: the one its record names (its A1 unchanged), or, in a
 * workbook from before the record, the one whose A1 holds what the add-in writes
 * there. A user's sheet of that name is never written: the add-in takes the next
 * free "Name (2)" and says so.
 */
export function placeOwnSheets(
  writes: readonly WriteOp[],
  sheets: readonly SheetInfo[],
  read: ReadonlyMap<string, SheetSnapshot>,
  owned: ReadonlyMap<string, string>,
): Placement {
  let out = [...writes];
  const findings: Finding[] = [];
  for (const base of SELF_OWNED) {
    if (!writes.some((w) => w.sheet === base)) continue;
    const target = ownSheetFor(base, sheets, read, owned, a1PrintOfWrites(writes, base));
    if (target === base) continue;
    out = out.map((w) => (w.sheet === base ? { ...w, sheet: target } : w));
    const user = sheets.find((s) => sameSheetName(s.name, base))?.name ?? base;
    if (!sameSheetName(user, target)) findings.push(sheetNameInUse(user, target));
  }
  return { writes: out, findings };
}

function ownSheetFor(
  base: string,
  sheets: readonly SheetInfo[],
  read: ReadonlyMap<string, SheetSnapshot>,
  owned: ReadonlyMap<string, string>,
  a1: string,
): string {
  const alias = aliasPattern(base);
  const ofBase = (name: string) => sameSheetName(name, base) || alias.test(nameKey(name));
  const recordedAny = [...owned.keys()].some(ofBase);
  const ours = (name: string): boolean => {
    if (owned.has(name)) return isAddinSheet(owned, name, read);
    // A workbook from before the record (or a record lost): the sheet whose A1 holds what the add-in writes there.
    const snapshot = read.get(name);
    return !recordedAny && a1 !== "" && snapshot !== undefined && a1Print(snapshot) === a1;
  };
  const found = sheets.find((s) => ofBase(s.name) && ours(s.name));
  if (found) return found.name;
  return freeName(sheets, (n) => (n ? `${base} (${n})` : base), 2);
}

/** A user's sheet has the name of a sheet the add-in writes: the add-in writes its own under another name. */
export function sheetNameInUse(user: string, used: string): Finding {
  return finding(
    "info",
    "sheet-name-in-use",
    `Sheet "${user}" là của người dùng (không phải do add-in tạo), nên add-in không ghi vào đó; add-in ghi vào sheet "${used}".`,
    `Sheet "${user}" is the user's (the add-in did not create it), so the add-in leaves it alone and writes "${used}" instead.`,
    { sheet: used, range: "A1" },
  );
}
