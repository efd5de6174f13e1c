import type { Activity } from "../plan/plan";
import type { Recipe, RecipeContext } from "./recipe";
import { LineBuilder } from "./lines";

/**
 * Items priced one by one: banners, panels, radio and TV programmes, newspaper
 * issues, printed copies. Số lượng x đơn giá, the unit cost typed on the row
 * (a quote) or else the catalog's.
 */
function pricedRecipe(normCode: string): Recipe {
  return (activity: Activity, ctx: RecipeContext) => {
    const b = new LineBuilder(activity, ctx);
    const quantity = b.require("quantity", "số lượng", "quantity");
    if (quantity) b.fromNorm(normCode, quantity, { unitCost: activity.unitCost, unit: activity.unit || undefined, of: ["quantity"] });
    return b.result();
  };
}

export const bannerRecipe = pricedRecipe("BR.BANGRON");
export const panelRecipe = pricedRecipe("PN.PANO");
export const radioRecipe = pricedRecipe("PT.CHUONGTRINH");
export const tvRecipe = pricedRecipe("TV.PHONGSU");
export const newspaperRecipe = pricedRecipe("BAO.SO");
export const printingRecipe = pricedRecipe("IN.TAILIEU");
