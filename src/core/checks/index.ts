import type { Finding } from "../findings/finding";
import type { Check, CheckInput } from "./input";
import { checkAllocationTotal } from "./allocationTotal";
import { checkStatedSums } from "./statedSums";
import { checkStatedVsNorms } from "./statedVsNorms";
import { checkQuarterSum } from "./quarterSum";
import { checkTimingQuarters } from "./timingQuarters";
import { checkUnfundedSchedule } from "./unfundedSchedule";
import { checkCumulativeAllocation } from "./cumulativeAllocation";
import { checkYearEndBunching } from "./yearEndBunching";
import { checkUnitCostCap } from "./unitCostCap";
import { checkActualOverspend } from "./actualOverspend";
import { checkDisbursementRate } from "./disbursementRate";
import { checkNothingSpent } from "./nothingSpent";

/** Every check, in the order its findings are listed. Each reads the input and never changes it. */
export const CHECKS: readonly { name: string; run: Check }[] = [
  { name: "allocation-total", run: checkAllocationTotal },
  { name: "stated-sums", run: checkStatedSums },
  { name: "stated-vs-norms", run: checkStatedVsNorms },
  { name: "quarter-sum", run: checkQuarterSum },
  { name: "timing-quarters", run: checkTimingQuarters },
  { name: "unfunded-schedule", run: checkUnfundedSchedule },
  { name: "cumulative-allocation", run: checkCumulativeAllocation },
  { name: "year-end-bunching", run: checkYearEndBunching },
  { name: "unit-cost-cap", run: checkUnitCostCap },
  { name: "actual-overspend", run: checkActualOverspend },
  { name: "disbursement-rate", run: checkDisbursementRate },
  { name: "nothing-spent", run: checkNothingSpent },
];

export function runChecks(input: CheckInput): Finding[] {
  return CHECKS.flatMap((c) => c.run(input));
}

export type { Allocation, ActualRow, Actuals, Check, CheckInput, CheckOptions, NormsInput, StatedTotal } from "./input";
export { DEFAULT_Q4_THRESHOLD_PERCENT } from "./yearEndBunching";
