import { finding, type Finding } from "../findings/finding";
import { sum } from "../money/money";
import type { Check } from "./input";
import { quartersEn, quartersVn, rowLabel, spanOf, where } from "./words";

/**
 * A scheduled activity with no money in any of its quarters: Thời gian names
 * quarters, and the quarterly plan (the user's, or the phased one) gives them
 * nothing. A warning on the scheduled quarters' cells.
 */
export const checkUnfundedSchedule: Check = ({ quarters, quarterCells }) => {
  const findings: Finding[] = [];
  for (const q of quarters) {
    if (q.source === "none" || q.timing.kind === "empty" || q.timing.kind === "unreadable") continue;
    const scheduled = q.scheduled;
    if (!sum(scheduled.map((s) => q.quarters[s - 1])).isZero()) continue;
    const label = rowLabel(q.activity.row, q.activity.name);
    const cells = quarterCells(q.activity.row);
    findings.push(
      finding(
        "warning",
        "scheduled-without-money",
        `${label.vn}: Thời gian "${q.activity.timing}" dự kiến thực hiện trong ${quartersVn(scheduled)} nhưng các quý này không có kinh phí`,
        `${label.en}: Thời gian "${q.activity.timing}" schedules it in ${quartersEn(scheduled)} but those quarters hold no money`,
        where(spanOf(scheduled.map((s) => cells[s - 1]))),
      ),
    );
  }
  return findings;
};
