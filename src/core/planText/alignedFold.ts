/** The first sentence of a paragraph, without its closing punctuation: the activity's name. */
export function firstSentence(text: string): string {
  const cut = /[.;](?:\s|$)/.exec(text);
  const sentence = cut ? text.slice(0, cut.index) : text;
  return sentence.replace(/[\s.;:,]+$/, "").trim();
}

/** "nguồn ngân sách" -> "Nguồn ngân sách". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
