import { estimatePlan } from "../src/core/estimate/estimate";
import { builtInNorm } from "../src/core/norms/select";
import { today } from "../src/core/dates/isoDate";
import { money, sum } from "../src/core/money/money";
import type { Plan } from "../src/core/plan/plan";
import type { Finding } from "../src/core/findings/finding";
import type Decimal from "decimal.js";
import { readPlan } from "../src/workbook/readPlan";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { benchPlan, bytesOf } from "./plans";
import { median, optional, timed } from "./optional";

type RunChecks = (input: unknown) => Finding[];
type PlanQuarters = (plan: Plan, estimate: unknown, options?: { step?: number }) => unknown[];

const checks = optional<{ runChecks: RunChecks }>("../src/core/checks");
const phasing = optional<{ planQuarters: PlanQuarters }>("../src/core/phasing/quarterPlan");

/** The plan of a generated workbook, read once (not timed). */
export async function planOf(n: number): Promise<Plan> {
  const book = await XlsxWorkbook.fromBuffer(await bytesOf(benchPlan(n)));
  const sheets = await book.listSheets();
  const read = new Map((await book.readSheets(sheets.map((s) => s.name))).map((s) => [s.name, s]));
  return readPlan({ sheets, read }).plan;
}

/** The pure core of Tính dự toán and Kiểm tra: estimate, phase the quarters, run every check. */
function estimateAndCheck(plan: Plan): number {
  const estimate = estimatePlan(plan);
  let findings = estimate.findings.length;
  if (checks && phasing) {
    const quarters = phasing.planQuarters(plan, estimate);
    const cell = (address: string) => ({ sheet: "Kế hoạch", address });
    findings += checks.runChecks({
      plan,
      estimate,
      quarters,
      quarterCells: (row: number) => ["J", "K", "L", "M"].map((c) => cell(`${c}${row}`)),
      allocation: {
        total: sum(plan.activities.map((a) => a.statedAmount ?? money(0))) as Decimal,
        totalCell: cell("B4"),
        totalStated: true,
        quarterCells: [],
      },
      statedTotals: [],
      norms: { overrides: [], builtIn: (code: string) => builtInNorm(code, { date: plan.info.date, province: plan.info.province }) },
      options: { asOf: today(), q4ThresholdPercent: money(40) },
    }).length;
  }
  return findings;
}

export interface CoreResult {
  ms: Record<string, number>;
  checksIncluded: boolean;
}

/** (a) The core alone, at 10, 100, 1.000 and 10.000 activities: the median of a few runs after a warm-up. */
export async function benchCore(sizes: number[]): Promise<CoreResult> {
  const ms: Record<string, number> = {};
  for (const n of sizes) {
    const plan = await planOf(n);
    estimateAndCheck(plan); // warm-up: the JIT, the norms catalog
    const runs = n >= 10000 ? 3 : 5;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await timed(() => estimateAndCheck(plan))).ms);
    ms[String(n)] = median(times);
  }
  return { ms, checksIncluded: Boolean(checks && phasing) };
}
