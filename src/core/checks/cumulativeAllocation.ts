import { finding, type Finding } from "../findings/finding";
import { ZERO } from "../money/money";
import type { Check } from "./input";
import { planQuarterTotals } from "./planTotal";
import { QUARTER_EN, QUARTER_VN, amounts, en, vnd, where } from "./words";

/**
 * Cumulative plan against cumulative allocation, quarter by quarter, when the
 * allocation is given per quarter: money planned before it is allocated cannot be
 * spent then. A warning on the allocation's quarter cell (the year's excess is the
 * grand-total check's error).
 */
export const checkCumulativeAllocation: Check = ({ allocation, quarters }) => {
  if (!allocation?.quarters?.some((q) => q !== undefined) || quarters.length === 0) return [];
  const findings: Finding[] = [];
  const planned = planQuarterTotals(quarters);
  let cumPlan = ZERO;
  let cumAlloc = ZERO;
  for (let i = 0; i < 4; i++) {
    cumPlan = cumPlan.plus(planned[i]);
    cumAlloc = cumAlloc.plus(allocation.quarters[i] ?? ZERO);
    if (!cumPlan.gt(cumAlloc)) continue;
    const excess = cumPlan.minus(cumAlloc);
    const through =
      i === 0 ? { vn: QUARTER_VN[1], en: QUARTER_EN[1] } : { vn: `Quý I - ${QUARTER_VN[i + 1]}`, en: `Q1-${QUARTER_EN[i + 1]}` };
    findings.push(
      finding(
        "warning",
        "cumulative-over-allocation",
        `Lũy kế ${through.vn}: kế hoạch ${vnd(cumPlan)} vượt kinh phí được giao lũy kế ${vnd(cumAlloc)}: vượt ${vnd(excess)}`,
        `Cumulative ${through.en}: the plan's ${en(cumPlan)} exceeds the cumulative allocation of ${en(cumAlloc)} by ${en(excess)}`,
        where(allocation.quarterCells[i] ?? allocation.totalCell),
        amounts({ plannedCumulative: cumPlan, allocatedCumulative: cumAlloc, excess }),
      ),
    );
  }
  return findings;
};
