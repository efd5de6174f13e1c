import type { Recipe } from "./recipe";
import { LineBuilder } from "./lines";
import { money } from "../money/money";
import { foldText } from "../text/fold";

const FACILITY_UNITS = ["co so", "doanh nghiep", "don vi", "dn"];

/**
 * Cơ sở dữ liệu / website: a year of upkeep, plus surveying and updating the data of
 * each facility when the row counts facilities (Trà Vinh: "dự kiến 60 cơ sở"); data
 * entry counted in fields ("trường") or web content in pages ("trang") at the maxima
 * of TT 194/2012.
 */
export const databaseRecipe: Recipe = (activity, ctx) => {
  const b = new LineBuilder(activity, ctx);
  const unit = foldText(activity.unit ?? "");
  const countsFacilities = FACILITY_UNITS.some((u) => unit.startsWith(u));
  // Data entry by field and web pages by A4 page have maxima in Điều 4 TT 194/2012/TT-BTC.
  const tt194 = unit.startsWith("truong") ? "CSDL.NHAP.TRUONG" : unit.startsWith("trang") ? "CSDL.TRANGWEB" : undefined;
  if (tt194) {
    const count = b.require("quantity", unit.startsWith("truong") ? "số trường dữ liệu" : "số trang", "quantity");
    if (count) b.fromNorm(tt194, count, { unitCost: activity.unitCost, unit: activity.unit, of: ["quantity"] });
  } else if (countsFacilities) {
    const facilities = b.require("quantity", "số cơ sở", "number of facilities");
    b.fromNorm("CSDL.DUYTRI", money(1), { of: [{ value: money(1), label: "năm" }] });
    if (facilities) b.fromNorm("CSDL.KHAOSAT", facilities, { unitCost: activity.unitCost, of: ["quantity"] });
  } else {
    const years = b.orDefault("quantity", money(1), "số năm duy trì", "years of upkeep");
    if (years) b.fromNorm("CSDL.DUYTRI", years, { unitCost: activity.unitCost, of: ["quantity"] });
  }
  return b.result();
};
