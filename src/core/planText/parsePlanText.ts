import { finding, type Finding } from "../findings/finding";
import { readOutlineActivities } from "./activities";
import { normaliseText } from "../text/alignedFold";
import { readFunding } from "./funding";
import type { ImportedPlan } from "./imported";
import { splitLines, type Paragraph } from "./lines";
import { placeAmounts } from "./placeAmounts";
import { readPlanFacts } from "./planFacts";
import { checkStatedTotals } from "./statedTotals";
import { buildOutline, isOtherPartHeading, readOutline, type OutlineNode } from "./structure";
import { readTables } from "./table";

export type { ImportedActivity, ImportedGroup, ImportedPlan } from "./imported";

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
  if (funding.allocation) facts.allocation = funding.allocation;
  if (funding.fundingSource) facts.fundingSource = funding.fundingSource;
  return { facts, activities, groups, findings };
}

/**
 * A plan without Roman sections (a letter or a news item that reports one): its
 * numbered items, after the head, are read as one section, without the parts that
 * hold no activities ("2. Kinh phí").
 */
function buildLooseRoot(preamble: readonly Paragraph[]): OutlineNode {
  const root: OutlineNode = { para: { line: 0, marker: "roman", label: "", text: "" }, path: "", children: [] };
  const start = preamble.findIndex((p) => p.marker !== "plain");
  if (start < 0) return root;
  const built = buildOutline(root, preamble.slice(start));
  built.children = built.children.filter((c) => c.para.marker !== "num" || !isOtherPartHeading(c.para.text));
  return built;
}
