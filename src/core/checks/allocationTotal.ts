import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { ZERO, sum } from "../money/money";
import type { CellRef } from "../plan/plan";
import type { Allocation, Check } from "./input";
import { planTotal } from "./planTotal";
import { amounts, en, spanOf, vnd, where } from "./words";

/**
 * Grand total against Kinh phí được giao: over is an error stating the excess,
 * under a warning stating what is left unallocated. The plan's total is the
 * estimate (Dự toán) where it is complete; a grand total the plan states itself
 * (Tổng cộng, Tổng kinh phí) is held against the allocation too when it differs.
 * Also: the allocation's quarters against its Cả năm, when both are given.
 */
export const checkAllocationTotal: Check = ({ allocation, quarters, statedTotals }) => {
  if (!allocation) return [];
  const findings: Finding[] = [];
  const total = planTotal(quarters);
  if (quarters.length > 0) {
    const label = totalLabel(quarters.map((q) => q.amountSource));
    findings.push(...against(allocation, total, allocation.totalCell, label.vn, label.en));
  }
  const seen = new Set([total.toFixed()]);
  for (const stated of statedTotals) {
    if (seen.has(stated.amount.toFixed())) continue;
    seen.add(stated.amount.toFixed());
    const at = `${stated.cell.sheet}!${stated.cell.address}`;
    findings.push(
      ...against(
        allocation,
        stated.amount,
        stated.cell,
        `Tổng kinh phí nêu trong kế hoạch (ô ${at})`,
        `The total the plan states (cell ${at})`,
      ),
    );
  }
  findings.push(...quartersAgainstYear(allocation));
  return findings;
};

/** What the plan's total is made of, in words. */
function totalLabel(sources: readonly ("estimate" | "stated" | "none")[]): { vn: string; en: string } {
  if (sources.every((s) => s === "estimate")) return { vn: "Tổng dự toán", en: "The estimate's total" };
  if (sources.every((s) => s !== "estimate")) return { vn: "Tổng kinh phí kế hoạch", en: "The plan's total" };
  return {
    vn: "Tổng kinh phí (dự toán; kinh phí kế hoạch nơi chưa tính được dự toán)",
    en: "The total (the estimate; the stated amount where there is none)",
  };
}

function against(allocation: Allocation, value: Decimal, cell: CellRef | undefined, labelVn: string, labelEn: string): Finding[] {
  const given = allocation.total;
  if (value.gt(given)) {
    const excess = value.minus(given);
    return [
      finding(
        "error",
        "over-allocation",
        `${labelVn} ${vnd(value)} vượt kinh phí được giao ${vnd(given)}: vượt ${vnd(excess)}`,
        `${labelEn} of ${en(value)} exceeds the allocation of ${en(given)} by ${en(excess)}`,
        where(cell),
        amounts({ allocation: given, total: value, excess }),
      ),
    ];
  }
  if (value.lt(given)) {
    const left = given.minus(value);
    return [
      finding(
        "warning",
        "under-allocation",
        `${labelVn} ${vnd(value)} thấp hơn kinh phí được giao ${vnd(given)}: còn ${vnd(left)} chưa phân bổ`,
        `${labelEn} of ${en(value)} is below the allocation of ${en(given)}: ${en(left)} left unallocated`,
        where(cell),
        amounts({ allocation: given, total: value, unallocated: left }),
      ),
    ];
  }
  return [];
}

/** The allocation's Quý I..IV against its Cả năm, when the sheet gives both. */
function quartersAgainstYear(allocation: Allocation): Finding[] {
  if (!allocation.totalStated || !allocation.quarters?.some((q) => q !== undefined)) return [];
  const quarterSum = sum(allocation.quarters.map((q) => q ?? ZERO));
  if (quarterSum.eq(allocation.total)) return [];
  const difference = quarterSum.minus(allocation.total);
  const cells = allocation.quarterCells.filter((c): c is CellRef => c !== undefined);
  return [
    finding(
      "warning",
      "allocation-quarters-mismatch",
      `Kinh phí được giao theo quý cộng lại ${vnd(quarterSum)}, khác kinh phí cả năm ${vnd(allocation.total)} (chênh ${vnd(difference)})`,
      `The allocation's quarters add up to ${en(quarterSum)}, not the year's ${en(allocation.total)} (difference ${en(difference)})`,
      where(spanOf(cells) ?? allocation.totalCell),
      amounts({ allocation: allocation.total, quarters: quarterSum, difference }),
    ),
  ];
}
