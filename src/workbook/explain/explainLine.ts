import type Decimal from "decimal.js";
import type { ActivityEstimate, Estimate } from "../../core/estimate/estimate";
import { basisWithFit } from "../../core/fit/fitEstimate";
import { money } from "../../core/money/money";
import { normAmount, type Norm } from "../../core/norms/norm";
import type { ActivityField, CellRef } from "../../core/plan/plan";
import type { QuantityFactor } from "../../core/recipes";
import type { ExplainedFactor, ExplainedPart, NormFacts } from "./explanation";

/** What a factor read from a field counts, in the column's words and in English. */
const FIELD_LABEL: Partial<Record<ActivityField, [string, string]>> = {
  quantity: ["Số lượng", "Quantity"],
  participants: ["Số người", "Participants"],
  guests: ["Số đại biểu không hưởng lương", "Delegates not paid by the state"],
  days: ["Số ngày", "Days"],
  year: ["Năm", "Years"],
};

/** The recipes' constants and derived factors (QuantityFactor.label), in English. */
const LABEL_EN: Record<string, string> = {
  "buổi/ngày": "sessions a day",
  "đêm (số ngày − 1)": "nights (days − 1)",
  năm: "year",
  khoản: "lump sum",
};

/** "Kế hoạch!F7". */
export const refText = (ref: CellRef): string => `${ref.sheet}!${ref.address}`;

/** "Định mức!E5" (the Định mức sheet's own source format) as a cell; undefined for a web page or a file. */
function cellOfSource(source: string | undefined): CellRef | undefined {
  const m = source && /^(.+)!([A-Z]{1,3}[1-9][0-9]*)$/.exec(source);
  return m ? { sheet: m[1], address: m[2] } : undefined;
}

function normFacts(norm: Norm): NormFacts {
  return {
    code: norm.code,
    line: norm.line,
    unit: norm.unit,
    level: normAmount(norm),
    cap: norm.cap,
    basis: norm.basis,
    status: norm.status,
    layer: norm.layer,
    source: norm.source,
    note: norm.note,
    validFrom: norm.validFrom,
    validTo: norm.validTo,
    override: norm.layer === "unit" ? cellOfSource(norm.source) : undefined,
  };
}

function explainFactor(f: QuantityFactor, a: ActivityEstimate): ExplainedFactor {
  const [fieldVi, fieldEn] = (f.field && FIELD_LABEL[f.field]) || ["", ""];
  const label = f.label ?? fieldVi;
  const labelEn = f.label ? (LABEL_EN[f.label] ?? f.label) : fieldEn;
  const cell = f.field ? a.activity.cells[f.field] : undefined;
  return {
    value: f.value,
    label,
    labelEn,
    ...(cell && { cell }),
    ...(f.assumed && { assumed: true }),
    ...(f.field && f.label && { derived: true }),
  };
}

/**
 * The factors of a line's quantity as the recipe recorded them; for one period of a
 * multi-year plan, the number of years the activity runs multiplies them.
 */
function factorsOf(a: ActivityEstimate, quantityFrom: readonly QuantityFactor[] | undefined, estimate: Estimate): ExplainedFactor[] {
  const factors = (quantityFrom ?? []).map((f) => explainFactor(f, a));
  const years = estimate.period?.byActivity.get(a.activity.row)?.years;
  if (quantityFrom && years && years.length) {
    factors.push({
      value: money(years.length),
      label: "Số năm thực hiện",
      labelEn: "Years carried out",
      ...(a.activity.cells.year && { cell: a.activity.cells.year, derived: true }),
    });
  }
  return factors;
}

const product = (factors: readonly ExplainedFactor[]): Decimal => factors.reduce((p, f) => p.times(f.value), money(1));

/**
 * One spending line explained: quantity (the plan's cells it multiplies), unit cost
 * (the plan's cell where it was typed, else the norm with its level, cap, basis,
 * status and source, the Định mức cell when the unit's level replaced it), the
 * fitting, the rounding. `writtenAt`: where the add-in wrote the line.
 */
export function explainLine(a: ActivityEstimate, index: number, estimate: Estimate, writtenAt: CellRef[]): ExplainedPart {
  const line = a.lines[index];
  const norm = line.normCode ? estimate.norms.get(line.normCode) : undefined;
  const facts = norm && normFacts(norm);
  const factors = factorsOf(a, line.quantityFrom, estimate);
  const unitCostCell = line.unitCostFrom ? a.activity.cells[line.unitCostFrom] : undefined;
  const from = unitCostCell
    ? refText(unitCostCell)
    : facts?.override
      ? refText(facts.override)
      : facts
        ? (facts.source ?? `${facts.code}: ${facts.basis}`)
        : line.basis;
  return {
    activity: { row: a.activity.row, name: a.activity.name },
    description: line.description,
    unit: line.unit,
    quantity: line.quantity,
    factors,
    factorsComplete: factors.length > 0 && product(factors).eq(line.quantity),
    unitCost: line.unitCost,
    ...(unitCostCell && { unitCostCell }),
    exact: line.quantity.times(line.unitCost),
    amount: line.amount,
    ...(line.normCode && { normCode: line.normCode }),
    basis: basisWithFit(line, estimate),
    status: line.status,
    ...(facts && { norm: facts }),
    ...(line.fitted &&
      estimate.fit && { fitted: { mode: estimate.fit.mode, normUnitCost: line.fitted.unitCost, normAmount: line.fitted.amount } }),
    from,
    writtenAt,
  };
}
