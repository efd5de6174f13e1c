/**
 * Row heights for wrapped text. LibreOffice does not grow a row to fit wrapped or
 * merged text (toolchain note 12), and Excel does not grow merged rows either, so
 * the attachment sets every row's height from an estimate of its line count.
 * The estimate errs on the tall side: a little white space prints better than a
 * clipped accent.
 */

export interface TextBox {
  text: string;
  /** Width of the cell (or the merged area) in Excel character units. */
  width: number;
  fontSize: number;
  bold?: boolean;
}

/**
 * Average lower-case characters per Excel width unit at 11 pt. Measured by
 * rendering in LibreOffice, where Times New Roman is Liberation Serif with the
 * Vietnamese letters taken from the wider DejaVu Serif: 1.41-1.5, and bold about
 * 0.88 of that. Real Times New Roman (Excel, Windows) is narrower, so wraps less.
 */
const CHARS_PER_UNIT_AT_11 = 1.35;
const BOLD_FACTOR = 0.88;
/** Width of one character relative to an average lower-case one. */
function charWeight(ch: string): number {
  if (ch === " ") return 0.55;
  if (/[MWmw]/.test(ch)) return 1.5;
  if (/[ilj.,;:'|()!\-/]/.test(ch)) return 0.6;
  if (ch !== ch.toLowerCase()) return 1.35;
  return 1;
}

function weight(text: string): number {
  let w = 0;
  for (const ch of text) w += charWeight(ch);
  return w;
}

/** How many lines a text wraps to in a cell of the given width (greedy, by words, like the spreadsheet). */
export function wrappedLines(box: TextBox): number {
  const capacity = Math.max(1, (box.width - 1) * CHARS_PER_UNIT_AT_11 * (11 / box.fontSize) * (box.bold ? BOLD_FACTOR : 1));
  let lines = 0;
  for (const paragraph of box.text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = weight(word);
      const need = used === 0 ? w : used + weight(" ") + w;
      if (need <= capacity) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the cell breaks across lines.
      lines += Math.max(0, Math.ceil(w / capacity) - 1);
      used = w % capacity || Math.min(w, capacity);
    }
  }
  return lines;
}

/** Points per line of text at a font size, with the spreadsheet's leading. */
export function lineHeight(fontSize: number): number {
  return fontSize * 1.25;
}

/** The height of a row (points) holding the given texts: the tallest one, never less than one line. */
export function rowHeightFor(boxes: readonly TextBox[], minFontSize = 11): number {
  const tallest = Math.max(lineHeight(minFontSize), ...boxes.map((b) => wrappedLines(b) * lineHeight(b.fontSize)));
  return Math.ceil(tallest + 4);
}
