import { foldText } from "../text/fold";

/**
 * How alike two names are, by their words: the Dice coefficient over folded
 * syllables and syllable pairs, without the little words every name has. "Treo
 * băng rôn bảo vệ môi trường tại các chợ" is nearer "Trang bị băng rôn ... tại
 * các chợ" than "Treo băng rôn hưởng ứng các Ngày lễ môi trường".
 */
const STOP = new Set([
  "cac",
  "va",
  "cua",
  "tai",
  "ve",
  "trong",
  "nhung",
  "de",
  "voi",
  "theo",
  "mot",
  "la",
  "o",
  "tu",
  "den",
  "nam",
  "thuc",
  "hien",
]);

export function wordFeatures(text: string): Set<string> {
  const words = foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
  const features = new Set(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}

export function similarity(a: string, b: string): number {
  const fa = wordFeatures(a);
  const fb = wordFeatures(b);
  if (fa.size === 0 || fb.size === 0) return 0;
  let shared = 0;
  for (const f of fa) if (fb.has(f)) shared++;
  return (2 * shared) / (fa.size + fb.size);
}
