import { isoDate } from "../../src/core/dates/isoDate";
import { mealSupportNorm } from "../../src/core/norms/jurisdiction";
import type { Activity, ActivityField, EventLevel } from "../../src/core/plan/plan";
import type { ActivityKind } from "../../src/core/plan/kinds";
import type { Norm } from "../../src/core/norms/norm";
import type { RoundingRule } from "../../src/core/money/rounding";
import type { RecipeContext, RecipeResult } from "../../src/core/recipes";
import { builtInNorm, selectNorms } from "../../src/core/norms/select";
import { money } from "../../src/core/money/money";

/** Where each field of a Kế hoạch row sits in the test plans (A = STT, B = Nội dung, ...). */
export const COLUMN_OF: Record<ActivityField, string> = {
  stt: "A",
  name: "B",
  kind: "C",
  unit: "D",
  quantity: "E",
  participants: "F",
  guests: "G",
  days: "H",
  unitCost: "I",
  timing: "J",
  statedAmount: "K",
  estimate: "L",
  basis: "M",
  q1: "N",
  q2: "O",
  q3: "P",
  q4: "Q",
  lock: "R",
  year: "S",
};

export const PLAN_SHEET = "Kế hoạch";

type Amount = "quantity" | "participants" | "guests" | "days" | "unitCost" | "statedAmount";

/** An activity row as a test writes it: amounts as decimal text ("2.5"), never JS numbers. */
export type ActivityInput = { kind: ActivityKind; name?: string; unit?: string; row?: number } & Partial<Record<Amount, string>>;

export function activity(input: ActivityInput): Activity {
  const row = input.row ?? 3;
  const cells: Activity["cells"] = {};
  for (const [field, col] of Object.entries(COLUMN_OF) as [ActivityField, string][])
    cells[field] = { sheet: PLAN_SHEET, address: `${col}${row}` };
  const dec = (v: string | undefined) => (v === undefined ? undefined : money(v));
  return {
    row,
    stt: "1",
    name: input.name ?? `Hoạt động ${input.kind}`,
    kind: input.kind,
    kindGuessed: false,
    unit: input.unit,
    quantity: dec(input.quantity),
    participants: dec(input.participants),
    guests: dec(input.guests),
    days: dec(input.days),
    unitCost: dec(input.unitCost),
    statedAmount: dec(input.statedAmount),
    quarterAmounts: [undefined, undefined, undefined, undefined],
    cells,
  };
}

export interface ContextInput {
  date?: string;
  province?: string;
  level?: EventLevel;
  rounding?: RoundingRule;
  overrides?: Norm[];
}

export function context(input: ContextInput = {}): RecipeContext {
  const norms = selectNorms({ date: isoDate(input.date ?? "2020-03-19"), province: input.province }, input.overrides ?? []);
  const level = input.level ?? "tinh";
  return {
    norms,
    level,
    meal: mealSupportNorm(level, input.province, norms.date),
    rounding: input.rounding ?? "dong",
    sheet: PLAN_SHEET,
  };
}

/** A row of the Định mức sheet replacing the built-in level of `code` (layer unit). */
export function unitLevel(code: string, value: string, date = "2020-03-19"): Norm {
  const base = builtInNorm(code, { date: isoDate(date) });
  if (!base) throw new Error(`no built-in norm ${code} on ${date}`);
  const rule = base.rule.kind === "share-capped" ? { ...base.rule, cap: money(value) } : { kind: "amount" as const, value: money(value) };
  return { ...base, rule, layer: "unit", jurisdiction: "unit", basis: "Quy chế chi tiêu nội bộ", status: "verified" };
}

/** The lines as [norm code, quantity, unit cost, amount] in decimal text, to compare with the hand computation. */
export function lineTable(result: RecipeResult): [string, string, string, string][] {
  return result.lines.map((l) => [l.normCode ?? "", l.quantity.toFixed(), l.unitCost.toFixed(), l.amount.toFixed()]);
}

export function totalOf(result: RecipeResult): string {
  return result.lines.reduce((acc, l) => acc.plus(l.amount), money(0)).toFixed();
}

/** The findings as {severity, code, range} for compact assertions. */
export function findingCells(result: RecipeResult): { severity: string; code: string; sheet?: string; range?: string }[] {
  return result.findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, range: f.range }));
}
