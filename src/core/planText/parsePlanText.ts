import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import type { ActivityKind } from "../plan/kinds";
import type { Quarter } from "../plan/plan";
import { readOutlineActivities } from "./activities";
import { normaliseText } from "./alignedFold";
import { readFunding } from "./funding";
import { splitLines, type Paragraph } from "./lines";
import { placeAmounts } from "./placeAmounts";
import { readPlanFacts, type HeadFacts } from "./planFacts";
import { checkStatedTotals } from "./statedTotals";
import { buildOutline, readOutline, type OutlineNode } from "./structure";
import { readTables } from "./table";
import type { Audience } from "./audience";

/** One activity read from a plan's text. */
export interface ImportedActivity {
  name: string;
  kind: ActivityKind;
  kindGuessed: boolean;
  quantity?: Decimal;
  unit?: string;
  /** Participants of each event. */
  participants?: Decimal;
  /** Delegates of each event not paid by the state budget (from the plan's Đối tượng), when it says. */
  guests?: Decimal;
  /** Who attends, as the plan's Đối tượng says. */
  audience?: Audience;
  days?: Decimal;
  durationMinutes?: { min: Decimal; max: Decimal };
  /** Thời gian as written. */
  timing?: string;
  quarters: Quarter[];
  statedAmount?: Decimal;
  /** The STT path of its group, e.g. "II.1". */
  group?: string;
  /** Its own STT path ("II.1.a"; "II.1-2" for the second bullet item of II.1; the table's TT for table rows). */
  stt: string;
  /** 1-based line of the text where the activity starts. */
  sourceLine: number;
}

export interface ImportedGroup {
  stt: string;
  name: string;
  depth: number;
  parent?: string;
  statedAmount?: Decimal;
}

export interface ImportedPlan {
  /** The head's facts (date as ISO yyyy-mm-dd), the total and the source of funds. */
  facts: HeadFacts & { total?: Decimal; fundingSource?: string };
  activities: ImportedActivity[];
  groups: ImportedGroup[];
  findings: Finding[];
}

/**
 * Reads the text of a kế hoạch: its facts, its activities (from the sections
 * that hold them, or from an appendix table when there is one) with kinds,
 * quantities, participants, timing and quarters, its groups, and the amounts it
 * states, each placed on its row. What it cannot place it reports.
 */
export function parsePlanText(text: string): ImportedPlan {
  const { paragraphs, rows } = splitLines(normaliseText(text));
  const outline = readOutline(paragraphs);
  const head = readPlanFacts(outline.preamble);
  const findings: Finding[] = [...head.findings];

  let roots: OutlineNode[] = outline.sections.filter((s) => s.role === "activities").map((s) => s.root);
  if (roots.length === 0 && outline.sections.length === 0) {
    roots = [buildLooseRoot(outline.preamble)];
  }
  const fromOutline = readOutlineActivities(roots);
  const fromTables = readTables(rows);
  const useTable = fromTables.activities.length > 0;
  const chosen = useTable ? fromTables : fromOutline;
  findings.push(...chosen.findings);
  if (useTable && fromOutline.activities.length > 0) {
    findings.push(
      finding(
        "info",
        "activities-from-table",
        `Kế hoạch có bảng danh mục nhiệm vụ; các hoạt động được lấy từ bảng, không lấy ${fromOutline.activities.length} mục trong phần nội dung.`,
        `The plan has a task table; activities were taken from it, not from the ${fromOutline.activities.length} items of the body.`,
      ),
    );
  }

  const funding = readFunding(
    outline.sections.filter((s) => s.role === "funding"),
    paragraphs,
  );
  const placement = placeAmounts(funding.lines, chosen.activities, chosen.groups);
  const activities = chosen.activities.map((a, i) => {
    const amount = placement.activities.get(i);
    return amount && !a.statedAmount ? { ...a, statedAmount: amount } : a;
  });
  const groups = chosen.groups.map((g, i) => {
    const amount = placement.groups.get(i);
    return amount && !g.statedAmount ? { ...g, statedAmount: amount } : g;
  });
  findings.push(...placement.findings, ...checkStatedTotals(activities, groups, funding.total));
  if (activities.length === 0) {
    findings.push(
      finding(
        "warning",
        "no-activities",
        "Không tìm thấy hoạt động nào trong văn bản kế hoạch.",
        "No activity was found in the plan's text.",
      ),
    );
  }

  const facts: ImportedPlan["facts"] = { ...head.facts };
  if (funding.total) facts.total = funding.total;
  if (funding.fundingSource) facts.fundingSource = funding.fundingSource;
  return { facts, activities, groups, findings };
}

/** A plan without Roman sections: its numbered items, after the head, are read as one section. */
function buildLooseRoot(preamble: readonly Paragraph[]): OutlineNode {
  const root: OutlineNode = { para: { line: 0, marker: "roman", label: "", text: "" }, path: "", children: [] };
  const start = preamble.findIndex((p) => p.marker !== "plain");
  return start < 0 ? root : buildOutline(root, preamble.slice(start));
}
