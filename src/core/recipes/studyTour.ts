import type { Recipe } from "./recipe";
import { LineBuilder } from "./lines";
import { money } from "../money/money";
import Decimal from "decimal.js";

/**
 * Đoàn công tác / trao đổi kinh nghiệm: people x days x per diem, people x nights x
 * lodging (lump sum, the middle area class unless the user's Định mức says
 * otherwise), and transport per person. Số lượng is the number of trips (đoàn).
 */
export const studyTourRecipe: Recipe = (activity, ctx) => {
  const b = new LineBuilder(activity, ctx);
  const trips = b.orDefault("quantity", money(1), "số đoàn", "number of trips");
  const people = b.require("participants", "số người của đoàn", "number of people per trip");
  const days = b.require("days", "số ngày", "number of days");
  if (!trips || !people || !days) return b.result();
  const personDays = trips.times(people).times(days);
  const nights = Decimal.max(days.minus(1), 0);
  b.fromNorm("CT.LUUTRU", personDays, { of: ["quantity", "participants", "days"] });
  if (nights.isPositive() && !nights.isZero()) {
    b.fromNorm("CT.PHONG.TP", trips.times(people).times(nights), {
      of: ["quantity", "participants", { value: nights, field: "days", label: "đêm (số ngày − 1)" }],
    });
  }
  b.fromNorm("CT.PHUONGTIEN", trips.times(people), { of: ["quantity", "participants"] });
  return b.result();
};
