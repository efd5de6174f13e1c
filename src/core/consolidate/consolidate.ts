import type Decimal from "decimal.js";
import { ZERO } from "../money/money";
import { ACTIVITY_KINDS, type ActivityKind } from "../plan/kinds";
import { mixedNormsFindings } from "./mixedNorms";
import type { UnitFinding, UnitLine, UnitSummary } from "./unit";

/** One activity kind across the units. */
export interface KindTotal {
  kind: ActivityKind;
  amount: Decimal;
  activities: number;
  units: number;
}

/** One spending line across the units: a unit's line summed over them, and how many units have it. */
export type LineTotal = Omit<UnitLine, "sources"> & { units: number };

/** A unit's file that could not be consolidated, and why (a finding naming the file). */
export interface SkippedUnit {
  file: string;
  finding: UnitFinding;
}

/** Tổng hợp dự toán: the units' totals, by activity kind and by spending line, and what to look at. */
export interface Consolidation {
  units: UnitSummary[];
  skipped: SkippedUnit[];
  total: Decimal;
  /** The sum of the allocations the units give; `withoutAllocation` units give none. */
  allocation: Decimal;
  withoutAllocation: number;
  byKind: KindTotal[];
  byLine: LineTotal[];
  /** Mixed provinces or norms dates, and the skipped files. */
  findings: UnitFinding[];
}

/**
 * Adds up the units as they were read (each one small, see UnitSummary): every
 * total is a sum of the units' own amounts, to the đồng, so the summary's total
 * equals the sum of the units' totals, and each kind and line adds up to it too.
 * Pure.
 */
export function consolidate(units: readonly UnitSummary[], skipped: readonly SkippedUnit[] = []): Consolidation {
  let total = ZERO;
  let allocation = ZERO;
  let withoutAllocation = 0;
  const kinds = new Map<ActivityKind, KindTotal>();
  const lines = new Map<string, LineTotal>();
  units.forEach((u) => {
    total = total.plus(u.total);
    if (u.allocation) allocation = allocation.plus(u.allocation);
    else withoutAllocation++;
    const kindsOfUnit = new Set<ActivityKind>();
    for (const a of u.activities) {
      let k = kinds.get(a.kind);
      if (!k) kinds.set(a.kind, (k = { kind: a.kind, amount: ZERO, activities: 0, units: 0 }));
      k.amount = k.amount.plus(a.amount);
      k.activities++;
      if (!kindsOfUnit.has(a.kind)) {
        kindsOfUnit.add(a.kind);
        k.units++;
      }
    }
    // A unit's lines are already summed by key (one UnitLine per key), so each adds one unit.
    for (const l of u.lines) {
      let t = lines.get(l.key);
      if (!t) {
        t = { key: l.key, description: l.description, unit: l.unit, normCode: l.normCode, quantity: ZERO, amount: ZERO, units: 0 };
        lines.set(l.key, t);
      }
      t.quantity = t.quantity.plus(l.quantity);
      t.amount = t.amount.plus(l.amount);
      t.units++;
    }
  });
  const byKind = ACTIVITY_KINDS.map((k) => kinds.get(k)).filter((k): k is KindTotal => k !== undefined);
  const byLine = [...lines.values()].sort((a, b) => b.amount.comparedTo(a.amount) || a.description.localeCompare(b.description, "vi"));
  return {
    units: [...units],
    skipped: [...skipped],
    total,
    allocation,
    withoutAllocation,
    byKind,
    byLine,
    findings: [...mixedNormsFindings(units), ...skipped.map((s) => s.finding)],
  };
}
