import type { Recipe } from "./recipe";
import { LineBuilder } from "./lines";
import { money } from "../money/money";
import { foldText } from "../text/fold";

const FACILITY_UNITS = ["co so", "doanh nghiep", "don vi", "dn"];

/**
 * Cơ sở dữ liệu / website: a year of upkeep, plus surveying and updating the data of
 * each facility when the row counts facilities (Trà Vinh: "dự kiến 60 cơ sở").
 */
export const databaseRecipe: Recipe = (activity, ctx) => {
  const b = new LineBuilder(activity, ctx);
  const unit = foldText(activity.unit ?? "");
  const countsFacilities = FACILITY_UNITS.some((u) => unit.startsWith(u));
  if (countsFacilities) {
    const facilities = b.require("quantity", "số cơ sở", "number of facilities");
    b.fromNorm("CSDL.DUYTRI", money(1));
    if (facilities) b.fromNorm("CSDL.KHAOSAT", facilities, { unitCost: activity.unitCost });
  } else {
    const years = b.orDefault("quantity", money(1), "số năm duy trì", "years of upkeep");
    if (years) b.fromNorm("CSDL.DUYTRI", years, { unitCost: activity.unitCost });
  }
  return b.result();
};
