/** STT styles of a dự toán table: I, II for groups; 1, 2 for activities; a, b or "-" for lines. */
export type NumberStyle = "roman" | "arabic" | "letter" | "dash";

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function romanNumeral(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, symbol] of ROMAN) {
    for (; rest >= value; rest -= value) out += symbol;
  }
  return out;
}

/**
 * The Vietnamese alphabet order used for points a), b) ... of administrative texts
 * (a, b, c, d, đ, e, g ...: no f, j, w, z). The convention is NĐ 30/2020/NĐ-CP's
 * as remembered; it is not in ../shared/domain (UNVERIFIED). Past "y" lines get "-".
 */
export const VIETNAMESE_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

/** The STT of the n-th item (1-based) in a style. */
export function sttOf(style: NumberStyle, n: number): string {
  switch (style) {
    case "roman":
      return romanNumeral(n);
    case "arabic":
      return String(n);
    case "letter":
      return VIETNAMESE_LETTERS[n - 1] ?? "-";
    case "dash":
      return "-";
  }
}

const BY_DEPTH: readonly NumberStyle[] = ["roman", "arabic", "letter", "dash"];

/**
 * The style of an outline level: a plan with groups starts at I, II; a plan
 * without groups numbers its activities 1, 2.
 */
export function styleAtDepth(depth: number, planHasGroups: boolean): NumberStyle {
  const index = depth + (planHasGroups ? 0 : 1);
  return BY_DEPTH[Math.min(index, BY_DEPTH.length - 1)];
}
