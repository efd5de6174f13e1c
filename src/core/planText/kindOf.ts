import type { ActivityKind } from "../plan/activityKind";
import { guessKind, headHits, kindHits } from "../plan/kindWords";
import { alignedFold, normaliseText } from "../text/alignedFold";

const UNIT_KINDS: ReadonlyArray<readonly [string, ActivityKind]> = [
  ["cuon", "printing"],
  ["quyen", "printing"],
  ["to", "printing"],
  ["khoa", "training"],
  ["chuyen", "study_tour"],
  ["dot cong tac", "study_tour"],
];

export interface KindChoice {
  kind: ActivityKind;
  /** Where the kind was read: the item's own words, its details, its unit, or nowhere. */
  source: "name" | "details" | "unit" | "none";
  /** Other kinds the item's own words name (an item that mixes kinds should be split). */
  others: ActivityKind[];
}

function unitKind(unit: string | undefined): ActivityKind | undefined {
  if (!unit) return undefined;
  const hit = kindHits(unit).kinds[0];
  if (hit) return hit;
  const folded = alignedFold(normaliseText(unit)).trim();
  return UNIT_KINDS.find(([u]) => u === folded)?.[1];
}

/** The kind from the item's heading, else its details, else its unit, else guessKind; "other" when none names one. */
export function chooseKind(heading: string, details: readonly string[], unit?: string): KindChoice {
  const own = headHits(heading);
  if (own.kinds.length > 0) return { kind: own.kinds[0], source: "name", others: own.kinds.slice(1) };
  const fromDetails = kindHits(details.join(" \n "));
  if (own.station) {
    const media = fromDetails.kinds.find((k) => k === "radio" || k === "tv");
    return media ? { kind: media, source: "details", others: [] } : { kind: "radio", source: "name", others: ["tv"] };
  }
  if (fromDetails.kinds.length > 0) return { kind: fromDetails.kinds[0], source: "details", others: [] };
  const byUnit = unitKind(unit);
  if (byUnit) return { kind: byUnit, source: "unit", others: [] };
  const guessed = guessKind(heading);
  if (guessed) return { kind: guessed, source: "name", others: [] };
  return { kind: "other", source: "none", others: [] };
}
