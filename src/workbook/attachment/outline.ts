import type Decimal from "decimal.js";
import type { ActivityEstimate, Estimate } from "../../core/estimate/estimate";
import type { LineItem } from "../../core/recipes";
import { sttOf, styleAtDepth } from "./numbering";

export interface OutlineLine {
  stt: string;
  line: LineItem;
}

/** The dự toán table as a tree: the plan's own groups, its activities, their lines, renumbered. */
export type OutlineNode =
  /** A group row of the plan (`row`: its Kế hoạch row). */
  | { kind: "group"; stt: string; name: string; depth: number; amount: Decimal; children: OutlineNode[]; row: number }
  | { kind: "activity"; stt: string; depth: number; estimate: ActivityEstimate; lines: OutlineLine[] };

type Item = { row: number; group: number } | { row: number; activity: ActivityEstimate };

/**
 * The estimate as a tree, in the plan's own structure and numbering: groups and
 * activities keep the STT the plan gives them (I, 1, a, 5.b, gaps included), so
 * the attachment matches the plan it is attached to; spending lines are "-".
 * Only a plan that numbers nothing is numbered here: groups I, II (nested groups
 * and activities one level deeper each: 1, 2, then a, b).
 */
export function attachmentOutline(estimate: Estimate): OutlineNode[] {
  const hasGroups = estimate.groups.length > 0;
  const planNumbered = estimate.activities.some((a) => a.activity.stt.trim()) || estimate.groups.some((g) => g.group.stt.trim());
  const childrenOf = (parent: number | undefined): Item[] => {
    const items: Item[] = [
      ...estimate.groups.flatMap((g, index) => (g.group.parentIndex === parent ? [{ row: g.group.row, group: index }] : [])),
      ...estimate.activities.filter((a) => a.activity.groupIndex === parent).map((a) => ({ row: a.activity.row, activity: a })),
    ];
    return items.sort((x, y) => x.row - y.row);
  };
  const build = (parent: number | undefined, depth: number): OutlineNode[] => {
    const style = styleAtDepth(depth, hasGroups);
    return childrenOf(parent).map((item, i): OutlineNode => {
      const own = "group" in item ? estimate.groups[item.group].group.stt : item.activity.activity.stt;
      const stt = planNumbered ? own.trim() : sttOf(style, i + 1);
      if ("group" in item) {
        const g = estimate.groups[item.group];
        return {
          kind: "group",
          stt,
          name: g.group.name,
          depth,
          amount: g.amount,
          children: build(item.group, depth + 1),
          row: g.group.row,
        };
      }
      return {
        kind: "activity",
        stt,
        depth,
        estimate: item.activity,
        lines: item.activity.lines.map((line) => ({ stt: "-", line })),
      };
    });
  };
  const tree = build(undefined, 0);
  // One year of a multi-year plan: the headings of groups with nothing that year are left out.
  return estimate.year === undefined ? tree : withoutEmptyGroups(tree);
}

function withoutEmptyGroups(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n): OutlineNode[] => {
    if (n.kind === "activity") return [n];
    const children = withoutEmptyGroups(n.children);
    return children.length ? [{ ...n, children }] : [];
  });
}
