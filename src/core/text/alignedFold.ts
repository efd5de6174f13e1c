/**
 * Folds NFC text one character at a time (lower case, diacritics removed, đ -> d)
 * so that index i of the result is index i of the input: a pattern found in the
 * folded text can be cut from the original with its diacritics. Unlike foldText
 * it keeps whitespace as it is. The input must already be NFC.
 */
export function alignedFold(nfc: string): string {
  let out = "";
  for (const ch of nfc) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    const lower = ch.toLowerCase();
    const base = lower === "đ" ? "d" : lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out += base.length === 1 ? base : ch;
  }
  return out;
}

/** NFC, non-breaking spaces as spaces: the form every reader of plan text works on. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/[\u00a0\u202f\u2007]/g, " ");
}
