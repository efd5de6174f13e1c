import { estimatePlan } from "../src/core/estimate/estimate";
import { fitEstimate, type FitMode } from "../src/core/fit/fitEstimate";
import { planOf } from "./core";
import { median, timed } from "./optional";

export interface FitBench {
  activities: number;
  /** Median ms of fitting (not estimating) in each mode. */
  ms: Record<FitMode, number>;
  /** Activities the fitting changed, per mode: so the figure is not the time of doing nothing. */
  fitted: Record<FitMode, number>;
}

/**
 * (e) Fitting in the core: a province-sized plan estimated once, then fitted to
 * its stated amounts and to an allocation of 90% of its norms' total.
 */
export async function benchFit(n: number): Promise<FitBench> {
  const plan = await planOf(n);
  const estimate = estimatePlan(plan);
  const allocation = { amount: estimate.total.times(0.9).floor() };
  const run = (mode: FitMode) => fitEstimate(plan, estimate, { mode, allocation });
  const ms = {} as Record<FitMode, number>;
  const fitted = {} as Record<FitMode, number>;
  for (const mode of ["plan", "allocation"] as const) {
    const once = run(mode); // warm-up
    fitted[mode] = once.estimate.activities.filter((a, i) => a !== estimate.activities[i]).length;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await timed(() => run(mode))).ms);
    ms[mode] = median(times);
  }
  return { activities: n, ms, fitted };
}
