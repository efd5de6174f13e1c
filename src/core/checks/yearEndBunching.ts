import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { ZERO, sum } from "../money/money";
import type { CellRef } from "../plan/plan";
import type { Check } from "./input";
import { planQuarterTotals } from "./planTotal";
import { amounts, en, percent, spanOf, vnd, where } from "./words";

/** The default share of Quý IV above which the year's money is bunched at year end. */
export const DEFAULT_Q4_THRESHOLD_PERCENT = 40;

/**
 * Year-end bunching: the share of the year's money planned, or spent, in Quý IV
 * above the threshold (default 40%, the user's option) is a warning. Money left to
 * the last quarter is money at risk of not being disbursed in the year.
 */
export const checkYearEndBunching: Check = ({ quarters, quarterCells, actuals, options }) => {
  const findings: Finding[] = [];
  const threshold = options.q4ThresholdPercent;
  const planned = planQuarterTotals(quarters);
  const q4Cells = quarters.map((q) => quarterCells(q.activity.row)[3]);
  findings.push(...share(planned, threshold, spanOf(q4Cells), "planned"));
  if (actuals?.recorded) {
    const spent = [0, 1, 2, 3].map((i) => sum(actuals.rows.map((r) => r.quarters[i] ?? ZERO)));
    findings.push(...share(spent, threshold, actuals.headerCells[3], "spent"));
  }
  return findings;
};

function share(byQuarter: Decimal[], threshold: Decimal, cell: CellRef | undefined, what: "planned" | "spent"): Finding[] {
  const year = sum(byQuarter);
  if (!year.gt(0)) return [];
  const p = percent(byQuarter[3], year);
  if (!p.value.gt(threshold)) return [];
  const subject = what === "planned" ? { vn: "Kế hoạch", en: "The plan puts" } : { vn: "Thực hiện", en: "Spending puts" };
  return [
    finding(
      "warning",
      what === "planned" ? "year-end-bunching" : "year-end-bunching-spent",
      `${subject.vn}: Quý IV chiếm ${p.vn} kinh phí cả năm (${vnd(byQuarter[3])} / ${vnd(year)}), vượt ngưỡng ${threshold.toFixed()}%: dồn chi cuối năm, dễ không giải ngân kịp`,
      `${subject.en} ${p.en} of the year's money in Q4 (${en(byQuarter[3])} of ${en(year)}), above the ${threshold.toFixed()}% threshold: year-end bunching`,
      where(cell),
      amounts({ q4: byQuarter[3], year, thresholdPercent: threshold, sharePercent: p.value.toDecimalPlaces(2) }),
    ),
  ];
}
