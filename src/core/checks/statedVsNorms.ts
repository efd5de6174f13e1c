import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { money } from "../money/money";
import type { CellRef } from "../plan/plan";
import { groupMembers } from "../estimate/estimate";
import type { Check } from "./input";
import { amounts, en, percent, vnd, where } from "./words";

/**
 * Beyond this share of the stated amount, a difference from the norms is a
 * warning; within it, info. A working choice of this tool (not a legal figure):
 * the norms behind most lines are estimates the user confirms, so a difference
 * is something to look at, never an error.
 */
export const NORMS_TOLERANCE_PERCENT = money(10);

/**
 * Every amount the plan states (an activity's Kinh phí kế hoạch, a group's
 * subtotal, the grand total) against what the norms give (the estimate). Only
 * where the estimate is complete: a missing quantity is the estimate's finding.
 * A fitted estimate is compared through the norms' own amounts, so fitting never
 * hides how far the plan is from the norms.
 */
export const checkStatedVsNorms: Check = ({ plan, estimate: given, statedTotals }) => {
  const estimate = given?.fit?.normsEstimate ?? given;
  if (!estimate) return [];
  const findings: Finding[] = [];
  const complete = new Map(estimate.activities.map((a) => [a.activity.row, a.complete && a.lines.length > 0]));
  for (const a of estimate.activities) {
    const { activity } = a;
    if (!activity.statedAmount || !activity.cells.statedAmount || !complete.get(activity.row)) continue;
    findings.push(
      ...compare(activity.statedAmount, a.amount, activity.cells.statedAmount, () => ({
        vn: `Dòng ${activity.row} (${activity.name}): kinh phí kế hoạch`,
        en: `Row ${activity.row} (${activity.name}): the planned amount`,
      })),
    );
  }
  const membersOf = groupMembers(plan, plan.activities, (a) => a);
  estimate.groups.forEach((g, index) => {
    const { group } = g;
    if (!group.statedAmount || !group.cells.statedAmount) return;
    const members = membersOf[index];
    if (members.length === 0 || !members.every((a) => complete.get(a.row))) return;
    findings.push(
      ...compare(group.statedAmount, g.amount, group.cells.statedAmount, () => ({
        vn: `Nhóm "${group.stt} ${group.name}" (dòng ${group.row}): tổng kinh phí`,
        en: `Group "${group.stt} ${group.name}" (row ${group.row}): the subtotal`,
      })),
    );
  });
  if (estimate.activities.length > 0 && [...complete.values()].every(Boolean)) {
    for (const stated of statedTotals) {
      findings.push(
        ...compare(stated.amount, estimate.total, stated.cell, () => ({ vn: "Tổng kinh phí của kế hoạch", en: "The plan's grand total" })),
      );
    }
  }
  return findings;
};

/** `labelOf` is called only for a finding: most activities agree and need no message. */
function compare(stated: Decimal, norms: Decimal, cell: CellRef, labelOf: () => { vn: string; en: string }): Finding[] {
  if (stated.eq(norms)) return [];
  const label = labelOf();
  const difference = norms.minus(stated);
  const share = stated.isZero() ? undefined : percent(difference.abs(), stated);
  const severity = !share || share.value.gt(NORMS_TOLERANCE_PERCENT) ? "warning" : "info";
  const direction = difference.gt(0)
    ? { vn: `cao hơn ${vnd(difference)}`, en: `${en(difference)} more` }
    : { vn: `thấp hơn ${vnd(difference.abs())}`, en: `${en(difference.abs())} less` };
  const shareVn = share ? ` (${share.vn})` : "";
  const shareEn = share ? ` (${share.en})` : "";
  return [
    finding(
      severity,
      "stated-vs-norms",
      `${label.vn} ${vnd(stated)}; theo định mức ${vnd(norms)}, ${direction.vn}${shareVn}. Định mức phần lớn là ước tính: xem lại số liệu hoặc định mức.`,
      `${label.en} is ${en(stated)}; the norms give ${en(norms)}, ${direction.en}${shareEn}. Most norms are estimates: review the figures or the norms.`,
      where(cell),
      amounts({ stated, estimate: norms, difference }),
    ),
  ];
}
