import { finding, type Finding } from "../findings/finding";
import { ZERO, sum } from "../money/money";
import type { Check } from "./input";
import { pairActuals } from "./actualsByActivity";
import { endedQuarters, planYear } from "./asOf";
import { amounts, en, quartersEn, quartersVn, rowLabel, vnd, where } from "./words";

/**
 * Activities planned in a quarter that has ended (as of the date) with nothing
 * spent at all: a warning on the activity's Thực hiện row (or its plan row when
 * the table has none for it). Only once the Thực hiện table holds numbers.
 */
export const checkNothingSpent: Check = ({ plan, quarters, actuals, options }) => {
  if (!actuals?.recorded) return [];
  const ended = endedQuarters(planYear(plan, options.asOf), options.asOf);
  if (ended.length === 0) return [];
  const findings: Finding[] = [];
  for (const { plan: q, actual } of pairActuals(quarters, actuals)) {
    const due = ended.filter((e) => q.quarters[e - 1].gt(0));
    if (due.length === 0) continue;
    const spent = sum((actual?.quarters ?? []).map((v) => v ?? ZERO));
    if (!spent.isZero()) continue;
    const planned = sum(due.map((e) => q.quarters[e - 1]));
    const label = rowLabel(q.activity.row, q.activity.name);
    findings.push(
      finding(
        "warning",
        "planned-nothing-spent",
        `${label.vn}: kế hoạch ${vnd(planned)} trong ${quartersVn(due)} (đã qua tính đến ${options.asOf}) nhưng chưa chi đồng nào`,
        `${label.en}: ${en(planned)} planned in ${quartersEn(due)} (past as of ${options.asOf}) but nothing spent`,
        where(actual?.nameCell ?? q.activity.cells.name),
        amounts({ planned, spent }),
      ),
    );
  }
  return findings;
};
