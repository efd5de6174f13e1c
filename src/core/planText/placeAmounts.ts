import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { formatVnd } from "../money/money";
import type { AmountLine } from "./funding";
import { kindHits } from "../plan/kindWords";
import type { ImportedActivity, ImportedGroup } from "./imported";
import { similarity } from "./similarity";

/**
 * Puts the amounts of the KINH PHÍ section on the activities and groups they
 * belong to. A line without parts goes to the activity (or group) whose name
 * it is most like; a line with parts ("Hoạt động truyền thông: 75.200.000 đồng.
 * Trong đó: ...") goes to the group that holds the rows its parts went to, or
 * else to the group it is most like. What cannot be placed is reported.
 */
export interface Placement {
  activities: Map<number, Decimal>;
  groups: Map<number, Decimal>;
  findings: Finding[];
}

const MIN_SCORE = 0.2;

type Target = { kind: "activity" | "group"; index: number };

function flatten(lines: readonly AmountLine[]): AmountLine[] {
  return lines.flatMap((l) => [l, ...flatten(l.children)]);
}

function score(label: string, name: string, labelKind: string | undefined, kind?: string): number {
  return similarity(label, name) + (labelKind !== undefined && labelKind === kind ? 0.1 : 0);
}

export function placeAmounts(
  lines: readonly AmountLine[],
  activities: readonly ImportedActivity[],
  groups: readonly ImportedGroup[],
): Placement {
  const placement: Placement = { activities: new Map(), groups: new Map(), findings: [] };
  const all = flatten(lines);
  const placed = new Map<AmountLine, Target>();
  const takenA = new Set(activities.flatMap((a, i) => (a.statedAmount ? [i] : [])));
  const takenG = new Set(groups.flatMap((g, i) => (g.statedAmount ? [i] : [])));

  const pairs: Array<{ line: AmountLine; target: Target; score: number }> = [];
  for (const line of all.filter((l) => l.children.length === 0)) {
    const labelKind = kindHits(line.label).kinds[0];
    activities.forEach((a, index) => {
      if (!takenA.has(index))
        pairs.push({ line, target: { kind: "activity", index }, score: score(line.label, a.name, labelKind, a.kind) });
    });
    groups.forEach((g, index) => {
      if (!takenG.has(index)) pairs.push({ line, target: { kind: "group", index }, score: score(line.label, g.name, undefined) });
    });
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const { line, target, score: s } of pairs) {
    const taken = target.kind === "activity" ? takenA : takenG;
    if (s < MIN_SCORE || placed.has(line) || taken.has(target.index)) continue;
    placed.set(line, target);
    taken.add(target.index);
  }

  const byStt = new Map(groups.map((g, i) => [g.stt, i]));
  const chain = (stt: string | undefined): string[] => {
    const out: string[] = [];
    for (let s = stt; s !== undefined; s = groups[byStt.get(s) ?? -1]?.parent) out.push(s);
    return out;
  };
  const container = (t: Target): string | undefined => (t.kind === "activity" ? activities[t.index].group : groups[t.index].parent);

  const parents = all.filter((l) => l.children.length > 0).reverse();
  for (const line of parents) {
    const targets = line.children.map((c) => placed.get(c));
    let index: number | undefined;
    if (targets.every((t) => t !== undefined)) {
      const chains = targets.map((t) => chain(container(t)));
      const common = chains[0].find((stt) => chains.every((c) => c.includes(stt)));
      index = common === undefined ? undefined : byStt.get(common);
    }
    if (index === undefined || takenG.has(index)) {
      const best = groups
        .map((g, i) => ({ i, s: similarity(line.label, g.name) }))
        .filter(({ i, s }) => !takenG.has(i) && s >= MIN_SCORE)
        .sort((a, b) => b.s - a.s)[0];
      index = best?.i;
    }
    if (index === undefined) continue;
    placed.set(line, { kind: "group", index });
    takenG.add(index);
  }

  for (const line of all) {
    const target = placed.get(line);
    if (target?.kind === "activity") placement.activities.set(target.index, line.amount);
    else if (target) placement.groups.set(target.index, line.amount);
    else if (!restates(line, activities, groups, placement.findings)) {
      placement.findings.push(
        finding(
          "warning",
          "amount-unplaced",
          `Dòng ${line.line}: không xác định được kinh phí ${formatVnd(line.amount)} đồng ("${line.label}") thuộc hoạt động nào.`,
          `Line ${line.line}: the amount ${line.amount.toFixed()} ("${line.label}") could not be matched to an activity or group.`,
          undefined,
          { amount: line.amount.toFixed() },
        ),
      );
    }
  }
  return placement;
}

/**
 * A line that repeats an amount a row already states inline ("1. Tổ chức hội thảo:
 * 30.000.000 đồng" and, under KINH PHÍ, "- Hội thảo: 30.000.000 đồng") is no news;
 * one that states another amount for that row is a conflict.
 */
function restates(
  line: AmountLine,
  activities: readonly ImportedActivity[],
  groups: readonly ImportedGroup[],
  findings: Finding[],
): boolean {
  const rows = [...activities, ...groups].filter((r) => r.statedAmount !== undefined);
  const best = rows
    .map((row) => ({ row, s: similarity(line.label, row.name) }))
    .filter(({ s }) => s >= MIN_SCORE)
    .sort((a, b) => b.s - a.s)[0];
  const stated = best?.row.statedAmount;
  if (!best || !stated) return false;
  if (!stated.eq(line.amount)) {
    findings.push(
      finding(
        "warning",
        "amount-conflict",
        `Dòng ${line.line}: kinh phí ${formatVnd(line.amount)} đồng ("${line.label}") khác với ${formatVnd(stated)} đồng đã ghi cho "${best.row.name}".`,
        `Line ${line.line}: the amount ${line.amount.toFixed()} ("${line.label}") differs from the ${stated.toFixed()} stated for "${best.row.name}".`,
        undefined,
        { amount: line.amount.toFixed(), stated: stated.toFixed() },
      ),
    );
  }
  return true;
}
