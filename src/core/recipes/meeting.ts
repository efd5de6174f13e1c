import type { Activity } from "../plan/plan";
import Decimal from "decimal.js";
import { money } from "../money/money";
import type { Recipe, RecipeContext } from "./recipe";
import { LineBuilder } from "./lines";

const MEAL_NORM = { tinh: "HN.TIENAN.TINH", huyen: "HN.TIENAN.HUYEN", xa: "HN.TIENAN.XA" } as const;
/** A day of a meeting or class has two sessions (buổi): morning and afternoon. */
const SESSIONS_PER_DAY = money(2);

/**
 * Hội nghị, hội thảo, tập huấn: the lines of Đ12 TT 40/2017 (hall and equipment,
 * decoration, documents and stationery, drinking water, meal support for delegates
 * not paid by the state budget, speakers or lecturers). Quantity is the number of
 * events (cuộc / lớp), Số người the participants of each, Số ngày the days of each.
 */
function meetingRecipe(speakerNorm: "HN.BAOCAOVIEN" | "TH.GIANGVIEN", eventUnit: string): Recipe {
  return (activity: Activity, ctx: RecipeContext) => {
    const b = new LineBuilder(activity, ctx);
    const events = b.orDefault("quantity", money(1), `số ${eventUnit}`, "number of events");
    const days = b.orDefault("days", money(1), "số ngày", "number of days");
    const people = b.require("participants", "số người tham dự", "number of participants");
    if (!events || !days) return b.result();
    const eventDays = events.times(days);

    b.fromNorm("HN.HOITRUONG", eventDays);
    b.fromNorm("HN.TRANGTRI", events, { unit: eventUnit });
    if (people) {
      b.fromNorm("HN.TAILIEU", events.times(people));
      b.fromNorm("HN.NUOCUONG", eventDays.times(people));
      const paid = guests(activity, people, b);
      // No guests, no meal-support line (a line of 0 is noise on the printed estimate).
      if (paid.greaterThan(0)) b.fromNorm(MEAL_NORM[ctx.level], eventDays.times(paid));
    }
    b.fromNorm(speakerNorm, eventDays.times(SESSIONS_PER_DAY));
    if (activity.unitCost) {
      b.report(
        "info",
        "unit-cost-ignored",
        "unitCost",
        "hoạt động nhiều nội dung chi: đơn giá nhập ở dòng này không được dùng; sửa ở bảng chi tiết",
        "an activity of several lines: the unit cost typed on this row is not used; edit the breakdown instead",
      );
    }
    return b.result();
  };
}

/**
 * Meal support goes to delegates not paid by the state budget. Plans list businesses
 * and civil servants together; without the count, every participant is counted
 * (the maximum the norm allows) and the row says so.
 */
function guests(activity: Activity, people: Decimal, b: LineBuilder): Decimal {
  if (activity.guests !== undefined && activity.guests.lessThan(0)) {
    b.report(
      "error",
      "invalid-guests",
      "guests",
      "số đại biểu không hưởng lương không được âm",
      "the number of delegates not paid by the state cannot be negative",
    );
    return money(0);
  }
  if (activity.guests !== undefined) return Decimal.min(activity.guests, people);
  b.report(
    "info",
    "assumed-guests",
    "guests",
    "chưa có số đại biểu không hưởng lương NSNN; tiền ăn tính cho tất cả người tham dự",
    "no count of delegates not paid by the state budget; meal support is counted for every participant",
  );
  return people;
}

export const conferenceRecipe = meetingRecipe("HN.BAOCAOVIEN", "cuộc");
export const workshopRecipe = meetingRecipe("HN.BAOCAOVIEN", "cuộc");
export const trainingRecipe = meetingRecipe("TH.GIANGVIEN", "lớp");
