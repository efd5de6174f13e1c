import type Decimal from "decimal.js";
import type { Norm } from "../core/norms/norm";
import type { CellRef } from "../core/plan/plan";
import { BUILT_IN_NORMS } from "../core/norms/catalog";
import { finding, type Finding } from "../core/findings/finding";
import { formatVnd, money } from "../core/money/money";
import { foldText } from "../core/text/fold";
import { a1 } from "./address";
import { cellText, isEmptyCell } from "./cells";
import { findSheet, foldHeader, headerMoneyScale } from "./layout";
import { bottomRow, cellAt, rightColumn, type BookSnapshot, type SheetSnapshot } from "./port";
import { readNumberCell } from "./readCell";

/*
 * Học mức chi của đơn vị từ dự toán năm trước (learn the unit's own levels from a
 * previous dự toán). Pure: reads a BookSnapshot, proposes one level per norm code,
 * each with the cell it came from. Lines it cannot match are listed, never guessed.
 *
 * Matching a line to a norm, in this order:
 *  1. code: the row's Mã / Mã định mức cell holds a code of the catalog (the
 *     product's breakdown sheet);
 *  2. exact: the description is the text of a catalog line (the product's own
 *     attachment), or that text followed by " (…)" (the assessment line adds its
 *     rule in brackets); the unit is not needed (the plan's unit, "chợ", may stand
 *     in place of the norm's "cái");
 *  3. words: score = the share of the description's significant words (syllables,
 *     folded) found in the norm's line, + UNIT_BONUS when the units are the same;
 *     a code's score is its best over the versions of its line. The best code is
 *     taken when its score is at least MIN_SCORE and strictly above every other
 *     code's; a tie or a low score leaves the line unmatched, with the candidates.
 */

/** Added to the words' share when the line's unit is the norm's unit. */
export const UNIT_BONUS = 0.25;
/** The lowest score a word match may have: 3 words in 4, or half the words and the same unit. */
export const MIN_SCORE = 0.75;
const EPSILON = 1e-9;

export type MatchedBy = "code" | "words";

export interface LearnedLevel {
  code: string;
  /** The catalog's line and unit for the code (what the Định mức sheet will show). */
  line: string;
  unit: string;
  unitCost: Decimal;
  /** The Đơn giá cell of the first line that gave this level. */
  cell: CellRef;
  matchedBy: MatchedBy;
  /** How the first line was matched, in short English ("code in the Mã column", "same text as the catalog line", "4/4 words, same unit"). */
  why: string;
  /** The description of that first line, as written. */
  description: string;
  /** How many lines of the dự toán used this level. */
  count: number;
}

export interface UnmatchedLine {
  description: string;
  unit: string;
  unitCost: Decimal;
  cell: CellRef;
  /** The codes that came closest (tied, or below the threshold), best first; empty when no word is shared. */
  candidates: string[];
}

export interface LevelConflict {
  code: string;
  line: string;
  /** The level proposed. */
  chosen: Decimal;
  /** Every level found for the code, most used first, with the cells of its lines. */
  levels: { unitCost: Decimal; cells: CellRef[] }[];
  reason: string;
  reasonEn: string;
}

export interface LearnResult {
  proposals: LearnedLevel[];
  unmatched: UnmatchedLine[];
  conflicts: LevelConflict[];
  findings: Finding[];
  /** The sheets a dự toán table was read from. */
  sheets: string[];
}

/* ------------------------------------------------------------------ headers */

type Key = "stt" | "name" | "unit" | "quantity" | "unitCost" | "amount" | "code" | "basis";

const HEADERS: Record<Key, readonly string[]> = {
  stt: ["stt", "tt", "so tt"],
  name: ["noi dung", "noi dung chi", "khoan chi", "noi dung cong viec", "dien giai"],
  unit: ["don vi tinh", "dvt", "d.v.t", "dv tinh", "don vi"],
  quantity: ["so luong", "sl", "khoi luong"],
  unitCost: ["don gia", "muc chi", "don gia (bao gia)"],
  amount: ["thanh tien", "kinh phi", "so tien"],
  code: ["ma", "ma dinh muc", "ma dm"],
  basis: ["can cu", "can cu / ghi chu", "can cu dinh muc", "ghi chu"],
};

interface Table {
  headerRow: number;
  cols: Partial<Record<Key, number>>;
  /** đồng per unit of the Đơn giá column ("1000" under "Đơn giá (nghìn đồng)"). */
  scale?: string;
}

/** The header row's columns, when the row is the header of a dự toán table. */
function headerAt(sheet: SheetSnapshot, row: number): Table | undefined {
  const cols: Partial<Record<Key, number>> = {};
  let scale: string | undefined;
  for (let col = sheet.left; col <= rightColumn(sheet); col++) {
    const raw = cellText(cellAt(sheet, row, col));
    const h = foldHeader(raw);
    if (!h) continue;
    const key = (Object.keys(HEADERS) as Key[]).find((k) => HEADERS[k].includes(h));
    if (key && cols[key] === undefined) {
      cols[key] = col;
      if (key === "unitCost") scale = headerMoneyScale(raw);
    }
  }
  const enough = cols.name !== undefined && cols.unitCost !== undefined && (cols.unit ?? cols.quantity ?? cols.amount) !== undefined;
  return enough ? { headerRow: row, cols, scale } : undefined;
}

/* ------------------------------------------------------------------ words */

/** Phrases that say nothing about which norm a line is ("chi phí", "tổ chức"). */
const STOP_PHRASES = [/\bchi phi\b/g, /\bkinh phi\b/g, /\bto chuc\b/g, /\bthuc hien\b/g];
/** Syllables too common to tell norms apart (never ones that fold like a meaningful one: "tại"/"tài" both fold to "tai"). */
const STOP_WORDS = new Set(["va", "cho", "cua", "cac", "voi", "cung", "nhung", "mot", "gom", "bao"]);

/** Significant syllables of a text, folded: no numbers, no one-letter syllables, no stop words. */
export function significantWords(text: string): Set<string> {
  let t = foldText(text);
  for (const p of STOP_PHRASES) t = t.replace(p, " ");
  return new Set(t.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !/^\d+$/.test(w) && !STOP_WORDS.has(w)));
}

/** Folded text without punctuation, for the exact comparison. */
function plain(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9()]+/g, " ")
    .replace(/\s*\(\s*/g, " (")
    .replace(/\s*\)\s*/g, ") ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Units compare folded and without spaces: "người / ngày" = "Người/ngày". */
function sameUnit(a: string, b: string): boolean {
  const f = (u: string) => foldText(u).replace(/\s+/g, "");
  return f(a) !== "" && f(a) === f(b);
}

interface CatalogEntry {
  code: string;
  lines: { line: string; plain: string; words: Set<string>; unit: string }[];
  /** The version shown and written: the national one in force last, else the last one. */
  shown: Norm;
}

/** The catalog by code, every version of a code's line kept for matching. */
function indexCatalog(catalog: readonly Norm[]): Map<string, CatalogEntry> {
  const byCode = new Map<string, CatalogEntry>();
  for (const n of catalog) {
    let e = byCode.get(n.code);
    if (!e) byCode.set(n.code, (e = { code: n.code, lines: [], shown: n }));
    if (!e.lines.some((l) => l.line === n.line && l.unit === n.unit))
      e.lines.push({ line: n.line, plain: plain(n.line), words: significantWords(n.line), unit: n.unit });
    if (later(n, e.shown)) e.shown = n;
  }
  return byCode;
}

/** National over a province's; open-ended over closed; then the latest start. */
function later(a: Norm, b: Norm): boolean {
  const nat = (n: Norm) => (n.jurisdiction === "national" ? 1 : 0);
  if (nat(a) !== nat(b)) return nat(a) > nat(b);
  const open = (n: Norm) => (n.validTo ? 0 : 1);
  if (open(a) !== open(b)) return open(a) > open(b);
  return (a.validFrom ?? "") >= (b.validFrom ?? "");
}

type Match = { code: string; matchedBy: MatchedBy; why: string } | { code?: undefined; candidates: string[]; why: string };

/** Matches one line to a code by its text and unit (steps 2 and 3 of the header comment). */
export function matchLine(description: string, unit: string, catalog: readonly Norm[] = BUILT_IN_NORMS): Match {
  return matchIn(indexCatalog(catalog), description, unit);
}

function matchIn(index: Map<string, CatalogEntry>, description: string, unit: string): Match {
  const entries = [...index.values()];
  const text = plain(description);
  const exact = entries.filter((e) => e.lines.some((l) => l.plain === text));
  if (exact.length === 1) return { code: exact[0].code, matchedBy: "words", why: "same text as the catalog line" };
  if (exact.length > 1) return { candidates: exact.map((e) => e.code), why: "the same text is the line of several codes" };
  // The product's own suffix: "<catalog line> (…)"; the longest catalog line wins.
  let longest = 0;
  let prefixed: CatalogEntry[] = [];
  for (const e of entries)
    for (const l of e.lines) {
      if (!text.startsWith(l.plain + " (")) continue;
      if (l.plain.length > longest) [longest, prefixed] = [l.plain.length, [e]];
      else if (l.plain.length === longest && !prefixed.includes(e)) prefixed.push(e);
    }
  if (prefixed.length === 1) return { code: prefixed[0].code, matchedBy: "words", why: "catalog line followed by a note in brackets" };

  const words = significantWords(description);
  if (!words.size) return { candidates: [], why: "no significant word" };
  const scored = entries
    .map((e) => {
      let best = { score: 0, shared: 0, unit: false };
      for (const l of e.lines) {
        const shared = [...words].filter((w) => l.words.has(w)).length;
        const same = sameUnit(unit, l.unit);
        const score = shared / words.size + (same ? UNIT_BONUS : 0);
        if (score > best.score + EPSILON) best = { score, shared, unit: same };
      }
      return { code: e.code, ...best };
    })
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  // The closest codes shown for an unmatched line: those with at least half of its words (or half a score).
  const candidates = scored
    .filter((s) => s.score + EPSILON >= 0.5)
    .slice(0, 3)
    .map((s) => s.code);
  if (!top) return { candidates, why: "no word in common with a catalog line" };
  const words_ = `${top.shared}/${words.size} words${top.unit ? ", same unit" : ""}`;
  if (top.score + EPSILON < MIN_SCORE) return { candidates, why: `best ${top.code}: ${words_}, below the threshold` };
  if (second && second.score > top.score - EPSILON) {
    const tied = scored.filter((s) => s.score > top.score - EPSILON).map((s) => s.code);
    return { candidates: tied, why: `tie between ${tied.join(", ")} (${words_})` };
  }
  return { code: top.code, matchedBy: "words", why: words_ };
}

/* ------------------------------------------------------------------ reading */

interface CandidateLine {
  description: string;
  unit: string;
  unitCost: Decimal;
  cell: CellRef;
  code?: string;
}

/** Sheets of the layout that are not a dự toán: read never (Định mức, Thông tin, Phân bổ, the state), or last (Kế hoạch). */
function sheetRoles(book: BookSnapshot): { skip: Set<string>; plan?: string } {
  const names = book.sheets.map((s) => s.name);
  const skip = new Set((["norms", "info", "allocation", "state"] as const).map((w) => findSheet(names, w)).filter((n): n is string => !!n));
  return { skip, plan: findSheet(names, "plan") };
}

/** Every table of a sheet, and the lines under its headers that carry a positive Đơn giá. */
function readTables(sheet: SheetSnapshot, findings: Finding[]): { tables: number; lines: CandidateLine[] } {
  const lines: CandidateLine[] = [];
  let table: Table | undefined;
  let tables = 0;
  for (let row = sheet.top; row <= bottomRow(sheet); row++) {
    const header = headerAt(sheet, row);
    if (header) {
      table = header;
      tables++;
      continue;
    }
    if (!table) continue;
    const { cols } = table;
    const textAt = (key: Key) => (cols[key] === undefined ? "" : cellText(cellAt(sheet, row, cols[key]!)).trim());
    const description = textAt("name");
    // A heading, the column-number row ("1 | 2 | 3 …"), a total: no words, or no unit cost.
    if (!/[a-z]/.test(foldText(description))) continue;
    const costCell = cellAt(sheet, row, cols.unitCost!);
    if (isEmptyCell(costCell)) continue;
    const address = a1(row, cols.unitCost!);
    const reading = readNumberCell(costCell, sheet.name, address, "Đơn giá", "Unit cost");
    if (reading.finding) {
      if (textAt("unit") || textAt("quantity"))
        findings.push(
          finding(
            "info",
            "learn-unreadable-unit-cost",
            `Ô ${sheet.name}!${address}: đơn giá của dòng "${description}" không đọc được là số; dòng này không được học`,
            `Cell ${sheet.name}!${address}: the unit cost of "${description}" is not a number; the line is not learned`,
            { sheet: sheet.name, address },
          ),
        );
      continue;
    }
    if (!reading.value || !reading.value.isPositive() || reading.value.isZero()) continue;
    const unitCost = table.scale ? reading.value.times(money(table.scale)) : reading.value;
    const code = textAt("code");
    lines.push({ description, unit: textAt("unit"), unitCost, cell: { sheet: sheet.name, address }, code: code || undefined });
  }
  return { tables, lines };
}

/* ------------------------------------------------------------------ learning */

/**
 * Reads a previous dự toán (this product's Dự toán or Chi tiết dự toán sheet, or a
 * hand-made table with Nội dung, Đơn giá and one of ĐVT / Số lượng / Thành tiền
 * anywhere in a sheet), matches each line to a norm, and proposes the unit's level
 * for each code: the level most lines used (on a tie, the lowest). Pure.
 */
export function learnNorms(book: BookSnapshot, catalog: readonly Norm[] = BUILT_IN_NORMS): LearnResult {
  const findings: Finding[] = [];
  const index = indexCatalog(catalog);
  const { skip, plan } = sheetRoles(book);
  const order = book.sheets.map((s) => s.name).filter((n) => book.read.has(n) && !skip.has(n));

  const read = (names: string[]) => {
    const lines: CandidateLine[] = [];
    const sheets: string[] = [];
    for (const name of names) {
      const r = readTables(book.read.get(name)!, findings);
      if (r.tables) sheets.push(name);
      lines.push(...r.lines);
    }
    return { lines, sheets };
  };
  // The plan sheet is read only when no other sheet holds a table: its rows are activities, not spending lines.
  let { lines, sheets } = read(order.filter((n) => n !== plan));
  if (!sheets.length && plan && order.includes(plan)) ({ lines, sheets } = read([plan]));

  if (!sheets.length) {
    findings.push(
      finding(
        "error",
        "learn-no-table",
        'Không tìm thấy bảng dự toán: cần một dòng tiêu đề có các cột "Nội dung", "Đơn giá" và một trong "Đơn vị tính", "Số lượng", "Thành tiền"',
        'No dự toán table found: a header row needs the columns "Nội dung", "Đơn giá" and one of "Đơn vị tính", "Số lượng", "Thành tiền"',
      ),
    );
    return { proposals: [], unmatched: [], conflicts: [], findings, sheets };
  }
  if (!lines.length) {
    findings.push(
      finding(
        "warning",
        "learn-no-lines",
        `Bảng dự toán (sheet ${sheets.join(", ")}) không có dòng nào có đơn giá lớn hơn 0`,
        `The dự toán table (sheet ${sheets.join(", ")}) has no line with a unit cost above 0`,
        { sheet: sheets[0] },
      ),
    );
  }

  type Hit = CandidateLine & { code: string; matchedBy: MatchedBy; why: string };
  const hits: Hit[] = [];
  const unmatched: UnmatchedLine[] = [];
  for (const line of lines) {
    const where = `${line.cell.sheet}!${line.cell.address}`;
    if (line.code && index.has(line.code)) {
      hits.push({ ...line, code: line.code, matchedBy: "code", why: "code in the Mã column" });
      continue;
    }
    if (line.code && /^[A-Z0-9]+(\.[A-Z0-9]+)+$/.test(line.code))
      findings.push(
        finding(
          "info",
          "learn-unknown-code",
          `Ô ${where}: mã "${line.code}" không có trong danh mục; dòng được đối chiếu theo nội dung`,
          `Cell ${where}: the code "${line.code}" is not in the catalog; the line is matched by its words`,
          line.cell,
        ),
      );
    const m = matchIn(index, line.description, line.unit);
    if (m.code !== undefined) {
      hits.push({ ...line, code: m.code, matchedBy: m.matchedBy, why: m.why });
      continue;
    }
    unmatched.push({ description: line.description, unit: line.unit, unitCost: line.unitCost, cell: line.cell, candidates: m.candidates });
    const near = m.candidates.length ? ` (gần nhất / closest: ${m.candidates.join(", ")})` : "";
    findings.push(
      finding(
        "info",
        "learn-unmatched",
        `Ô ${where}: không xác định được định mức cho dòng "${line.description}" (${formatVnd(line.unitCost)} đồng/${line.unit || "?"}); mức này không được học${near}`,
        `Cell ${where}: no norm could be told for "${line.description}" (${line.unitCost.toFixed()} per ${line.unit || "?"}): ${m.why}; the level is not learned${near}`,
        line.cell,
      ),
    );
  }

  const proposals: LearnedLevel[] = [];
  const conflicts: LevelConflict[] = [];
  const codes = [...new Set(hits.map((h) => h.code))];
  for (const code of codes) {
    const own = hits.filter((h) => h.code === code);
    const levels: { unitCost: Decimal; hits: Hit[] }[] = [];
    for (const h of own) {
      const level = levels.find((l) => l.unitCost.equals(h.unitCost));
      if (level) level.hits.push(h);
      else levels.push({ unitCost: h.unitCost, hits: [h] });
    }
    // Most used first; on a tie the lowest, which stays within what was approved for every line.
    levels.sort((a, b) => b.hits.length - a.hits.length || a.unitCost.comparedTo(b.unitCost));
    const chosen = levels[0];
    const first = chosen.hits[0];
    const shown = index.get(code)!.shown;
    proposals.push({
      code,
      line: shown.line,
      unit: shown.unit,
      unitCost: chosen.unitCost,
      cell: first.cell,
      matchedBy: first.matchedBy,
      why: first.why,
      description: first.description,
      count: chosen.hits.length,
    });
    if (levels.length > 1) {
      const tie = levels[1].hits.length === chosen.hits.length;
      const list = levels
        .map((l) => `${formatVnd(l.unitCost)} (${l.hits.map((h) => `${h.cell.sheet}!${h.cell.address}`).join(", ")})`)
        .join("; ");
      const listEn = levels
        .map((l) => `${l.unitCost.toFixed()} (${l.hits.map((h) => `${h.cell.sheet}!${h.cell.address}`).join(", ")})`)
        .join("; ");
      const reason = tie
        ? `các mức được dùng số lần bằng nhau; chọn mức thấp nhất ${formatVnd(chosen.unitCost)} vì định mức thường là mức tối đa`
        : `chọn mức được dùng nhiều nhất: ${formatVnd(chosen.unitCost)} (${chosen.hits.length}/${own.length} dòng)`;
      const reasonEn = tie
        ? `the levels are used equally often; the lowest, ${chosen.unitCost.toFixed()}, is chosen since a norm is usually a maximum`
        : `the most used level is chosen: ${chosen.unitCost.toFixed()} (${chosen.hits.length} of ${own.length} lines)`;
      conflicts.push({
        code,
        line: shown.line,
        chosen: chosen.unitCost,
        levels: levels.map((l) => ({ unitCost: l.unitCost, cells: l.hits.map((h) => h.cell) })),
        reason,
        reasonEn,
      });
      findings.push(
        finding(
          "warning",
          "learn-conflict",
          `Định mức ${code}: dự toán dùng nhiều mức khác nhau: ${list}; ${reason}`,
          `Norm ${code}: the dự toán uses several levels: ${listEn}; ${reasonEn}`,
          first.cell,
        ),
      );
    }
    if (shown.rule.kind === "share-capped")
      findings.push(
        finding(
          "info",
          "learn-rule-norm",
          `Định mức ${code}: mức ${formatVnd(chosen.unitCost)} năm trước tùy theo chi phí tư vấn, không phải mức trần; không ghi vào sheet Định mức`,
          `Norm ${code}: last year's ${chosen.unitCost.toFixed()} depended on the consulting cost and is not the cap; it is not written to the Định mức sheet`,
          first.cell,
        ),
      );
  }
  return { proposals, unmatched, conflicts, findings, sheets };
}

/**
 * The proposals as the unit's own norms for the Định mức sheet (layer "unit"):
 * the catalog's line, unit, kind and cap for the code, the learned level, and the
 * cell it came from as basis and source. Status "unverified": the level stands in
 * the unit's own document, not in a legal text, and no one has checked it against
 * this year's maximum (the check compares it with the built-in norm). A rule norm
 * (the assessment support) is left out: the level it gave is not its cap.
 */
export function learnedNorms(result: LearnResult, file: string, catalog: readonly Norm[] = BUILT_IN_NORMS): Norm[] {
  const index = indexCatalog(catalog);
  return result.proposals.flatMap((p): Norm[] => {
    const base = index.get(p.code)?.shown;
    if (!base || base.rule.kind !== "amount") return [];
    const from = `${p.cell.sheet}!${p.cell.address}`;
    return [
      {
        code: p.code,
        kind: base.kind,
        line: base.line,
        unit: base.unit,
        rule: { kind: "amount", value: p.unitCost },
        cap: base.cap,
        layer: "unit",
        jurisdiction: "unit",
        basis: `Mức của đơn vị theo dự toán ${file}, ô ${from}`,
        status: "unverified",
        source: `${file}: ${from}`,
        note: `Học từ dự toán năm trước (learned from last year's dự toán): "${p.description}"; căn cứ gốc / catalog basis: ${base.basis}`,
      },
    ];
  });
}
