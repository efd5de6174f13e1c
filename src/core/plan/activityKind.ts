/** Loại hoạt động: the codes are part of the command line's JSON contract. */
export const ACTIVITY_KINDS = [
  "conference",
  "workshop",
  "training",
  "banner",
  "panel",
  "radio",
  "tv",
  "newspaper",
  "printing",
  "assessment",
  "study_tour",
  "database",
  "other",
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export function isActivityKind(value: string): value is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(value);
}
