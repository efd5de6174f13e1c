import type { ActivityKind } from "../../core/plan/kinds";
import { parseVietnameseNumber } from "../../core/money/parseAmount";
import { formatVnd } from "../../core/money/money";
import type { ImportedPlan } from "../../core/planText/parsePlanText";

/** What the user changed in the preview: kind and quantity (as typed) per activity index. */
export interface ImportEdits {
  kinds: Record<number, ActivityKind>;
  quantities: Record<number, string>;
}

export const NO_EDITS: ImportEdits = { kinds: {}, quantities: {} };

/** The quantity as the preview shows it before any edit: "2.000" stays Vietnamese. */
export function shownQuantity(plan: ImportedPlan, index: number, edits: ImportEdits): string {
  if (index in edits.quantities) return edits.quantities[index];
  const q = plan.activities[index].quantity;
  return q === undefined ? "" : formatVnd(q);
}

/** The indexes whose typed quantity is not a number (an empty cell is allowed). */
export function invalidQuantities(edits: ImportEdits): number[] {
  return Object.entries(edits.quantities)
    .filter(([, text]) => text.trim() !== "" && !parseVietnameseNumber(text).ok)
    .map(([i]) => Number(i));
}

/** The plan with the user's edits applied; an edited kind is no longer a guess. Pure. */
export function applyEdits(plan: ImportedPlan, edits: ImportEdits): ImportedPlan {
  return {
    ...plan,
    activities: plan.activities.map((a, i) => {
      const kind = edits.kinds[i];
      const typed = edits.quantities[i];
      let quantity = a.quantity;
      if (typed !== undefined) {
        const parsed = typed.trim() === "" ? undefined : parseVietnameseNumber(typed);
        quantity = parsed?.ok ? parsed.value : undefined;
      }
      return { ...a, kind: kind ?? a.kind, kindGuessed: kind ? false : a.kindGuessed, quantity };
    }),
  };
}
