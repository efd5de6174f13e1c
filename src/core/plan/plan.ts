import type Decimal from "decimal.js";
import type { ActivityKind } from "./kinds";
import type { IsoDate } from "../dates/isoDate";
import type { Period } from "./years";

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** Cấp tổ chức: the level that organises an event; it sets meal-support levels (K4 Đ12 TT 40/2017). */
export type EventLevel = "tinh" | "huyen" | "xa";

/** Where a value came from in the workbook, so findings can name the cell. */
export interface CellRef {
  sheet: string;
  /** A1 address, e.g. "F7". */
  address: string;
}

/** Thông tin: facts about the plan as a whole. */
export interface PlanInfo {
  title?: string;
  number?: string;
  /** The plan's own date, as it gives it; chooses the norms in force. Never a date the tool assumed. */
  date?: IsoDate;
  /** Where a date was given but could not be read (an error finding names it). */
  dateUnreadable?: CellRef;
  issuer?: string;
  /** Cơ quan chủ quản: the issuing body's parent ("UBND tỉnh Trà Vinh" above "Sở Công Thương"). */
  parent?: string;
  province?: string;
  level?: EventLevel;
  fundingSource?: string;
  /** Kinh phí được giao / tổng kinh phí stated by the plan. */
  statedTotal?: Decimal;
  /** Giai đoạn: the years a multi-year plan covers (Thông tin, else the title's "giai đoạn 2016 - 2020"). */
  period?: Period;
}

/** One row of the Kế hoạch table that is an activity (hoạt động). */
export interface Activity {
  /** 1-based worksheet row; the key that ties findings and written cells to the row. */
  row: number;
  stt: string;
  name: string;
  kind: ActivityKind;
  /** True when the kind was guessed from Nội dung (the Loại cell was empty). */
  kindGuessed: boolean;
  unit?: string;
  /** Số lượng: events, items, programmes, copies, facilities, trips. */
  quantity?: Decimal;
  /** Số người: participants of each event (mỗi cuộc / lớp / đoàn). */
  participants?: Decimal;
  /** Số đại biểu không hưởng lương: delegates of each event not paid by the state budget (meal support). */
  guests?: Decimal;
  /** Số ngày: days of each event or trip. */
  days?: Decimal;
  /** Đơn giá the user typed (a quote, or the consulting cost for an assessment). */
  unitCost?: Decimal;
  /** Thời gian as written ("Quý II - Quý IV"). */
  timing?: string;
  /**
   * Năm: the years the activity is carried out, in a multi-year plan; its quantity
   * and participants are those of each of these years. Undefined: every year of the plan.
   */
  years?: number[];
  /** Kinh phí kế hoạch: the amount the plan itself states for this activity. */
  statedAmount?: Decimal;
  /** Khóa: the officer keeps this activity's amount when the estimate is fitted to the allocation. */
  locked?: boolean;
  /** Quý I..IV as the user filled them (undefined where empty). */
  quarterAmounts: (Decimal | undefined)[];
  /** Index into Plan.groups of the innermost group this activity belongs to, if any. */
  groupIndex?: number;
  /** Cells of this row by field, for findings. */
  cells: Partial<Record<ActivityField, CellRef>>;
}

export type ActivityField =
  | "stt"
  | "name"
  | "kind"
  | "unit"
  | "quantity"
  | "participants"
  | "guests"
  | "days"
  | "unitCost"
  | "timing"
  | "year"
  | "statedAmount"
  | "lock"
  | "estimate"
  | "basis"
  | "q1"
  | "q2"
  | "q3"
  | "q4";

/** A group row (I, II / 1, 2 / a, b) with the subtotal the plan states, if any. */
export interface Group {
  row: number;
  stt: string;
  name: string;
  /** Nesting depth: 0 for I, II; 1 for 1, 2 under a Roman group; and so on. */
  depth: number;
  parentIndex?: number;
  statedAmount?: Decimal;
  cells: Partial<Record<ActivityField, CellRef>>;
}

/** Kế hoạch: the plan read from the workbook (or from text). */
export interface Plan {
  info: PlanInfo;
  activities: Activity[];
  groups: Group[];
}
