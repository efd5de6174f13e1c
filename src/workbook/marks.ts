import type { Finding, Severity } from "../core/findings/finding";
import { a1, parseRange } from "./address";
import { cellText, text, type CellWrite } from "./cells";
import { bottomRow, cellAt, type SheetSnapshot, type WriteOp } from "./port";

/**
 * Marking: the cells of each finding get a fill by severity and a note with the
 * message. The add-in's own marks are recorded in a hidden sheet with what was
 * there before (fill and note), so the next run takes exactly its own marks off
 * and never touches the user's fills or notes: a cell whose fill or note the user
 * changed since is left as the user made it. The same sheet records the quarter
 * amounts the add-in phased, so a later run can tell them from the user's.
 */
export const MARKS_SHEET = "_dutoan_marks";

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
  /** The mark as written. */
  fill: string;
  note: string;
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

const TITLE = "Dấu của add-in Dự toán (ô tô màu, ghi chú, số chia quý) — đừng sửa / marks of the Dự toán add-in — do not edit";
const HEADER = ["Loại", "Sheet", "Ô", "Màu nền trước", "Ghi chú trước", "Màu nền add-in", "Ghi chú add-in", "Giá trị chia quý"];

/** The record in the hidden sheet; a missing sheet is no marks. Rows it cannot read are skipped. */
export function readMarks(sheet: SheetSnapshot | undefined): MarksState {
  const state: MarksState = { marks: [], phased: [] };
  if (!sheet) return state;
  for (let row = 3; row <= bottomRow(sheet); row++) {
    const at = (col: number) => cellText(cellAt(sheet, row, col));
    const [kind, sheetName, address] = [at(1), at(2), at(3)];
    if (!sheetName || !/^[A-Z]+\d+$/.test(address)) continue;
    if (kind === "mark" && at(6)) {
      state.marks.push({
        sheet: sheetName,
        address,
        previousFill: at(4) || undefined,
        previousNote: at(5) || undefined,
        fill: at(6),
        note: at(7),
      });
    } else if (kind === "phase" && at(8)) {
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
 * The writes that take the previous marks off and put the findings' marks on, plus
 * the new record (with the phasing records given). Only cells of `sheets` (read,
 * writable) are marked; the previous marks on other sheets are forgotten.
 */
export function markWrites(
  findings: readonly Finding[],
  sheets: ReadonlyMap<string, SheetSnapshot>,
  previous: MarksState,
  phased: readonly PhaseRecord[],
  markSheetExists: boolean,
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
    const ownNote = note !== undefined && note === m.note;
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
    marks.push({ sheet, address, previousFill: before.fill, previousNote: before.note, fill, note: mark.note });
  }
  for (const [key, r] of after) {
    const bang = key.lastIndexOf("!");
    const sheet = key.slice(0, bang);
    const address = key.slice(bang + 1);
    if (r.restoreFill !== undefined) writes.push({ op: "style", sheet, range: address, style: { fill: r.restoreFill } });
    if (r.restoreNote !== undefined) writes.push({ op: "note", sheet, address, text: r.restoreNote });
  }
  const state: MarksState = { marks, phased: [...phased] };
  if (marks.length || phased.length || markSheetExists || previous.marks.length || previous.phased.length) {
    writes.push(...recordWrites(state));
  }
  return { writes, state };
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

/** The hidden record sheet, rewritten whole. */
function recordWrites(state: MarksState): WriteOp[] {
  const rows: CellWrite[][] = [[text(TITLE)], HEADER.map(text)];
  for (const m of state.marks) {
    rows.push([
      text("mark"),
      text(m.sheet),
      text(m.address),
      text(m.previousFill ?? ""),
      text(m.previousNote ?? ""),
      text(m.fill),
      text(m.note),
      text(""),
    ]);
  }
  for (const p of state.phased) {
    rows.push([text("phase"), text(p.sheet), text(p.address), text(""), text(""), text(""), text(""), text(p.value)]);
  }
  return [
    { op: "ensureSheet", sheet: MARKS_SHEET, hidden: true },
    { op: "clearSheet", sheet: MARKS_SHEET },
    { op: "cells", sheet: MARKS_SHEET, row: 1, col: 1, cells: rows },
  ];
}
