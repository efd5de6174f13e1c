import type Decimal from "decimal.js";
import type { Estimate } from "../estimate/estimate";
import type { Norm } from "../norms/norm";
import type { CellRef, Plan } from "../plan/plan";
import type { QuarterPlan } from "../phasing/quarterPlan";
import type { Finding } from "../findings/finding";

/** Kinh phí được giao: the allocation, in total and (optionally) per quarter. */
export interface Allocation {
  /** Cả năm; when only the quarters are given, their sum. */
  total: Decimal;
  /** Where the total was read (or the first quarter cell when only quarters are given). */
  /** Undefined when the officer gave the amount itself (a flag, the pane), not a cell. */
  totalCell?: CellRef;
  /** True when the sheet gave Cả năm itself (not only the quarters). */
  totalStated: boolean;
  /** Quý I..IV as given; undefined when the allocation is not given per quarter. */
  quarters?: (Decimal | undefined)[];
  /** Cells of Quý I..IV (when the table has the columns). */
  quarterCells: (CellRef | undefined)[];
}

/** One row of the Thực hiện (actual spending) table, tied to a plan activity. */
export interface ActualRow {
  /** The Kế hoạch row of the activity it is the spending of. */
  activityRow: number;
  /** Spent in Quý I..IV; undefined where empty. */
  quarters: (Decimal | undefined)[];
  /** Cells of Quý I..IV on the Phân bổ sheet. */
  cells: CellRef[];
  /** The Nội dung cell of the row. */
  nameCell: CellRef;
}

/** Thực hiện: actual spending per activity per quarter. */
export interface Actuals {
  rows: ActualRow[];
  /** The header cells Quý I..IV of the table (plan-wide findings point at them). */
  headerCells: CellRef[];
  /** False when the table holds no number at all (nothing recorded yet). */
  recorded: boolean;
}

/** A grand total the plan states: the Tổng cộng row, or Tổng kinh phí in Thông tin. */
export interface StatedTotal {
  amount: Decimal;
  cell: CellRef;
}

/** The unit's Định mức rows (overrides) and the built-in norm each replaces. */
export interface NormsInput {
  overrides: readonly Norm[];
  builtIn: (code: string) => Norm | undefined;
}

export interface CheckOptions {
  /** ISO date "as of" which quarters are past (actuals checks). */
  asOf: string;
  /** Year-end bunching: Quý IV's share above this percentage is a warning (default 40). */
  q4ThresholdPercent: Decimal;
}

/** Everything a check reads. Checks read, never change. */
export interface CheckInput {
  plan: Plan;
  estimate?: Estimate;
  /** One per activity of the plan, in order: the quarterly plan after phasing. */
  quarters: QuarterPlan[];
  /** Cells of Quý I..IV of each activity row (existing columns, or the ones the add-in appends). */
  quarterCells: (row: number) => CellRef[];
  allocation?: Allocation;
  actuals?: Actuals;
  statedTotals: StatedTotal[];
  norms: NormsInput;
  options: CheckOptions;
}

/** A check: one question about the plan, answered with findings. */
export type Check = (input: CheckInput) => Finding[];
