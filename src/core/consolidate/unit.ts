import type Decimal from "decimal.js";
import type { IsoDate } from "../dates/isoDate";
import type { Finding } from "../findings/finding";
import type { ActivityKind } from "../plan/kinds";
import type { CellRef } from "../plan/plan";

/** A finding about one unit's file: the file it is about, beside the sheet and cell in it. */
export type UnitFinding = Finding & { file?: string };

/**
 * Where a unit's amounts come from: "file", the estimate the unit wrote into its
 * workbook (the Dự toán column of Kế hoạch); "computed", estimated here from its
 * plan because the file holds none (the file itself is never written).
 */
export type EstimateOrigin = "file" | "computed";

/** One activity of a unit, with its amount and the cell of the unit's file it comes from. */
export interface UnitActivity {
  row: number;
  stt: string;
  name: string;
  kind: ActivityKind;
  amount: Decimal;
  source: CellRef;
}

/** A spending line (nội dung chi) of a unit, summed over its activities: its cells in the unit's file. */
export interface UnitLine {
  key: string;
  description: string;
  unit: string;
  normCode?: string;
  quantity: Decimal;
  amount: Decimal;
  sources: CellRef[];
}

export type UnitStatus = "ok" | "warnings" | "errors";

/**
 * What the consolidation keeps of one unit's workbook once it is read: small
 * (the activities and spending lines, not the workbook), so that hundreds of
 * files can be read one after another while memory stays flat.
 */
export interface UnitSummary {
  /** The file as the officer named it (the CLI's argument, the picked file's name). */
  file: string;
  /** Cơ quan ban hành, else the plan's title, else the file's name. */
  name: string;
  title?: string;
  number?: string;
  province?: string;
  /** The day whose norms the estimate used, and whether it was assumed (the plan has no readable date). */
  normsDate: IsoDate;
  normsDateAssumed: boolean;
  origin: EstimateOrigin;
  total: Decimal;
  /** The cell (or range) of the unit's file the total is, or is the sum of. */
  totalSource: CellRef;
  allocation?: Decimal;
  allocationSource?: CellRef;
  activities: UnitActivity[];
  lines: UnitLine[];
  /** The unit's errors, each naming the file and the cell. */
  errors: UnitFinding[];
  /** How many warnings the unit's plan has (they are the unit's to read in its own file). */
  warnings: number;
  /** What the consolidation itself says about the unit (estimated here, its estimate differs from its plan). */
  notes: UnitFinding[];
}

export function unitStatus(unit: Pick<UnitSummary, "errors" | "warnings">): UnitStatus {
  if (unit.errors.length) return "errors";
  return unit.warnings ? "warnings" : "ok";
}
