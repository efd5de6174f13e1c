import { finding, type Finding } from "../findings/finding";
import { ZERO, sum } from "../money/money";
import type { Check } from "./input";
import { pairActuals } from "./actualsByActivity";
import { QUARTER_EN, QUARTER_VN, amounts, en, rowLabel, spanOf, vnd, where } from "./words";

/**
 * Actual spending against the plan, per activity: spending the year's planned
 * amount over is an error; spending ahead of the quarterly plan (cumulative
 * actual above cumulative plan at the end of a quarter) is a warning, at the
 * first quarter where it happens.
 */
export const checkActualOverspend: Check = ({ quarters, actuals }) => {
  if (!actuals?.recorded) return [];
  const findings: Finding[] = [];
  for (const { plan, actual } of pairActuals(quarters, actuals)) {
    if (!actual) continue;
    const spent = actual.quarters.map((q) => q ?? ZERO);
    const planned = plan.source === "none" ? [ZERO, ZERO, ZERO, plan.amount ?? ZERO] : plan.quarters;
    const label = rowLabel(plan.activity.row, plan.activity.name);
    const year = { spent: sum(spent), planned: sum(planned) };
    if (year.spent.gt(year.planned)) {
      const excess = year.spent.minus(year.planned);
      findings.push(
        finding(
          "error",
          "actual-over-plan",
          `${label.vn}: đã chi ${vnd(year.spent)}, vượt kế hoạch cả năm ${vnd(year.planned)}: vượt ${vnd(excess)}`,
          `${label.en}: ${en(year.spent)} spent, above the year's plan of ${en(year.planned)} by ${en(excess)}`,
          where(spanOf(actual.cells)),
          amounts({ spent: year.spent, planned: year.planned, excess }),
        ),
      );
      continue;
    }
    let cumSpent = ZERO;
    let cumPlanned = ZERO;
    for (let i = 0; i < 4; i++) {
      cumSpent = cumSpent.plus(spent[i]);
      cumPlanned = cumPlanned.plus(planned[i]);
      if (!cumSpent.gt(cumPlanned)) continue;
      const excess = cumSpent.minus(cumPlanned);
      findings.push(
        finding(
          "warning",
          "actual-ahead-of-plan",
          `${label.vn}: lũy kế đến hết ${QUARTER_VN[i + 1]} đã chi ${vnd(cumSpent)}, vượt kế hoạch lũy kế ${vnd(cumPlanned)}: vượt ${vnd(excess)}`,
          `${label.en}: by the end of ${QUARTER_EN[i + 1]}, ${en(cumSpent)} spent, above the cumulative plan of ${en(cumPlanned)} by ${en(excess)}`,
          where(actual.cells[i]),
          amounts({ spentCumulative: cumSpent, plannedCumulative: cumPlanned, excess }),
        ),
      );
      break;
    }
  }
  return findings;
};
