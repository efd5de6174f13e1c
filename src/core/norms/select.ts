import type { Norm } from "./norm";
import { BUILT_IN_NORMS } from "./catalog";
import { provinceNormApplies } from "./provinces";
import { today, type IsoDate } from "../dates/isoDate";

export interface NormQuery {
  /** The day the norms must be in force (the plan's date); undefined means today. */
  date?: IsoDate;
  province?: string;
}

/** The norms in force for one plan: one per code, the nearest layer winning. */
export interface NormSet {
  readonly date: IsoDate;
  readonly province?: string;
  get(code: string): Norm | undefined;
  all(): Norm[];
}

export function inForce(norm: Norm, date: IsoDate): boolean {
  return (!norm.validFrom || norm.validFrom <= date) && (!norm.validTo || date <= norm.validTo);
}

/** The nearest layer wins: the unit's own (3), the province's (2), national (1); another province's never (-1). */
function rank(norm: Norm, province: string | undefined, date: IsoDate): number {
  if (norm.layer === "unit") return 3;
  if (norm.jurisdiction !== "national") return province && provinceNormApplies(norm.jurisdiction, province, date) === "applies" ? 2 : -1;
  return 1;
}

/**
 * Chooses the norms in force at the plan's date for its province. Overrides (the
 * workbook's Định mức sheet: the unit's own levels) win over the built-in ones.
 */
export function selectNorms(query: NormQuery, overrides: readonly Norm[] = [], catalog: readonly Norm[] = BUILT_IN_NORMS): NormSet {
  const date = query.date ?? today();
  const chosen = new Map<string, Norm>();
  for (const norm of [...catalog, ...overrides]) {
    if (!inForce(norm, date)) continue;
    const r = rank(norm, query.province, date);
    if (r < 0) continue;
    const current = chosen.get(norm.code);
    if (!current || r >= rank(current, query.province, date)) chosen.set(norm.code, norm);
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
