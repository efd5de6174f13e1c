import type { Recipe } from "./recipe";
import { LineBuilder } from "./lines";
import { money } from "../money/money";

/** Khác: Số lượng x Đơn giá the user gives, or else the amount the plan states. */
export const otherRecipe: Recipe = (activity, ctx) => {
  const b = new LineBuilder(activity, ctx);
  if (activity.unitCost) {
    const quantity = b.orDefault("quantity", money(1), "số lượng", "quantity");
    if (quantity)
      b.add({
        description: activity.name,
        unit: activity.unit || "lần",
        quantity,
        unitCost: activity.unitCost,
        basis: "Đơn giá theo kế hoạch (báo giá)",
        status: "user",
        cap: "actual",
        quantityFrom: b.factors(["quantity"]),
        unitCostFrom: "unitCost",
      });
  } else if (activity.statedAmount) {
    b.add({
      description: activity.name,
      unit: "khoản",
      quantity: money(1),
      unitCost: activity.statedAmount,
      basis: "Kinh phí theo kế hoạch",
      status: "user",
      cap: "actual",
      quantityFrom: [{ value: money(1), label: "khoản" }],
      unitCostFrom: "statedAmount",
    });
  } else {
    b.report(
      "error",
      "missing-unit-cost",
      "unitCost",
      "hoạt động loại khác cần Đơn giá hoặc Kinh phí kế hoạch",
      "an activity of kind other needs a unit cost or a planned amount",
    );
  }
  return b.result();
};
