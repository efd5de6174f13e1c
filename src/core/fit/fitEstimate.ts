import type Decimal from "decimal.js";
import { groupMembers, type ActivityEstimate, type Estimate } from "../estimate/estimate";
import { finding, type Finding } from "../findings/finding";
import { formatVnd, money, sum } from "../money/money";
import type { CellRef, Plan } from "../plan/plan";
import { apportionWithin, type Bounded } from "./apportion";
import { fitLines, lawfulRange, ROUNDING_LINE } from "./fitLines";
import type { LineItem } from "../recipes";

/** Fit to the plan's stated amounts, or to the allocation (Kinh phí được giao). */
export type FitMode = NonNullable<Estimate["fit"]>["mode"];

export interface FitRequest {
  mode: FitMode;
  /** The allocation to fit to (mode "allocation"), with the cell it was read from. */
  allocation?: { amount: Decimal; cell?: CellRef };
}

/** The words a fitted line carries where it is printed (Căn cứ / Ghi chú). */
export const FIT_NOTE: Record<FitMode, string> = {
  plan: "điều chỉnh theo kế hoạch",
  allocation: "điều chỉnh theo kinh phí được giao",
};

/**
 * A line's Căn cứ / Ghi chú where it is printed: its basis, and for a fitted line
 * that it was adjusted and the norm's level beside it.
 */
export function basisWithFit(line: LineItem, estimate: Estimate): string {
  if (!line.fitted || !estimate.fit) return line.basis;
  return `${line.basis}; ${FIT_NOTE[estimate.fit.mode]} (mức theo định mức ${formatVnd(line.fitted.unitCost)})`;
}

export interface FitResult {
  /** The fitted estimate: lines, activity amounts, group subtotals and total after fitting. */
  estimate: Estimate;
  /** The fitting's own findings (the estimate's are in `estimate.findings`). */
  findings: Finding[];
}

interface Node {
  /** Index into the plan's groups, or undefined for the whole plan. */
  group?: number;
  target?: Decimal;
}

/**
 * Fits the norms' estimate to the plan it goes with (each stated amount, group
 * subtotal and grand total) or to the allocation, within the law (fitLines). A
 * target the law cannot reach is a finding naming the activity, the target and
 * the lawful range, and that activity keeps its norms' amount; the others are
 * still fitted. The norms' own estimate is kept as `estimate.fit.normsEstimate`,
 * so the checks still compare the plan with the norms.
 */
export function fitEstimate(plan: Plan, estimate: Estimate, request: FitRequest): FitResult {
  const findings: Finding[] = [];
  const step = money(estimate.rounding === "thousand" ? 1000 : 1);
  const targets = new Map<ActivityEstimate, Decimal>();

  if (request.mode === "plan") {
    const tree = treeOf(estimate);
    assignPlanTargets(plan, estimate, tree, { target: plan.info.statedTotal }, targets, step, findings);
  } else {
    const allocation = request.allocation;
    if (!allocation) {
      findings.push(
        finding(
          "error",
          "fit-no-allocation",
          "Không có kinh phí được giao để cân đối: điền bảng Phân bổ hoặc cho số tiền (--allocation)",
          "No allocation to fit to: fill the Phân bổ table or give the amount (--allocation)",
        ),
      );
      return { estimate, findings };
    }
    assignAllocationTargets(estimate, allocation, targets, step, findings);
  }

  const fitted = fitActivities(estimate, targets, request.mode === "allocation", step, findings);
  const groups = groupTotals(plan, estimate, fitted);
  const total = sum(fitted.map((a) => a.amount));
  const changed = fitted.filter((a, i) => a !== estimate.activities[i]).length;
  findings.push(
    finding(
      "info",
      "fit-done",
      `Đã cân đối dự toán ${request.mode === "plan" ? "theo kinh phí kế hoạch" : "theo kinh phí được giao"}: ${changed} hoạt động được điều chỉnh đơn giá (trong giới hạn định mức); tổng ${formatVnd(total)} đồng (theo định mức: ${formatVnd(estimate.total)} đồng).`,
      `The estimate was fitted ${request.mode === "plan" ? "to the plan's stated amounts" : "to the allocation"}: unit costs of ${changed} activities adjusted (within the norms); total ${total.toFixed()} VND (by the norms: ${estimate.total.toFixed()} VND).`,
      undefined,
      { total: total.toFixed(), normsTotal: estimate.total.toFixed() },
    ),
  );
  return {
    estimate: { ...estimate, activities: fitted, groups, total, fit: { mode: request.mode, normsEstimate: estimate } },
    findings,
  };
}

/**
 * Fits each activity to its target. In plan mode each activity must reach its
 * own stated amount, so a remainder its whole-đồng unit costs cannot reach goes
 * to its own rounding line. In allocation mode only the total is binding: the
 * activities' remainders are gathered and given to one activity that can take
 * them in whole đồng of unit cost, and only failing that to a rounding line.
 */
function fitActivities(
  estimate: Estimate,
  targets: ReadonlyMap<ActivityEstimate, Decimal>,
  pooled: boolean,
  step: Decimal,
  findings: Finding[],
): ActivityEstimate[] {
  const fitOne = (a: ActivityEstimate, target: Decimal, keepRemainder: boolean) =>
    fitLines(a.lines, target, estimate.rounding, keepRemainder);
  let pool = money(0);
  const out = estimate.activities.map((a): ActivityEstimate => {
    const target = targets.get(a);
    if (target === undefined || target.eq(a.amount)) return a;
    const fit = fitOne(a, target, pooled);
    if (!fit.ok) {
      findings.push(unreachable(a, target, fit.range, step));
      return a;
    }
    if (fit.cappedReduced) findings.push(cappedReduced(a));
    if (fit.leftover) pool = pool.plus(fit.leftover);
    return { ...a, lines: fit.lines, amount: sum(fit.lines.map((l) => l.amount)) };
  });
  if (!pool.isZero()) {
    const changed = out.map((a, i) => ({ a, i })).filter(({ a, i }) => a !== estimate.activities[i]);
    const exact = changed.find(({ a, i }) => {
      const fit = fitOne(estimate.activities[i], a.amount.plus(pool), true);
      return fit.ok && !fit.leftover;
    });
    const { i } = exact ?? changed.reduce((m, c) => (c.a.amount.greaterThan(m.a.amount) ? c : m));
    const fit = fitOne(estimate.activities[i], out[i].amount.plus(pool), false);
    if (fit.ok) out[i] = { ...out[i], lines: fit.lines, amount: sum(fit.lines.map((l) => l.amount)) };
  }
  for (const [i, a] of out.entries()) {
    const last = a.lines[a.lines.length - 1];
    if (a !== estimate.activities[i] && last?.description === ROUNDING_LINE) findings.push(roundingLine(a, last.amount));
  }
  return out;
}

/**
 * Plan mode, top down: an activity or group that states its amount is fitted to
 * it; the ones that do not share what their parent's stated amount leaves, in
 * proportion to their norms' estimate, within what the law allows each.
 */
function assignPlanTargets(
  plan: Plan,
  estimate: Estimate,
  tree: Tree,
  node: Node,
  targets: Map<ActivityEstimate, Decimal>,
  step: Decimal,
  findings: Finding[],
): void {
  type Child = { group?: number; activity?: ActivityEstimate; stated?: Decimal; amount: Decimal; range: Bounded };
  const own = tree.children.get(node.group) ?? { groups: [], activities: [] };
  const children: Child[] = [
    ...own.groups.map((index): Child => ({
      group: index,
      stated: estimate.groups[index].group.statedAmount,
      amount: estimate.groups[index].amount,
      range: tree.groupRange(index),
    })),
    ...own.activities.map((a): Child => ({ activity: a, stated: a.activity.statedAmount, amount: a.amount, range: activityRange(a) })),
  ];
  const stated = children.filter((c) => c.stated !== undefined);
  const open = children.filter((c) => c.stated === undefined && (c.group !== undefined || c.activity!.complete));
  let shares = new Map<Child, Decimal>();
  if (node.target !== undefined) {
    const fixed = children.filter((c) => !stated.includes(c) && !open.includes(c));
    const left = node.target.minus(sum(stated.map((c) => c.stated!))).minus(sum(fixed.map((c) => c.amount)));
    if (open.length === 0 && !left.isZero() && children.length) findings.push(partsDisagree(plan, node, left));
    else if (open.length) {
      const split = left.isNegative()
        ? undefined
        : apportionWithin(
            left,
            open.map((c) => c.range),
            step,
          );
      if (split) shares = new Map(open.map((c, i) => [c, split[i]]));
      else findings.push(partsDisagree(plan, node, left));
    }
  }
  for (const c of children) {
    const target = c.stated ?? shares.get(c);
    if (c.activity) {
      if (target !== undefined && c.activity.complete) targets.set(c.activity, target);
      else if (target !== undefined) findings.push(incomplete(c.activity));
    } else assignPlanTargets(plan, estimate, tree, { group: c.group, target }, targets, step, findings);
  }
}

/** The plan's outline, built once: each node's child groups and activities, and each group's lawful range. */
interface Tree {
  children: Map<number | undefined, { groups: number[]; activities: ActivityEstimate[] }>;
  groupRange(index: number): Bounded;
}

function treeOf(estimate: Estimate): Tree {
  const children: Tree["children"] = new Map();
  const at = (parent: number | undefined) => {
    let node = children.get(parent);
    if (!node) children.set(parent, (node = { groups: [], activities: [] }));
    return node;
  };
  estimate.groups.forEach((g, index) => at(g.group.parentIndex).groups.push(index));
  for (const a of estimate.activities) at(a.activity.groupIndex).activities.push(a);
  const ranges = new Map<number, Bounded>();
  const groupRange = (index: number): Bounded => {
    const known = ranges.get(index);
    if (known) return known;
    const node = children.get(index) ?? { groups: [], activities: [] };
    const parts = [...node.groups.map(groupRange), ...node.activities.map(activityRange)];
    const range = {
      weight: estimate.groups[index].amount,
      min: sum(parts.map((r) => r.min)),
      max: parts.some((r) => r.max === undefined) ? undefined : sum(parts.map((r) => r.max!)),
    };
    ranges.set(index, range);
    return range;
  };
  return { children, groupRange };
}

/** Each group's subtotal after fitting. */
function groupTotals(plan: Plan, estimate: Estimate, activities: readonly ActivityEstimate[]): Estimate["groups"] {
  const members = groupMembers(plan, activities, (a) => a.activity);
  return estimate.groups.map((g, i) => ({ ...g, amount: sum(members[i].map((a) => a.amount)) }));
}

/**
 * Allocation mode: the allocation is shared among the activities in proportion
 * to their norms' estimate; a locked activity (Khóa) keeps its stated amount, or
 * its estimate when it states none; an incomplete one keeps its estimate.
 */
function assignAllocationTargets(
  estimate: Estimate,
  allocation: NonNullable<FitRequest["allocation"]>,
  targets: Map<ActivityEstimate, Decimal>,
  step: Decimal,
  findings: Finding[],
): void {
  const kept = estimate.activities.filter((a) => a.activity.locked || !a.complete);
  const open = estimate.activities.filter((a) => !kept.includes(a));
  const keptTotal = sum(kept.map((a) => (a.activity.locked && a.activity.statedAmount) || a.amount));
  const left = allocation.amount.minus(keptTotal);
  const split = left.isNegative() ? undefined : apportionWithin(left, open.map(activityRange), step);
  if (!split) {
    const ranges = open.map(activityRange);
    const min = sum(ranges.map((r) => r.min)).plus(keptTotal);
    const max = ranges.every((r) => r.max !== undefined) ? sum(ranges.map((r) => r.max!)).plus(keptTotal) : undefined;
    findings.push(
      finding(
        "error",
        "fit-unreachable",
        `Không cân đối được theo kinh phí được giao ${formatVnd(allocation.amount)} đồng: các hoạt động khóa hoặc chưa đủ dữ liệu đã là ${formatVnd(keptTotal)} đồng, và định mức cho phép tổng từ ${formatVnd(min)}${max ? ` đến ${formatVnd(max)}` : ""} đồng. Bỏ khóa, sửa số lượng hoặc kinh phí được giao.`,
        `Cannot fit to the allocation of ${allocation.amount.toFixed()} VND: locked or incomplete activities already take ${keptTotal.toFixed()} VND, and the norms allow a total from ${min.toFixed()}${max ? ` to ${max.toFixed()}` : ""} VND. Unlock activities, change quantities or the allocation.`,
        allocation.cell,
        { target: allocation.amount.toFixed(), min: min.toFixed(), ...(max ? { max: max.toFixed() } : {}) },
      ),
    );
    return;
  }
  for (const a of kept) if (a.activity.locked && a.activity.statedAmount) targets.set(a, a.activity.statedAmount);
  open.forEach((a, i) => targets.set(a, split[i]));
}

function activityRange(a: ActivityEstimate): Bounded {
  const r = lawfulRange(a.lines);
  return { weight: a.amount, min: r.min, max: r.max };
}

const where = (a: ActivityEstimate) => a.activity.cells.statedAmount ?? a.activity.cells.name;
const prefix = (a: ActivityEstimate) => [`Dòng ${a.activity.row} (${a.activity.name}): `, `Row ${a.activity.row} (${a.activity.name}): `];

function unreachable(a: ActivityEstimate, target: Decimal, range: { min: Decimal; max?: Decimal }, step: Decimal): Finding {
  const [vn, en] = prefix(a);
  const notStep = !target.mod(step).isZero();
  const why = notStep
    ? ["không chia hết cho 1.000 đồng theo quy tắc làm tròn nghìn đồng", "is not a whole number of thousands under the thousand rule"]
    : target.lessThan(range.min)
      ? ["thấp hơn phần định mức cố định (khoán)", "is below the lines the law fixes (lump sums)"]
      : ["cao hơn mức tối đa của các nội dung chi", "is above the maximum of its lines"];
  const maxVn = range.max ? ` đến ${formatVnd(range.max)}` : " trở lên";
  const maxEn = range.max ? ` to ${range.max.toFixed()}` : " or more";
  return finding(
    "error",
    "fit-unreachable",
    `${vn}không cân đối được về ${formatVnd(target)} đồng: số tiền này ${why[0]}. Định mức cho phép từ ${formatVnd(range.min)}${maxVn} đồng; giữ nguyên dự toán theo định mức (${formatVnd(a.amount)} đồng). Sửa số lượng, số người, số ngày hoặc kinh phí kế hoạch.`,
    `${en}cannot be fitted to ${target.toFixed()} VND: that amount ${why[1]}. The norms allow ${range.min.toFixed()}${maxEn} VND; the norms' estimate (${a.amount.toFixed()} VND) is kept. Change the quantities, participants, days or the stated amount.`,
    where(a),
    { target: target.toFixed(), min: range.min.toFixed(), ...(range.max ? { max: range.max.toFixed() } : {}) },
  );
}

function cappedReduced(a: ActivityEstimate): Finding {
  const [vn, en] = prefix(a);
  return finding(
    "warning",
    "fit-capped-reduced",
    `${vn}các nội dung theo giá thị trường không đủ bù chênh lệch: đã giảm cả các mức chi tối đa (vẫn trong giới hạn định mức)`,
    `${en}the lines priced by quote could not absorb the difference: lines with a legal maximum were lowered too (still within the norms)`,
    where(a),
  );
}

function roundingLine(a: ActivityEstimate, amount: Decimal): Finding {
  const [vn, en] = prefix(a);
  return finding(
    "info",
    "fit-rounding-line",
    `${vn}đơn giá làm tròn đến đồng; ${formatVnd(amount)} đồng chênh lệch ghi ở dòng "${ROUNDING_LINE}" để tổng khớp kinh phí`,
    `${en}unit costs are rounded to the đồng; the ${amount.toFixed()} VND difference is on the line "${ROUNDING_LINE}" so the total matches`,
    where(a),
    { rounding: amount.toFixed() },
  );
}

function incomplete(a: ActivityEstimate): Finding {
  const [vn, en] = prefix(a);
  return finding(
    "warning",
    "fit-incomplete",
    `${vn}chưa đủ dữ liệu nên không cân đối; điền các ô còn thiếu rồi chạy lại`,
    `${en}incomplete, so it was not fitted; fill the missing cells and run again`,
    where(a),
  );
}

function partsDisagree(plan: Plan, node: Node, left: Decimal): Finding {
  const group = node.group === undefined ? undefined : plan.groups[node.group];
  const name = group ? [`Nhóm "${group.stt} ${group.name}"`, `Group "${group.stt} ${group.name}"`] : ["Tổng cộng", "The total"];
  const cell = group ? group.cells.statedAmount : undefined;
  return finding(
    "error",
    "fit-parts-disagree",
    `${name[0]}: kinh phí ghi ${formatVnd(node.target!)} đồng không khớp với các phần của nó (chênh ${formatVnd(left)} đồng) trong giới hạn định mức; các hoạt động giữ kinh phí của mình.`,
    `${name[1]}: the stated ${node.target!.toFixed()} VND does not match its parts (off by ${left.toFixed()} VND) within the norms; the activities keep their own amounts.`,
    cell,
    { target: node.target!.toFixed(), difference: left.toFixed() },
  );
}
