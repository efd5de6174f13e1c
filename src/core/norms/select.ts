import type { Norm } from "./norm";
import { BUILT_IN_NORMS } from "./catalog";
import { foldText } from "../text/fold";

export interface NormQuery {
  /** ISO date of the plan; undefined means today. */
  date?: string;
  province?: string;
}

/** The norms in force for one plan: one per code, the nearest layer winning. */
export interface NormSet {
  readonly date: string;
  readonly province?: string;
  get(code: string): Norm | undefined;
  all(): Norm[];
}

export function inForce(norm: Norm, date: string): boolean {
  return (!norm.validFrom || norm.validFrom <= date) && (!norm.validTo || date <= norm.validTo);
}

const sameProvince = (a: string, b: string) =>
  foldText(a).replace(/^(tinh|thanh pho|tp\.?) /, "") === foldText(b).replace(/^(tinh|thanh pho|tp\.?) /, "");

function rank(norm: Norm, province: string | undefined): number {
  if (norm.layer === "unit") return 3;
  if (norm.jurisdiction !== "national") return province && sameProvince(norm.jurisdiction, province) ? 2 : -1;
  return 1;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Chooses the norms in force at the plan's date for its province. Overrides (the
 * workbook's Định mức sheet: the unit's own levels) win over the built-in ones.
 */
export function selectNorms(query: NormQuery, overrides: readonly Norm[] = [], catalog: readonly Norm[] = BUILT_IN_NORMS): NormSet {
  const date = query.date ?? todayIso();
  const chosen = new Map<string, Norm>();
  for (const norm of [...catalog, ...overrides]) {
    if (!inForce(norm, date)) continue;
    const r = rank(norm, query.province);
    if (r < 0) continue;
    const current = chosen.get(norm.code);
    if (!current || r >= rank(current, query.province)) chosen.set(norm.code, norm);
  }
  return {
    date,
    province: query.province,
    get: (code) => chosen.get(code),
    all: () => [...chosen.values()],
  };
}

/** The built-in norm an override replaces, for the legal-maximum check. */
export function builtInNorm(code: string, query: NormQuery): Norm | undefined {
  return selectNorms(query, []).get(code);
}
