import type Decimal from "decimal.js";
import type { IsoDate } from "../../core/dates/isoDate";
import type { FitMode } from "../../core/fit/fitEstimate";
import type { Finding } from "../../core/findings/finding";
import type { RoundingRule } from "../../core/money/rounding";
import type { CapType, NormLayer, NormStatus } from "../../core/norms/norm";
import type { CellRef } from "../../core/plan/plan";
import type { WrittenColumn, WrittenLayoutKind } from "../written/writtenSheet";

/** One factor of a quantity, as the officer reads it: what it counts, its value, and the cell it came from. */
export interface ExplainedFactor {
  value: Decimal;
  /** "Số lượng", "Số ngày", "buổi/ngày" … and in English. */
  label: string;
  labelEn: string;
  /** The plan's cell it was read from; none for a constant of the rule. */
  cell?: CellRef;
  /** The cell was empty and the recipe's default was used (1 day). */
  assumed?: boolean;
  /** The value is worked out from the cell, not its number: nights = days − 1, the years a Năm names. */
  derived?: boolean;
}

/** The norm behind a unit cost: its code, level, cap, legal basis, status and source. */
export interface NormFacts {
  code: string;
  line: string;
  unit: string;
  /** The level (mức): the amount per unit, or the cap of a rule norm. */
  level: Decimal;
  cap: CapType;
  basis: string;
  status: NormStatus;
  layer: NormLayer;
  /** Where the figure was found (a web page, a file), when the catalog records it. */
  source?: string;
  note?: string;
  validFrom?: IsoDate;
  validTo?: IsoDate;
  /** The Định mức sheet's cell when the unit's own level replaced the catalog's. */
  override?: CellRef;
}

/** One spending line behind a written cell: quantity × unit cost, and where each came from. */
export interface ExplainedPart {
  /** The activity the line belongs to (its Kế hoạch row and name). */
  activity: { row: number; name: string };
  description: string;
  unit: string;
  quantity: Decimal;
  /** What the quantity is the product of; `factorsComplete` is false when they do not multiply to it. */
  factors: ExplainedFactor[];
  factorsComplete: boolean;
  unitCost: Decimal;
  /** The plan's cell the unit cost was typed in (a quote, the stated amount), when it was. */
  unitCostCell?: CellRef;
  /** quantity × unitCost before rounding, and the amount after it. */
  exact: Decimal;
  amount: Decimal;
  normCode?: string;
  /** Căn cứ as printed (with the fitting note on a fitted line). */
  basis: string;
  status: NormStatus | "user";
  norm?: NormFacts;
  /** A line fitted to the plan or the allocation: the norm's own unit cost and amount beside it. */
  fitted?: { mode: FitMode; normUnitCost: Decimal; normAmount: Decimal };
  /** Where the unit cost came from, in one string: the plan's cell ("Kế hoạch!I4"), the Định mức cell, or the norm's source. */
  from: string;
  /** The cells where the add-in wrote this line (Chi tiết dự toán, Dự toán), for going there. */
  writtenAt: CellRef[];
}

/** What a cell the add-in wrote stands for. */
export type ExplainedKind = "line" | "activity" | "group" | "total" | "words";

/** How a cell was made, or why it cannot be explained (`kind` undefined, the reason in `findings`). */
export interface Explanation {
  cell: CellRef;
  kind?: ExplainedKind;
  /** The sheet's layout and what the cell's column holds. */
  layout?: WrittenLayoutKind;
  column?: WrittenColumn;
  /** The amount of the line, activity, group or total the cell stands for. */
  amount?: Decimal;
  /** The plan row: the activity's, the group's, or the Tổng cộng row (row undefined when the plan has none). */
  activity?: { row?: number; name: string; cell?: CellRef };
  parts: ExplainedPart[];
  /** The formula the add-in writes in the cell, if it writes one ("=ROUND(D12*E12,0)"). */
  formula?: string;
  rounding?: RoundingRule;
  norms?: { date: IsoDate; province?: string };
  fit?: FitMode;
  /** Why a cell cannot be explained, or what differs on the sheet from what the add-in would write now. */
  findings: Finding[];
}
