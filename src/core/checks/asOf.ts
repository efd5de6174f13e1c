import type { Plan, Quarter } from "../plan/plan";
import { parseTiming } from "../plan/timing";

const QUARTER_END = ["", "03-31", "06-30", "09-30", "12-31"] as const;

/** The plan's year: its date, else the first year its Thời gian names, else the year of the "as of" date. */
export function planYear(plan: Plan, asOf: string): number {
  if (plan.info.date) return Number(plan.info.date.slice(0, 4));
  for (const a of plan.activities) {
    const t = parseTiming(a.timing);
    if ((t.kind === "quarters" || t.kind === "whole-year") && t.year) return t.year;
  }
  return Number(asOf.slice(0, 4));
}

/** The quarters of the year that ended before the "as of" date (ISO), in order. */
export function endedQuarters(year: number, asOf: string): Quarter[] {
  return ([1, 2, 3, 4] as Quarter[]).filter((q) => `${year}-${QUARTER_END[q]}` < asOf);
}
