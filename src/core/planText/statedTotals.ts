import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { formatVnd, sum } from "../money/money";
import type { ImportedActivity, ImportedGroup } from "./imported";

/**
 * Do the amounts the plan states add up? A group's subtotal against its rows,
 * the total against the top rows (or all activities). Only where every part has
 * an amount: a missing amount is not a mismatch.
 */
function allStated(values: ReadonlyArray<Decimal | undefined>): Decimal[] | undefined {
  const out = values.filter((v): v is Decimal => v !== undefined);
  return out.length > 0 && out.length === values.length ? out : undefined;
}

export function checkStatedTotals(
  activities: readonly ImportedActivity[],
  groups: readonly ImportedGroup[],
  total: Decimal | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const g of groups) {
    if (!g.statedAmount) continue;
    const parts = allStated([
      ...activities.filter((a) => a.group === g.stt).map((a) => a.statedAmount),
      ...groups.filter((c) => c.parent === g.stt).map((c) => c.statedAmount),
    ]);
    if (parts && !sum(parts).eq(g.statedAmount)) {
      findings.push(
        finding(
          "warning",
          "group-amount-mismatch",
          `Nhóm ${g.stt} "${g.name}" ghi ${formatVnd(g.statedAmount)} đồng nhưng các mục trong nhóm cộng lại ${formatVnd(sum(parts))} đồng.`,
          `Group ${g.stt} "${g.name}" states ${g.statedAmount.toFixed()} but its rows add up to ${sum(parts).toFixed()}.`,
          undefined,
          { stated: g.statedAmount.toFixed(), sum: sum(parts).toFixed() },
        ),
      );
    }
  }
  if (!total) return findings;
  const top = allStated([
    ...groups.filter((g) => g.parent === undefined).map((g) => g.statedAmount),
    ...activities.filter((a) => a.group === undefined).map((a) => a.statedAmount),
  ]);
  const parts = top ?? allStated(activities.map((a) => a.statedAmount));
  if (parts && !sum(parts).eq(total)) {
    findings.push(
      finding(
        "warning",
        "total-mismatch",
        `Tổng kinh phí ghi ${formatVnd(total)} đồng nhưng các hoạt động cộng lại ${formatVnd(sum(parts))} đồng.`,
        `The stated total is ${total.toFixed()} but the activities add up to ${sum(parts).toFixed()}.`,
        undefined,
        { stated: total.toFixed(), sum: sum(parts).toFixed() },
      ),
    );
  }
  return findings;
}
