import { finding, type Finding } from "../findings/finding";
import type Decimal from "decimal.js";
import { KIND_LABELS, type ActivityKind } from "../plan/kinds";
import { alignedFold, normaliseText } from "../text/alignedFold";
import { firstSentence } from "./alignedFold";
import { amountLabel, findAmounts, firstAmount } from "./amounts";
import { readField, type Field } from "./fields";
import { readAudience } from "./audience";
import { foldText } from "../text/fold";
import { money } from "../money/money";
import { chooseKind } from "./kindOf";
import { kindHits } from "../plan/kindWords";
import type { ImportedActivity, ImportedGroup } from "./imported";
import { findQuantities, readQuantities } from "./quantities";
import { BULLETS, descendants, STRUCTURAL, type OutlineNode } from "./structure";
import { cleanTiming, inlineTiming, quartersOf, timingFindings } from "./timingOf";

/**
 * The activities of the outline. An item's bullets are its details ("- Đối
 * tượng:", "- Thời gian:"), except under a numbered heading that only lists
 * them ("1. Tuyên truyền ...:" then "- In ấn tài liệu ..."), where each bullet
 * is an item. A numbered or lettered item with items under it is a group;
 * its own bullets describe it, and its "Thời gian" holds for its items.
 */
export interface OutlineReading {
  activities: ImportedActivity[];
  groups: ImportedGroup[];
  findings: Finding[];
}

/** Verbs that open an activity even when its kind has no name in the field's words. */
const ACTION_HEADS = [
  "to chuc",
  "trang bi",
  "treo",
  "bien soan",
  "bien tap",
  "ho tro",
  "in",
  "dat in",
  "thue",
  "mua",
  "lap dat",
  "thiet ke",
  "phat hanh",
  "quay",
  "san xuat phim",
  "duy tri",
  "cap nhat",
];

const startsWithAction = (text: string): boolean => {
  const folded = alignedFold(normaliseText(text));
  return ACTION_HEADS.some((v) => folded.startsWith(`${v} `));
};

const isStructural = (n: OutlineNode): boolean => STRUCTURAL.has(n.para.marker) && !readField(n.para.text);

function bulletsAreItems(node: OutlineNode, isRoot: boolean): boolean {
  if (node.para.marker === "alpha" || node.para.marker === "numParen" || BULLETS.has(node.para.marker)) return false;
  const items = node.children.filter((c) => BULLETS.has(c.para.marker) || (isRoot && c.para.marker === "plain"));
  if (items.length === 0 || node.children.some((c) => readField(c.para.text))) return false;
  if (isRoot || /:\s*$/.test(node.para.text)) return true;
  return kindHits(node.para.text).kinds.length === 0 && findQuantities(node.para.text).length === 0;
}

function visit(out: OutlineReading, node: OutlineNode, depth: number, parent: string | undefined, timing: string | undefined): void {
  if (depth === 0 || node.children.some(isStructural) || bulletsAreItems(node, false)) {
    readGroup(out, node, depth, parent, timing);
  } else {
    readItem(out, node, parent, timing);
  }
}

function readGroup(out: OutlineReading, node: OutlineNode, depth: number, parent: string | undefined, inherited: string | undefined): void {
  const heading = node.para.text;
  const group: ImportedGroup = { stt: node.path, name: firstSentence(amountLabel(heading)), depth };
  if (parent !== undefined) group.parent = parent;
  const stt = node.path === "" ? undefined : node.path;
  const own = node.children.filter((c) => !isStructural(c));
  const fields = own.map((c) => readField(c.para.text)).filter((f) => f !== undefined);
  const amount = firstAmount(heading) ?? fields.filter((f) => f.name === "amount").map((f) => firstAmount(f.value))[0];
  if (amount) group.statedAmount = amount;
  if (stt !== undefined) out.groups.push(group);
  const timing = cleanTiming(fields.find((f) => f.name === "timing")?.value) ?? inherited;
  const structural = node.children.filter(isStructural);
  if (structural.length > 0 || !bulletsAreItems(node, depth === 0)) {
    for (const c of own) checkDescription(out, c);
    for (const c of structural) visit(out, c, depth + 1, stt, timing);
    return;
  }
  for (const c of own) {
    if (readField(c.para.text)) continue;
    readItem(out, c, stt, timing);
  }
}

/** A group's own bullets: nothing to read, but a quantity there must not vanish. */
function checkDescription(out: OutlineReading, node: OutlineNode): void {
  const texts = [node, ...descendants(node)].map((n) => n.para.text).filter((t) => readField(t)?.name !== "timing");
  const counted = texts.some((t) => findQuantities(t).length > 0);
  if (!counted) return;
  out.findings.push(
    finding(
      "warning",
      "quantity-outside-activity",
      `Dòng ${node.para.line}: "${firstSentence(node.para.text)}" có số lượng nhưng là phần mô tả của nhóm, chưa gắn với hoạt động nào.`,
      `Line ${node.para.line}: "${firstSentence(node.para.text)}" states a quantity but describes a group; it is not attached to any activity.`,
    ),
  );
}

function readItem(out: OutlineReading, node: OutlineNode, group: string | undefined, inherited: string | undefined): void {
  const heading = node.para.text;
  const line = node.para.line;
  const detailTexts = descendants(node).map((d) => d.para.text);
  const fields = detailTexts.map((t) => readField(t)).filter((f) => f !== undefined);
  const bodyTexts = detailTexts.filter((t) => readField(t)?.name !== "timing");
  const timing = cleanTiming(fields.find((f) => f.name === "timing")?.value) ?? inherited ?? inlineTiming([heading, ...bodyTexts]);
  let choice = chooseKind(heading, bodyTexts);
  const reading = readQuantities([heading, ...bodyTexts], choice.source === "none" ? undefined : choice.kind);
  if (choice.source === "none" && reading.unit) choice = chooseKind(heading, bodyTexts, reading.unit);
  const amount = firstAmount(heading) ?? fields.filter((f) => f.name === "amount").map((f) => firstAmount(f.value))[0];
  const looksLikeActivity = choice.source !== "none" || reading.quantity || reading.rate || amount || startsWithAction(heading);
  const name = firstSentence(findAmounts(heading).length ? amountLabel(heading) : heading);
  if (!looksLikeActivity) {
    out.findings.push(
      finding(
        "info",
        "item-not-activity",
        `Dòng ${line}: "${name}" không có loại hoạt động, số lượng hay kinh phí nên không được đọc là hoạt động.`,
        `Line ${line}: "${name}" names no activity kind, quantity or amount, so it was not read as an activity.`,
      ),
    );
    return;
  }
  const activity: ImportedActivity = {
    name,
    kind: choice.kind,
    kindGuessed: true,
    quarters: [],
    stt: node.path,
    label: node.para.label,
    sourceLine: line,
  };
  if (group !== undefined) activity.group = group;
  if (timing !== undefined) activity.timing = timing;
  activity.quarters = quartersOf(timing);
  out.findings.push(...timingFindings(timing, line, name));
  if (reading.quantity) {
    activity.quantity = reading.quantity;
    activity.unit = reading.unit;
  } else if (reading.rate) fromRate(out, activity, reading.rate);
  if (reading.participants) activity.participants = reading.participants;
  guestsFromAudience(out, activity, fields);
  if (reading.days) activity.days = reading.days;
  if (reading.durationMinutes) activity.durationMinutes = reading.durationMinutes;
  if (amount) activity.statedAmount = amount;
  kindFindings(out, activity, choice.others);
  for (const { mention } of reading.extras) {
    out.findings.push(
      finding(
        "info",
        "extra-quantity",
        `Dòng ${line}: "${name}" còn ghi ${mention.value.toFixed()} ${mention.unit} ngoài số lượng ${activity.quantity?.toFixed()} ${activity.unit}; xem có cần tách thành hoạt động riêng.`,
        `Line ${line}: "${name}" also states ${mention.value.toFixed()} ${mention.unit} besides the quantity ${activity.quantity?.toFixed()} ${activity.unit}; consider a separate activity.`,
      ),
    );
  }
  out.activities.push(activity);
}

const MEETINGS = new Set(["conference", "workshop", "training"]);

/**
 * Số đại biểu không hưởng lương from the plan's "Đối tượng": all participants when
 * it names only businesses or residents, none when only civil servants; when it
 * names both, the count is the officer's to fill, and said.
 */
function guestsFromAudience(out: OutlineReading, activity: ImportedActivity, fields: readonly Field[]): void {
  if (!MEETINGS.has(activity.kind)) return;
  const who = fields.find((f) => foldText(f.label).startsWith("doi tuong") || foldText(f.label).startsWith("thanh phan"));
  const audience = who ? readAudience(who.value) : undefined;
  if (audience) activity.audience = audience;
  if (audience === "state-paid") activity.guests = money(0);
  else if (audience === "not-state-paid" && activity.participants) activity.guests = activity.participants;
  else if (audience === "mixed") {
    out.findings.push(
      finding(
        "warning",
        "audience-mixed",
        `Dòng ${activity.sourceLine}: "${activity.name}": đối tượng gồm cả cán bộ hưởng lương NSNN và người ngoài (doanh nghiệp…); điền Số đại biểu không hưởng lương để tính tiền ăn đại biểu.`,
        `Line ${activity.sourceLine}: "${activity.name}": the audience mixes people paid by the state budget and others (businesses…); fill Số đại biểu không hưởng lương so meal support can be counted.`,
      ),
    );
  }
}

/** "04 số/quý" and no yearly figure: the rate times the quarters of the timing. */
function fromRate(out: OutlineReading, activity: ImportedActivity, rate: { value: Decimal; unit: string; per: string }): void {
  const { sourceLine: line, name } = activity;
  if (rate.per === "quy" && activity.quarters.length > 0) {
    activity.quantity = rate.value.times(activity.quarters.length);
    activity.unit = rate.unit;
    out.findings.push(
      finding(
        "info",
        "quantity-from-rate",
        `Dòng ${line}: "${name}" ghi ${rate.value.toFixed()} ${rate.unit}/quý; số lượng lấy theo ${activity.quarters.length} quý = ${activity.quantity.toFixed()}.`,
        `Line ${line}: "${name}" states ${rate.value.toFixed()} ${rate.unit} per quarter; quantity taken over ${activity.quarters.length} quarters = ${activity.quantity.toFixed()}.`,
      ),
    );
    return;
  }
  out.findings.push(
    finding(
      "warning",
      "quantity-rate-only",
      `Dòng ${line}: "${name}" chỉ ghi ${rate.value.toFixed()} ${rate.unit}/${rate.per}, không có số lượng cả năm.`,
      `Line ${line}: "${name}" only states ${rate.value.toFixed()} ${rate.unit} per ${rate.per}, not the year's quantity.`,
    ),
  );
}

function kindFindings(out: OutlineReading, activity: ImportedActivity, others: readonly ActivityKind[]): void {
  const { sourceLine: line, name } = activity;
  if (activity.kind === "other") {
    out.findings.push(
      finding(
        "warning",
        "kind-unknown",
        `Dòng ${line}: "${name}" trông như một hoạt động nhưng không rõ loại; đã ghi là "Khác", cần chọn loại.`,
        `Line ${line}: "${name}" looks like an activity but its kind is not recognised; recorded as "other", choose its kind.`,
      ),
    );
  } else if (others.length > 0) {
    const labels = others.map((k) => KIND_LABELS[k]).join(", ");
    out.findings.push(
      finding(
        "warning",
        "mixed-kinds",
        `Dòng ${line}: "${name}" gồm nhiều loại hoạt động (${KIND_LABELS[activity.kind]}, ${labels}); đã ghi là ${KIND_LABELS[activity.kind]}, nên tách riêng.`,
        `Line ${line}: "${name}" mixes kinds (${activity.kind}, ${others.join(", ")}); recorded as ${activity.kind}, consider splitting it.`,
      ),
    );
  }
}

/** Reads the activities and groups of the sections that hold them. */
export function readOutlineActivities(roots: readonly OutlineNode[]): OutlineReading {
  const out: OutlineReading = { activities: [], groups: [], findings: [] };
  for (const root of roots) visit(out, root, 0, undefined, undefined);
  const { activities, groups, findings } = out;
  const used = new Set<string>();
  const byStt = new Map(groups.map((g) => [g.stt, g]));
  for (const a of activities) {
    for (let stt = a.group; stt !== undefined && !used.has(stt); stt = byStt.get(stt)?.parent) used.add(stt);
  }
  const depthOf = (g: ImportedGroup): number =>
    g.parent === undefined ? 0 : 1 + depthOf(byStt.get(g.parent) ?? { ...g, parent: undefined });
  const kept = groups.filter((g) => used.has(g.stt) || g.statedAmount).map((g) => ({ ...g, depth: depthOf(g) }));
  return { activities, groups: kept, findings };
}
