import { foldText } from "../text/fold";
import type { Marker, Paragraph } from "./lines";

/**
 * The outline of a plan: Roman sections (I., II.) and, inside each, the tree of
 * numbered (1.), lettered (a), a.) and bulleted (-, +) items. Only the sections
 * that hold the activities (Nội dung, Nhiệm vụ, Các hoạt động) are read for
 * activities; Mục đích, Tổ chức thực hiện and the like are not.
 */
export interface OutlineNode {
  para: Paragraph;
  /** STT path: "II", "II.1", "II.1.a"; bullets "II.1-2"; plain paragraphs "II.1~1". */
  path: string;
  children: OutlineNode[];
}

export type SectionRole = "activities" | "funding" | "other";

export interface Section {
  role: SectionRole;
  root: OutlineNode;
  /** The section's paragraphs in reading order, heading excluded. */
  paragraphs: Paragraph[];
}

export interface PlanOutline {
  /** Paragraphs before the first Roman heading: number, place and date, title, preamble. */
  preamble: Paragraph[];
  sections: Section[];
}

const RANK: Readonly<Record<Marker, number>> = {
  roman: 0,
  num: 1,
  numDotted: 2,
  alpha: 3,
  numParen: 4,
  dash: 5,
  dot: 6,
  plus: 7,
  plain: Number.POSITIVE_INFINITY,
};

export const STRUCTURAL: ReadonlySet<Marker> = new Set<Marker>(["num", "numDotted", "alpha", "numParen"]);
export const BULLETS: ReadonlySet<Marker> = new Set<Marker>(["dash", "dot", "plus"]);

const ACTIVITY_WORDS = ["hoat dong", "nhiem vu", "noi dung", "chuong trinh", "danh muc", "ke hoach hanh dong"];
const NOT_ACTIVITY_START = [
  "muc dich",
  "muc tieu",
  "yeu cau",
  "kinh phi",
  "to chuc thuc hien",
  "giai phap",
  "trach nhiem",
  "phan cong",
  "can cu",
  "ket qua",
  "danh gia",
  "che do bao cao",
];

export function sectionRole(heading: string): SectionRole {
  const folded = foldText(heading);
  if (folded.includes("kinh phi") && !ACTIVITY_WORDS.some((w) => folded.startsWith(w))) return "funding";
  if (NOT_ACTIVITY_START.some((w) => folded.startsWith(w))) return "other";
  return ACTIVITY_WORDS.some((w) => folded.includes(w)) ? "activities" : "other";
}

/**
 * A numbered heading that names a part of the plan other than its activities
 * ("2. Kinh phí", "3. Tổ chức thực hiện"): in a plan written without Roman
 * sections, such a heading and what is under it hold no activity.
 */
export function isOtherPartHeading(heading: string): boolean {
  const folded = foldText(heading);
  return /^(?:tong |nguon )?kinh phi\b/.test(folded) || NOT_ACTIVITY_START.some((w) => folded.startsWith(w));
}

/** "Nơi nhận:" and the signature block end the body of a plan. */
function endsBody(p: Paragraph): boolean {
  return p.marker === "plain" && /^noi nhan\b/.test(foldText(p.text));
}

function childPath(parent: OutlineNode, p: Paragraph): string {
  if (STRUCTURAL.has(p.marker)) return parent.path ? `${parent.path}.${p.label}` : p.label;
  const same = parent.children.filter((c) => (BULLETS.has(p.marker) ? BULLETS.has(c.para.marker) : c.para.marker === "plain"));
  return `${parent.path}${BULLETS.has(p.marker) ? "-" : "~"}${same.length + 1}`;
}

/** The tree of items under a root; a marker ranks below the conventional ones above it (1. > a) > - > +). */
export function buildOutline(root: OutlineNode, paragraphs: readonly Paragraph[]): OutlineNode {
  const stack: OutlineNode[] = [root];
  for (const p of paragraphs) {
    if (p.marker === "plain") {
      const top = stack[stack.length - 1];
      top.children.push({ para: p, path: childPath(top, p), children: [] });
      continue;
    }
    while (stack.length > 1 && RANK[stack[stack.length - 1].para.marker] >= RANK[p.marker]) stack.pop();
    const parent = stack[stack.length - 1];
    const node: OutlineNode = { para: p, path: childPath(parent, p), children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

export function readOutline(paragraphs: readonly Paragraph[]): PlanOutline {
  const preamble: Paragraph[] = [];
  const sections: Section[] = [];
  let current: { heading: Paragraph; paragraphs: Paragraph[] } | undefined;
  const close = () => {
    if (!current) return;
    const root: OutlineNode = { para: current.heading, path: current.heading.label, children: [] };
    sections.push({
      role: sectionRole(current.heading.text),
      root: buildOutline(root, current.paragraphs),
      paragraphs: current.paragraphs,
    });
  };
  for (const p of paragraphs) {
    if (endsBody(p)) break;
    if (p.marker === "roman") {
      close();
      current = { heading: p, paragraphs: [] };
    } else if (current) current.paragraphs.push(p);
    else preamble.push(p);
  }
  close();
  return { preamble, sections };
}

/** Every paragraph under a node, depth first, in reading order. */
export function descendants(node: OutlineNode): OutlineNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}
