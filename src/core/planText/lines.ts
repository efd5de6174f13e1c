/**
 * Plan text as paragraphs with their outline markers (I., 1., a), -, +) and table
 * rows (tab- or pipe-separated), with the markdown and OCR debris of copied
 * documents (**, ###, <sub>, *11*) taken off.
 */
export type Marker = "roman" | "num" | "numDotted" | "alpha" | "numParen" | "dash" | "dot" | "plus" | "plain";

export interface Paragraph {
  /** 1-based line of the input where the paragraph starts. */
  line: number;
  marker: Marker;
  /** The marker's label: "II", "1", "1.2", "a", "-" (empty for plain). */
  label: string;
  text: string;
}

export interface TableRow {
  line: number;
  cells: string[];
}

export interface PlanLines {
  paragraphs: Paragraph[];
  rows: TableRow[];
}

const MARKERS: ReadonlyArray<readonly [Marker, RegExp]> = [
  ["roman", /^([IVX]{1,4})[.)]\s+(.+)$/],
  ["numDotted", /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.+)$/],
  ["num", /^(\d{1,2})\.\s+(.+)$/],
  ["numParen", /^(\d{1,2})\)\s+(.+)$/],
  ["alpha", /^([a-zđ])[.)]\s+(.+)$/],
  ["plus", /^(?:[-–]\s*)?(\+)\s*(.+)$/],
  ["dot", /^([•·▪◦])\s*(.+)$/],
  ["dash", /^([-–—])\s*(.+)$/],
];

/** Takes off markdown emphasis, headings and sub-scripts, keeping the words. */
export function cleanLine(raw: string): string {
  let line = raw.replace(/<\/?sub>/g, " ").replace(/^\s*#{1,6}\s+/, "");
  line = line.replace(/^(\s*)\*(?=\s)/, "$1-");
  return line
    .replace(/\*+/g, "")
    .replace(/[ \t]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A table row: at least two tabs, or pipes around cells ("| TT | Danh mục |"). */
function tableCells(raw: string): string[] | undefined {
  if ((raw.match(/\t/g) ?? []).length >= 2) return raw.split("\t").map((c) => cleanLine(c));
  const trimmed = raw.trim();
  if ((trimmed.match(/\|/g) ?? []).length >= 2) {
    return trimmed
      .replace(/^\|/, "")
      .replace(/\|$/, "")
      .split("|")
      .map((c) => cleanLine(c));
  }
  return undefined;
}

export function markParagraph(text: string, line: number): Paragraph {
  for (const [marker, pattern] of MARKERS) {
    const m = pattern.exec(text);
    if (m) return { line, marker, label: m[1], text: m[2].trim() };
  }
  return { line, marker: "plain", label: "", text };
}

/** A line that carries on the paragraph above: it starts in lower case and the one above did not end a sentence. */
function continues(prev: Paragraph | undefined, text: string): prev is Paragraph {
  return prev !== undefined && /^\p{Ll}/u.test(text) && !/[.;:!?]$/.test(prev.text);
}

export function splitLines(text: string): PlanLines {
  const paragraphs: Paragraph[] = [];
  const rows: TableRow[] = [];
  let prev: Paragraph | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const cells = tableCells(raw);
    if (cells) {
      if (/^\s*\|?[\s:|-]+\|?\s*$/.test(raw)) return; // "|---|---|"
      rows.push({ line, cells });
      prev = undefined;
      return;
    }
    const cleaned = cleanLine(raw);
    if (!cleaned) return;
    const paragraph = markParagraph(cleaned, line);
    if (paragraph.marker === "plain" && continues(prev, cleaned)) {
      prev.text = `${prev.text} ${cleaned}`;
      return;
    }
    prev = paragraph;
    paragraphs.push(prev);
  });
  return { paragraphs, rows };
}
