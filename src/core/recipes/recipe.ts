import type Decimal from "decimal.js";
import type { Activity, EventLevel } from "../plan/plan";
import type { NormSet } from "../norms/select";
import type { CapType, NormStatus } from "../norms/norm";
import type { RoundingRule } from "../money/rounding";
import type { Finding } from "../findings/finding";

/** Nội dung chi: one spending line of an activity. */
export interface LineItem {
  description: string;
  unit: string;
  quantity: Decimal;
  unitCost: Decimal;
  /** quantity x unitCost, rounded by the plan's rule. */
  amount: Decimal;
  normCode?: string;
  /** Căn cứ: the legal basis of the unit cost. */
  basis: string;
  /** The status of the norm behind the unit cost; "user" when the user typed the unit cost. */
  status: NormStatus | "user";
  /** The norm's cap type: how far fitting may move the unit cost (max: down only; lump sum: never; actual: either way). */
  cap?: CapType;
  /** When the line was fitted to the plan or the allocation: the level the norm gave, before fitting. */
  fitted?: { unitCost: Decimal; amount: Decimal };
}

export interface RecipeContext {
  norms: NormSet;
  level: EventLevel;
  /** The meal-support norm of the plan's meetings (K4 Đ12 TT 40/2017, by organiser and place). */
  meal: { code: string; assumedUrban: boolean };
  rounding: RoundingRule;
  /** The Kế hoạch sheet's name, for findings. */
  sheet: string;
}

export interface RecipeResult {
  lines: LineItem[];
  findings: Finding[];
}

/** Turns one activity row into its spending lines. */
export type Recipe = (activity: Activity, ctx: RecipeContext) => RecipeResult;
