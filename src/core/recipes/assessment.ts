import Decimal from "decimal.js";
import type { Recipe } from "./recipe";
import { LineBuilder } from "./lines";
import { formatVnd } from "../money/money";

const NORM = "SXSH.DANHGIA";

/**
 * Đánh giá nhanh SXSH: support per facility = min(50% x consulting cost, 50.000.000)
 * (TTLT 221/2012/TTLT-BTC-BCT). The row's Đơn giá is the consulting cost per
 * facility; without it the cap is used, and said.
 */
export const assessmentRecipe: Recipe = (activity, ctx) => {
  const b = new LineBuilder(activity, ctx);
  const facilities = b.require("quantity", "số cơ sở", "number of facilities");
  const norm = ctx.norms.get(NORM);
  if (!facilities) return b.result();
  if (!norm || norm.rule.kind !== "share-capped") {
    b.fromNorm(NORM, facilities, { of: ["quantity"] });
    return b.result();
  }
  const { share, cap } = norm.rule;
  const consulting = activity.unitCost;
  let support = cap;
  if (consulting) {
    support = Decimal.min(consulting.times(share), cap);
  } else {
    b.report(
      "warning",
      "assumed-consulting-cost",
      "unitCost",
      `chưa có chi phí tư vấn mỗi cơ sở (cột Đơn giá); tính mức hỗ trợ tối đa ${formatVnd(cap)} đồng/cơ sở`,
      `no consulting cost per facility (Đơn giá column); the maximum support ${cap.toFixed()} per facility is used`,
    );
  }
  b.add({
    description: consulting
      ? `${norm.line} (${share.times(100).toFixed()}% x ${formatVnd(consulting)}, tối đa ${formatVnd(cap)})`
      : `${norm.line} (mức tối đa)`,
    unit: norm.unit,
    quantity: facilities,
    unitCost: support,
    normCode: norm.code,
    basis: norm.basis,
    status: norm.status,
    cap: norm.cap,
    quantityFrom: b.factors(["quantity"]),
    // The support is the norm's share of the consulting cost typed in Đơn giá, up to the cap.
    ...(consulting && { unitCostFrom: "unitCost" as const }),
  });
  return b.result();
};
