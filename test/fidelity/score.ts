import fs from "fs";
import path from "path";
import type Decimal from "decimal.js";
import { parsePlanText, type ImportedActivity, type ImportedPlan } from "../../src/core/planText/parsePlanText";
import { canonicalProvince } from "../../src/core/norms/provinces";
import { foldText } from "../../src/core/text/fold";

/*
 * Import fidelity: what a careful officer reads in a plan's text (the expected
 * file) against what `dutoan import` reads. A fact is counted when the plan
 * states it, or when the import states one the plan does not (an invented value
 * is wrong). The plan's facts: number, date, issuer, province. Each activity's:
 * kind (always), quantity, participants of each event, quarters. An activity the
 * import misses loses all its facts; one it reads that the plan does not have
 * costs one fact.
 */

export interface ExpectedActivity {
  /** The line of the text where the activity starts (its heading, its bullet, its table row). */
  line: number;
  name: string;
  kind: string;
  quantity: number | null;
  participants: number | null;
  quarters: number[];
}

export interface Expected {
  /** The plan's text, relative to the expected file. */
  text: string;
  plan: { number: string | null; date: string | null; issuer: string | null; province: string | null };
  activities: ExpectedActivity[];
}

export interface Miss {
  fact: string;
  expected: unknown;
  actual: unknown;
}

export interface PlanScore {
  plan: string;
  right: number;
  counted: number;
  misses: Miss[];
}

const EXPECTED_DIR = path.join(__dirname, "expected");

export function expectedFiles(): string[] {
  return fs
    .readdirSync(EXPECTED_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

export function loadExpected(file: string): { expected: Expected; text: string } {
  const expected = JSON.parse(fs.readFileSync(path.join(EXPECTED_DIR, file), "utf8")) as Expected;
  return { expected, text: fs.readFileSync(path.join(EXPECTED_DIR, expected.text), "utf8") };
}

/** "Ủy ban nhân dân" and "UBND" alike, case and diacritics aside. */
const foldName = (s: string): string =>
  foldText(s)
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/[.,]/g, "")
    .trim();

/**
 * The same body: equal names, or one is the other with its province added
 * ("Sở Công Thương" is "Sở Công Thương tỉnh Trà Vinh" in a Trà Vinh plan).
 */
export function sameIssuer(expected: string, actual: string, province: string | null): boolean {
  const [e, a] = [foldName(expected), foldName(actual)];
  if (e === a) return true;
  if (!province) return false;
  const p = foldText(province);
  const bare = (s: string) => s.replace(new RegExp(`\\s+(?:(?:tinh|thanh pho|tp)\\s+)?${p}$`), "");
  return bare(e) === bare(a);
}

const sameProvince = (expected: string, actual: string): boolean =>
  (canonicalProvince(expected) ?? foldText(expected)) === (canonicalProvince(actual) ?? foldText(actual));

const num = (d: Decimal | undefined): number | null => (d === undefined ? null : d.toNumber());

function fact(score: PlanScore, name: string, expected: unknown, actual: unknown, same: boolean): void {
  const stated = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  if (!stated(expected) && !stated(actual)) return;
  score.counted++;
  if (same) score.right++;
  else score.misses.push({ fact: name, expected, actual });
}

function scoreActivity(score: PlanScore, e: ExpectedActivity, a: ImportedActivity | undefined): void {
  const at = `line ${e.line} ${e.name}`;
  if (!a) {
    score.counted += 1 + [e.quantity, e.participants].filter((v) => v !== null).length + (e.quarters.length ? 1 : 0);
    score.misses.push({ fact: `${at}: activity`, expected: e.kind, actual: "not read" });
    return;
  }
  const quantity = num(a.quantity);
  const participants = num(a.participants);
  fact(score, `${at}: kind`, e.kind, a.kind, e.kind === a.kind);
  fact(score, `${at}: quantity`, e.quantity, quantity, e.quantity === quantity);
  fact(score, `${at}: participants`, e.participants, participants, e.participants === participants);
  fact(score, `${at}: quarters`, e.quarters, a.quarters, e.quarters.join(",") === [...a.quarters].sort().join(","));
}

/** Scores one plan's import against what the officer reads. */
export function scorePlan(name: string, expected: Expected, imported: ImportedPlan): PlanScore {
  const score: PlanScore = { plan: name, right: 0, counted: 0, misses: [] };
  const f = imported.facts;
  const e = expected.plan;
  fact(score, "number", e.number, f.number ?? null, e.number === (f.number ?? null));
  fact(score, "date", e.date, f.date ?? null, e.date === (f.date ?? null));
  fact(
    score,
    "issuer",
    e.issuer,
    f.issuer ?? null,
    e.issuer !== null && f.issuer !== undefined && sameIssuer(e.issuer, f.issuer, e.province),
  );
  fact(
    score,
    "province",
    e.province,
    f.province ?? null,
    e.province !== null && f.province !== undefined && sameProvince(e.province, f.province),
  );

  // Each expected activity takes the first imported one that starts between its line and the next's.
  const starts = expected.activities.map((a) => a.line);
  const used = new Set<ImportedActivity>();
  expected.activities.forEach((ea, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : Number.POSITIVE_INFINITY;
    const match = imported.activities.find((a) => !used.has(a) && a.sourceLine >= ea.line && a.sourceLine < end);
    if (match) used.add(match);
    scoreActivity(score, ea, match);
  });
  for (const a of imported.activities.filter((x) => !used.has(x))) {
    score.counted++;
    score.misses.push({ fact: `line ${a.sourceLine}: activity not in the plan`, expected: null, actual: `${a.kind} "${a.name}"` });
  }
  return score;
}

export function scoreAll(): PlanScore[] {
  return expectedFiles().map((file) => {
    const { expected, text } = loadExpected(file);
    return scorePlan(file.replace(/\.json$/, ""), expected, parsePlanText(text));
  });
}

const pct = (right: number, counted: number): string => `${((100 * right) / counted).toFixed(1)}%`;

/** The per-plan table, then the total. */
export function fidelityTable(scores: readonly PlanScore[]): string {
  const width = Math.max(...scores.map((s) => s.plan.length), 5);
  const rows = scores.map(
    (s) => `${s.plan.padEnd(width)}  ${`${s.right}/${s.counted}`.padStart(7)}  ${pct(s.right, s.counted).padStart(6)}`,
  );
  const right = scores.reduce((n, s) => n + s.right, 0);
  const counted = scores.reduce((n, s) => n + s.counted, 0);
  const misses = scores.flatMap((s) =>
    s.misses.map((m) => `  ${s.plan}: ${m.fact}: expected ${JSON.stringify(m.expected)}, read ${JSON.stringify(m.actual)}`),
  );
  return [
    `${"plan".padEnd(width)}  ${"facts".padStart(7)}  ${"right".padStart(6)}`,
    ...rows,
    `${"total".padEnd(width)}  ${`${right}/${counted}`.padStart(7)}  ${pct(right, counted).padStart(6)}`,
    ...(misses.length ? ["misses:", ...misses] : []),
  ].join("\n");
}
