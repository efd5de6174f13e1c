import { finding, type Finding } from "../findings/finding";
import { ZERO } from "../money/money";
import type { Quarter } from "../plan/plan";
import type { Check } from "./input";
import { endedQuarters, planYear } from "./asOf";
import { planQuarterTotals } from "./planTotal";
import { QUARTER_EN, QUARTER_VN, amounts, en, percent, vnd, where } from "./words";

/**
 * The cumulative disbursement rate (tỷ lệ giải ngân lũy kế) at the end of each
 * quarter that has ended as of the date: spent so far over planned so far, for
 * the whole plan. Info, one per quarter; when the Thực hiện table holds no
 * number yet, one info saying so.
 */
export const checkDisbursementRate: Check = ({ plan, quarters, actuals, options }) => {
  if (!actuals) return [];
  if (!actuals.recorded) {
    return [
      finding(
        "info",
        "actuals-not-recorded",
        "Bảng Thực hiện chưa có số liệu chi: chưa kiểm tra được giải ngân",
        "The Thực hiện table holds no spending yet: disbursement is not checked",
        where(actuals.headerCells[0]),
      ),
    ];
  }
  const findings: Finding[] = [];
  const year = planYear(plan, options.asOf);
  const planned = planQuarterTotals(quarters);
  let cumPlanned = ZERO;
  let cumSpent = ZERO;
  const ended = new Set(endedQuarters(year, options.asOf));
  for (let i = 0; i < 4; i++) {
    cumPlanned = cumPlanned.plus(planned[i]);
    cumSpent = actuals.rows.reduce((acc, r) => acc.plus(r.quarters[i] ?? ZERO), cumSpent);
    if (!ended.has((i + 1) as Quarter) || !cumPlanned.gt(0)) continue;
    const rate = percent(cumSpent, cumPlanned);
    findings.push(
      finding(
        "info",
        "disbursement-rate",
        `Giải ngân lũy kế đến hết ${QUARTER_VN[i + 1]}/${year}: ${vnd(cumSpent)} trên kế hoạch ${vnd(cumPlanned)} (${rate.vn})`,
        `Cumulative disbursement by the end of ${QUARTER_EN[i + 1]} ${year}: ${en(cumSpent)} of the planned ${en(cumPlanned)} (${rate.en})`,
        where(actuals.headerCells[i]),
        amounts({ spentCumulative: cumSpent, plannedCumulative: cumPlanned, ratePercent: rate.value.toDecimalPlaces(2) }),
      ),
    );
  }
  return findings;
};
