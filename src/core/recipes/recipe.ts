import type Decimal from "decimal.js";
import type { Activity, ActivityField, EventLevel } from "../plan/plan";
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
  /** What the quantity is the product of (Số lượng × Số ngày × Số người …), for explaining it; set by the recipes. */
  quantityFrom?: QuantityFactor[];
  /** The plan row's cell the unit cost was typed in (a quote in Đơn giá, the stated Kinh phí kế hoạch), if it was. */
  unitCostFrom?: ActivityField;
}

/**
 * One factor of a line's quantity: a cell of the activity's row, the customary
 * default a recipe used for an empty cell (1 day), or a constant of the rule
 * (2 sessions a day). The factors of a line multiply to its quantity.
 */
export interface QuantityFactor {
  value: Decimal;
  /** The field of the plan row it was read from; undefined for a constant of the rule. */
  field?: ActivityField;
  /** The field was empty and this default was used. */
  assumed?: boolean;
  /** What a constant or a derived value counts ("buổi/ngày", "đêm = số ngày − 1"), in Vietnamese. */
  label?: string;
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
