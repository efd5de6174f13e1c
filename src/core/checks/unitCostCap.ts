import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { normAmount, type Norm } from "../norms/norm";
import type { CellRef } from "../plan/plan";
import type { Check } from "./input";
import { amounts, en, rowLabel, vnd, where } from "./words";

/**
 * A unit cost above the maximum (tối đa) of its norm: a unit cost the user typed
 * on a plan row whose line is priced by a "max" norm, or a Định mức row that
 * raises a built-in maximum. The finding cites the basis. Above a verified legal
 * maximum (or the unit's own declared maximum) it is an error; above a maximum the
 * catalog only estimates, a warning.
 */
export const checkUnitCostCap: Check = ({ estimate, norms }) => {
  const findings: Finding[] = [];
  for (const a of estimate?.activities ?? []) {
    const cell = a.activity.cells.unitCost;
    const seen = new Set<string>();
    for (const line of a.lines) {
      if (line.status !== "user" || !line.normCode || seen.has(line.normCode)) continue;
      seen.add(line.normCode);
      const caps = [estimate?.norms.get(line.normCode), norms.builtIn(line.normCode)].filter(isAmountMax);
      const exceeded = caps.filter((n) => line.unitCost.gt(normAmount(n))).sort((x, y) => normAmount(x).comparedTo(normAmount(y)));
      if (exceeded.length === 0) continue;
      const norm = exceeded[0];
      const label = rowLabel(a.activity.row, a.activity.name);
      findings.push(
        over(line.unitCost, norm, cell ?? a.activity.cells.name, {
          vn: `${label.vn}: đơn giá ${vnd(line.unitCost)}/${line.unit}`,
          en: `${label.en}: the unit cost ${en(line.unitCost)} per ${line.unit}`,
        }),
      );
    }
  }
  for (const override of norms.overrides) {
    const builtIn = norms.builtIn(override.code);
    if (!builtIn || builtIn.cap !== "max") continue;
    const value = normAmount(override);
    if (!value.gt(normAmount(builtIn))) continue;
    findings.push(
      over(value, builtIn, cellOf(override.source), {
        vn: `Định mức "${override.code}" (${override.line}) của đơn vị: ${vnd(value)}/${override.unit}`,
        en: `The unit's norm "${override.code}" (${override.line}): ${en(value)} per ${override.unit}`,
      }),
    );
  }
  return findings;
};

const isAmountMax = (n: Norm | undefined): n is Norm => n !== undefined && n.cap === "max";

/** A legal maximum is one the catalog verified, or one the unit itself declared in its Định mức sheet. */
const isFirmCap = (n: Norm) => n.status === "verified" || n.layer === "unit";

function over(value: Decimal, norm: Norm, cell: CellRef | undefined, label: { vn: string; en: string }): Finding {
  const cap = normAmount(norm);
  const excess = value.minus(cap);
  const firm = isFirmCap(norm);
  return finding(
    firm ? "error" : "warning",
    "unit-cost-above-max",
    `${label.vn} vượt mức tối đa ${vnd(cap)} của định mức ${norm.code} (${norm.line}) ${vnd(excess)}; căn cứ: ${norm.basis}${firm ? "" : " (mức tối đa này là ước tính, cần xác nhận)"}`,
    `${label.en} exceeds the maximum ${en(cap)} of norm ${norm.code} (${norm.line}) by ${en(excess)}; basis: ${norm.basis}${firm ? "" : " (this maximum is an estimate to confirm)"}`,
    where(cell),
    amounts({ unitCost: value, maximum: cap, excess }),
  );
}

/** "Định mức!E5" -> the cell; the source of an override names its Mức chi cell. */
function cellOf(source: string | undefined): CellRef | undefined {
  if (!source) return undefined;
  const bang = source.lastIndexOf("!");
  if (bang <= 0) return undefined;
  return { sheet: source.slice(0, bang), address: source.slice(bang + 1) };
}
