import type { QuarterPlan } from "../phasing/quarterPlan";
import type { ActualRow, Actuals } from "./input";

/** Each activity's quarterly plan with its row of the Thực hiện table (or none). */
export function pairActuals(quarters: readonly QuarterPlan[], actuals: Actuals): { plan: QuarterPlan; actual?: ActualRow }[] {
  const byRow = new Map<number, ActualRow>();
  for (const r of actuals.rows) if (!byRow.has(r.activityRow)) byRow.set(r.activityRow, r);
  return quarters.map((plan) => ({ plan, actual: byRow.get(plan.activity.row) }));
}
