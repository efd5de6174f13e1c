import { finding, type Finding } from "../findings/finding";
import { sum } from "../money/money";
import type { Check } from "./input";
import { amounts, en, rowLabel, spanOf, vnd, where } from "./words";

/**
 * Quý I..IV the user filled against the activity's amount. The quarters may
 * spread either the estimate (Dự toán, what the add-in phases) or the Kinh phí kế
 * hoạch the plan states; adding up to neither is an error on the quarter cells.
 */
export const checkQuarterSum: Check = ({ quarters, quarterCells }) => {
  const findings: Finding[] = [];
  for (const q of quarters) {
    if (q.source !== "user") continue;
    const targets = [q.estimate, q.activity.statedAmount].filter((t) => t !== undefined);
    if (targets.length === 0) continue;
    const total = sum(q.quarters);
    if (targets.some((t) => t.eq(total))) continue;
    const expected = targets[0];
    const label = rowLabel(q.activity.row, q.activity.name);
    const wantVn = [
      q.estimate && `dự toán ${vnd(q.estimate)}`,
      q.activity.statedAmount && `kinh phí kế hoạch ${vnd(q.activity.statedAmount)}`,
    ]
      .filter(Boolean)
      .join(" hoặc ");
    const wantEn = [
      q.estimate && `the estimate ${en(q.estimate)}`,
      q.activity.statedAmount && `the planned amount ${en(q.activity.statedAmount)}`,
    ]
      .filter(Boolean)
      .join(" or ");
    findings.push(
      finding(
        "error",
        "quarter-sum-mismatch",
        `${label.vn}: Quý I..IV cộng lại ${vnd(total)}, không bằng ${wantVn}; chênh ${vnd(total.minus(expected))}`,
        `${label.en}: Q1..Q4 add up to ${en(total)}, not ${wantEn}; difference ${en(total.minus(expected))}`,
        where(spanOf(quarterCells(q.activity.row))),
        amounts({ quarters: total, estimate: q.estimate, stated: q.activity.statedAmount, difference: total.minus(expected) }),
      ),
    );
  }
  return findings;
};
