import type { Plan } from "./plan";
import { parseTiming } from "./timing";
import { foldText } from "../text/fold";

/**
 * The year a plan without a date is for: the year its activities' Thời gian names
 * ("Quý II-IV/2024"), else a year in its title ("... năm 2020"). Undefined when
 * neither says; the norms then default to today's, which the caller must say.
 */
export function inferPlanYear(plan: Plan): { year: number; from: "timing" | "title" } | undefined {
  const years = plan.activities
    .map((a) => parseTiming(a.timing))
    .map((t) => ("year" in t ? t.year : undefined))
    .filter((y): y is number => y !== undefined);
  if (years.length) return { year: Math.min(...years), from: "timing" };
  const title = /\bnam (\d{4})\b/.exec(foldText(plan.info.title ?? ""));
  return title ? { year: Number(title[1]), from: "title" } : undefined;
}
