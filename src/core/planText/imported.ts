// What parsePlanText reads from a plan's text. The types sit apart from the parser so that the
// readers it calls (activities, table, placeAmounts, statedTotals) name them without importing
// the parser back: no import cycle. parsePlanText re-exports them.
import type Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import type { ActivityKind } from "../plan/kinds";
import type { Quarter } from "../plan/plan";
import type { Audience } from "./audience";
import type { HeadFacts } from "./planFacts";

/** One activity read from a plan's text. */
export interface ImportedActivity {
  name: string;
  kind: ActivityKind;
  kindGuessed: boolean;
  quantity?: Decimal;
  unit?: string;
  /** Participants of each event. */
  participants?: Decimal;
  /** Delegates of each event not paid by the state budget (from the plan's Đối tượng), when it says. */
  guests?: Decimal;
  /** Who attends, as the plan's Đối tượng says. */
  audience?: Audience;
  days?: Decimal;
  durationMinutes?: { min: Decimal; max: Decimal };
  /** Thời gian as written. */
  timing?: string;
  quarters: Quarter[];
  statedAmount?: Decimal;
  /** The STT path of its group, e.g. "II.1". */
  group?: string;
  /** Its own STT path ("II.1.a"; "II.1-2" for the second bullet item of II.1; the table's TT for table rows). */
  stt: string;
  /** Its number or bullet as the plan writes it ("1", "a", "-", "+"; the table's TT): what the sheet and the attachment print. */
  label: string;
  /** 1-based line of the text where the activity starts. */
  sourceLine: number;
}

export interface ImportedGroup {
  stt: string;
  name: string;
  depth: number;
  parent?: string;
  statedAmount?: Decimal;
}

export interface ImportedPlan {
  /** The head's facts, the plan's total, the allocation when the text states one (with its line) and the source of funds. */
  facts: HeadFacts & { total?: Decimal; allocation?: { amount: Decimal; line: number }; fundingSource?: string };
  activities: ImportedActivity[];
  groups: ImportedGroup[];
  findings: Finding[];
}
