import type Decimal from "decimal.js";
import type { Finding } from "../../core/findings/finding";
import { ACTIVITY_KINDS, type ActivityKind } from "../../core/plan/kinds";
import { isMultiYear, type Period } from "../../core/plan/years";
import type { PlanReading } from "../../workbook/readPlan";
import { maxOf } from "../../core/arrays";

export interface KindCount {
  kind: ActivityKind;
  count: number;
  /** How many of them were guessed from Nội dung (the Loại cell was empty or unknown). */
  guessed: number;
}

/** What the pane shows about the plan it found: where, what it recognised, what it could not read. */
export interface PlanSummary {
  found: boolean;
  sheet?: string;
  /** Rows of the table from the header to the last activity, group or total row. */
  headerRow?: number;
  lastRow?: number;
  activities: number;
  groups: number;
  kinds: KindCount[];
  /** The reader's findings: rows or cells it could not read, and why. */
  problems: Finding[];
  title?: string;
  number?: string;
  date?: string;
  province?: string;
  statedTotal?: Decimal;
  /** Giai đoạn of a multi-year plan (2016 - 2020): the pane then offers one year or the whole period. */
  period?: Period;
}

/** Summarises a reading of Kế hoạch for the pane. Pure. */
export function summarizePlan(reading: PlanReading): PlanSummary {
  const { plan, table } = reading;
  const kinds = ACTIVITY_KINDS.map((kind): KindCount => {
    const of = plan.activities.filter((a) => a.kind === kind);
    return { kind, count: of.length, guessed: of.filter((a) => a.kindGuessed).length };
  }).filter((k) => k.count > 0);
  const rows = [...plan.activities.map((a) => a.row), ...plan.groups.map((g) => g.row), table?.totalRow ?? 0];
  return {
    found: table !== undefined,
    sheet: table?.sheet,
    headerRow: table?.headerRow,
    lastRow: table ? maxOf(rows, table.headerRow) : undefined,
    activities: plan.activities.length,
    groups: plan.groups.length,
    kinds,
    problems: reading.findings,
    title: plan.info.title,
    number: plan.info.number,
    date: plan.info.date,
    province: plan.info.province,
    statedTotal: plan.info.statedTotal,
    period: isMultiYear(plan.info.period) ? plan.info.period : undefined,
  };
}
