import type { ActivityKind } from "../plan/kinds";
import type { Recipe } from "./recipe";
import { conferenceRecipe, trainingRecipe, workshopRecipe } from "./meeting";
import { bannerRecipe, newspaperRecipe, panelRecipe, printingRecipe, radioRecipe, tvRecipe } from "./priced";
import { assessmentRecipe } from "./assessment";
import { studyTourRecipe } from "./studyTour";
import { databaseRecipe } from "./database";
import { otherRecipe } from "./other";

export const RECIPES = {
  conference: conferenceRecipe,
  workshop: workshopRecipe,
  training: trainingRecipe,
  banner: bannerRecipe,
  panel: panelRecipe,
  radio: radioRecipe,
  tv: tvRecipe,
  newspaper: newspaperRecipe,
  printing: printingRecipe,
  assessment: assessmentRecipe,
  study_tour: studyTourRecipe,
  database: databaseRecipe,
  other: otherRecipe,
} satisfies Record<ActivityKind, Recipe>;

export type { LineItem, QuantityFactor, Recipe, RecipeContext, RecipeResult } from "./recipe";
