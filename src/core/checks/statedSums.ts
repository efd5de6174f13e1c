import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { sum } from "../money/money";
import type { CellRef, Plan } from "../plan/plan";
import type { Check } from "./input";
import { amounts, en, vnd, where } from "./words";

/** What the children of a group (or of the whole plan) add up to. */
interface Parts {
  /** The children's stated amounts (a child group without one counts as its own parts). */
  total: Decimal;
  /** The same with each inconsistent child group counted as its parts instead of its stated subtotal. */
  ifChildrenFixed: Decimal;
  cells: CellRef[];
}

/**
 * Every total the plan states against what its parts add up to (an error at the
 * total's cell): a group row's subtotal against its activities and sub-groups, the
 * plan's grand total (Tổng cộng row, Tổng kinh phí in Thông tin) against the
 * top-level rows. A mismatch already reported on a sub-group is not reported
 * again on its parent: when the parent adds up with the sub-group's parts in
 * place of its stated subtotal, the sub-group's figure is the odd one out.
 * Totals whose parts do not all state an amount are left alone.
 */
export const checkStatedSums: Check = ({ plan, statedTotals }) => {
  const findings: Finding[] = [];
  const memo = new Map<number | undefined, Parts | undefined>();
  const partsOf = (parent: number | undefined): Parts | undefined => {
    if (!memo.has(parent)) memo.set(parent, computeParts(plan, parent, partsOf));
    return memo.get(parent);
  };
  plan.groups.forEach((group, index) => {
    const cell = group.cells.statedAmount;
    if (!group.statedAmount || !cell) return;
    const label = {
      vn: `Tổng của nhóm "${group.stt} ${group.name}" (dòng ${group.row})`,
      en: `The subtotal of group "${group.stt} ${group.name}" (row ${group.row})`,
    };
    findings.push(...compare(group.statedAmount, partsOf(index), cell, label));
  });
  for (const stated of statedTotals) {
    const label = { vn: "Tổng kinh phí của kế hoạch", en: "The plan's grand total" };
    findings.push(...compare(stated.amount, partsOf(undefined), stated.cell, label));
  }
  return findings;
};

interface Child {
  row: number;
  value?: Decimal;
  fixed?: Decimal;
  cell?: CellRef;
}

function computeParts(plan: Plan, parent: number | undefined, partsOf: (g: number | undefined) => Parts | undefined): Parts | undefined {
  const children: Child[] = [
    ...plan.activities
      .filter((a) => a.groupIndex === parent)
      .map((a): Child => ({ row: a.row, value: a.statedAmount, fixed: a.statedAmount, cell: a.cells.statedAmount })),
    ...plan.groups.flatMap((g, index): Child[] => {
      if (g.parentIndex !== parent) return [];
      const parts = partsOf(index);
      const value = g.statedAmount ?? parts?.total;
      return [{ row: g.row, value, fixed: parts?.total ?? value, cell: g.cells.statedAmount }];
    }),
  ].sort((x, y) => x.row - y.row);
  if (children.length === 0 || children.some((c) => c.value === undefined)) return undefined;
  return {
    total: sum(children.map((c) => c.value!)),
    ifChildrenFixed: sum(children.map((c) => c.fixed ?? c.value!)),
    cells: children.flatMap((c) => (c.cell ? [c.cell] : [])),
  };
}

function compare(stated: Decimal, parts: Parts | undefined, cell: CellRef, label: { vn: string; en: string }): Finding[] {
  if (!parts || parts.total.eq(stated)) return [];
  if (parts.ifChildrenFixed.eq(stated)) return []; // the sub-group's own mismatch says it
  const difference = stated.minus(parts.total);
  const list = parts.cells.map((c) => c.address).join(" + ");
  return [
    finding(
      "error",
      "stated-sum-mismatch",
      `Ô ${cell.sheet}!${cell.address}: ${label.vn} ghi ${vnd(stated)} nhưng các mục con cộng lại ${vnd(parts.total)} (${list}); chênh ${vnd(difference)}`,
      `Cell ${cell.sheet}!${cell.address}: ${label.en} states ${en(stated)} but its parts add up to ${en(parts.total)} (${list}); difference ${en(difference)}`,
      where(cell),
      amounts({ stated, parts: parts.total, difference }),
    ),
  ];
}
