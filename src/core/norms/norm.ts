import type Decimal from "decimal.js";
import type { ActivityKind } from "../plan/kinds";
import type { IsoDate } from "../dates/isoDate";

/** Cap type: tối đa (a legal maximum), khoán (a lump sum), theo thực tế (actual cost, by invoice or quote). */
export type CapType = "max" | "lump_sum" | "actual";

/** Layer of the norm: the nearest layer wins (national < province < the unit's own Định mức sheet). */
export type NormLayer = "national" | "province" | "unit" | "market";

/** verified: the figure stands in a cited source; unverified: from memory; estimate: a placeholder the user must confirm. */
export type NormStatus = "verified" | "unverified" | "estimate";

/** How a norm turns into a unit cost: a fixed amount, or a rule over an input (the assessment support). */
export type NormRule =
  | { kind: "amount"; value: Decimal }
  /** min(share x base, cap): e.g. support = min(50% x consulting cost, 50.000.000). */
  | { kind: "share-capped"; share: Decimal; cap: Decimal; baseLabel: string };

/** Định mức / mức chi: one unit-cost norm with its legal basis (căn cứ). */
export interface Norm {
  code: string;
  kind: ActivityKind | "any";
  /** The spending line it prices (nội dung chi). */
  line: string;
  unit: string;
  rule: NormRule;
  cap: CapType;
  layer: NormLayer;
  /** "national" or the province's name as written ("Đồng Nai"). */
  jurisdiction: string;
  /** Căn cứ: document and article. */
  basis: string;
  /**
   * In force from / to, inclusive; undefined = open. A norm that cites a document
   * starts no earlier than the day that document can be applied (documents.ts).
   */
  validFrom?: IsoDate;
  validTo?: IsoDate;
  status: NormStatus;
  source?: string;
  note?: string;
}

/** The unit cost a fixed-amount norm gives, or the cap of a rule norm. */
export function normAmount(norm: Norm): Decimal {
  return norm.rule.kind === "amount" ? norm.rule.value : norm.rule.cap;
}
