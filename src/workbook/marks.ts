import type { Finding, Severity } from "../core/findings/finding";
import { a1, parseRange } from "./address";
import { cellText } from "./cells";
import { bottomRow, cellAt, type SheetSnapshot, type WriteOp } from "./port";
import { hash } from "./safety/fingerprint";

/**
 * Marking: the cells of each finding get a fill by severity and a note with the
 * message. The add-in's own marks are recorded, with what was there before (fill
 * and note), in its one record (the hidden state sheet, safety/state.ts), so the
 * next run takes exactly its own marks off and never touches the user's fills or
 * notes: a cell whose fill or note the user changed since is left as the user made
 * it. The same record keeps the quarter amounts the add-in phased, so a later run
 * can tell them from the user's.
 */

export const MARK_FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const LABEL: Record<Severity, string> = { error: "LỖI", warning: "CẢNH BÁO", info: "Thông tin" };
/** A finding about a whole column marks at most this many cells. */
const MAX_CELLS_PER_FINDING = 200;
/** Excel notes stay readable; longer texts are cut. */
const MAX_NOTE = 2000;

export interface MarkRecord {
  sheet: string;
  address: string;
  /** The fill ("#RRGGBB") and note that were there before the mark; undefined: none. */
  previousFill?: string;
  previousNote?: string;
  /** The mark as written: its fill, and the fingerprint of its note. */
  fill: string;
  noteHash: string;
}

/** A quarter cell the add-in phased, with the value it wrote (decimal string). */
export interface PhaseRecord {
  sheet: string;
  address: string;
  value: string;
}

export interface MarksState {
  marks: MarkRecord[];
  phased: PhaseRecord[];
}

export const noMarks = (): MarksState => ({ marks: [], phased: [] });

/*
 * Before version 2 the record of the marks was a hidden sheet of its own,
 * "_dutoan_marks". A workbook that still has one is read once: its record moves
 * into the state sheet, and the old sheet is deleted in the same write.
 */
const LEGACY_TITLE = "Dấu của add-in Dự toán (ô tô màu, ghi chú, số chia quý) — đừng sửa / marks of the Dự toán add-in — do not edit";
const LEGACY_HEADER = ["Loại", "Sheet", "Ô", "Màu nền trước", "Ghi chú trước", "Màu nền add-in", "Ghi chú add-in", "Giá trị chia quý"];

/** True when the sheet is the old marks record the add-in wrote (its title and header), not a user's sheet of that name. */
export function isLegacyMarksSheet(sheet: SheetSnapshot): boolean {
  return cellText(cellAt(sheet, 1, 1)) === LEGACY_TITLE && LEGACY_HEADER.every((h, i) => cellText(cellAt(sheet, 2, i + 1)) === h);
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The old marks sheet's record. Rows it cannot read are skipped. */
export function readLegacyMarks(sheet: SheetSnapshot): MarksState {
  const state = noMarks();
  for (let row = 3; row <= bottomRow(sheet); row++) {
    const at = (col: number) => cellText(cellAt(sheet, row, col));
    const [kind, sheetName, address] = [at(1), at(2), at(3)];
    if (!sheetName || !ADDRESS.test(address)) continue;
    if (kind === "mark" && COLOUR.test(at(6))) {
      const previousFill = at(4);
      state.marks.push({
        sheet: sheetName,
        address,
        previousFill: COLOUR.test(previousFill) ? previousFill : undefined,
        previousNote: at(5) || undefined,
        fill: at(6),
        noteHash: hash(at(7)),
      });
    } else if (kind === "phase" && NUMBER.test(at(8))) {
      state.phased.push({ sheet: sheetName, address, value: at(8) });
    }
  }
  return state;
}

export interface MarkPlan {
  writes: WriteOp[];
  state: MarksState;
}

/**
 * The writes that take the previous marks off and put the findings' marks on, and
 * the new record (with the phasing records given), which the runner keeps in the
 * state sheet. Only cells of `sheets` (read, writable) are marked; the previous
 * marks on other sheets are forgotten.
 */
export function markWrites(
  findings: readonly Finding[],
  sheets: ReadonlyMap<string, SheetSnapshot>,
  previous: MarksState,
  phased: readonly PhaseRecord[],
): MarkPlan {
  const wanted = wantedMarks(findings, sheets);
  const writes: WriteOp[] = [];
  // What each previously marked cell looks like once the add-in's own mark is taken off.
  const after = new Map<string, { fill?: string; note?: string; restoreFill?: string | null; restoreNote?: string | null }>();
  for (const m of previous.marks) {
    const s = sheets.get(m.sheet);
    if (!s) continue;
    const key = `${m.sheet}!${m.address}`;
    const fill = s.fills[m.address];
    const note = s.notes[m.address];
    const ownFill = fill !== undefined && fill.toUpperCase() === m.fill.toUpperCase();
    const ownNote = note !== undefined && hash(note) === m.noteHash;
    after.set(key, {
      fill: ownFill ? m.previousFill : fill,
      note: ownNote ? m.previousNote : note,
      restoreFill: ownFill ? (m.previousFill ?? null) : undefined,
      restoreNote: ownNote ? (m.previousNote ?? null) : undefined,
    });
  }
  const marks: MarkRecord[] = [];
  for (const [key, mark] of wanted) {
    const { sheet, address } = mark;
    const s = sheets.get(sheet)!;
    const before = after.get(key) ?? { fill: s.fills[address], note: s.notes[address] };
    after.delete(key);
    const fill = MARK_FILLS[mark.severity];
    writes.push({ op: "style", sheet, range: address, style: { fill } });
    writes.push({ op: "note", sheet, address, text: mark.note });
    marks.push({ sheet, address, previousFill: before.fill, previousNote: before.note, fill, noteHash: hash(mark.note) });
  }
  for (const [key, r] of after) {
    const bang = key.lastIndexOf("!");
    const sheet = key.slice(0, bang);
    const address = key.slice(bang + 1);
    if (r.restoreFill !== undefined) writes.push({ op: "style", sheet, range: address, style: { fill: r.restoreFill } });
    if (r.restoreNote !== undefined) writes.push({ op: "note", sheet, address, text: r.restoreNote });
  }
  return { writes, state: { marks, phased: [...phased] } };
}

interface Wanted {
  sheet: string;
  address: string;
  severity: Severity;
  note: string;
}

/** Each marked cell once, with the most severe finding's colour and every finding's message. */
function wantedMarks(findings: readonly Finding[], sheets: ReadonlyMap<string, SheetSnapshot>): Map<string, Wanted> {
  type Entry = { sheet: string; address: string; list: Finding[] };
  const byCell = new Map<string, Entry>();
  for (const f of findings) {
    if (!f.sheet || !f.range || !sheets.has(f.sheet)) continue;
    for (const address of cellsOf(f.range)) {
      const key: string = `${f.sheet}!${address}`;
      const entry: Entry = byCell.get(key) ?? { sheet: f.sheet, address, list: [] };
      if (!entry.list.includes(f)) entry.list.push(f);
      byCell.set(key, entry);
    }
  }
  const out = new Map<string, Wanted>();
  for (const [key, { sheet, address, list }] of byCell) {
    const sorted = [...list].sort((x, y) => RANK[y.severity] - RANK[x.severity]);
    let note = sorted.map((f) => `${LABEL[f.severity]}: ${f.message}\n(${f.messageEn})`).join("\n\n");
    note = `Dự toán add-in\n${note}`;
    if (note.length > MAX_NOTE) note = note.slice(0, MAX_NOTE - 1) + "…";
    out.set(key, { sheet, address, severity: sorted[0].severity, note });
  }
  return out;
}

function cellsOf(range: string): string[] {
  let box;
  try {
    box = parseRange(range);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      if (out.length >= MAX_CELLS_PER_FINDING) return out;
      out.push(a1(r, c));
    }
  }
  return out;
}
