import type { Activity } from "../plan/plan";
import Decimal from "decimal.js";
import { formatVnd, money } from "../money/money";
import type { Recipe, RecipeContext } from "./recipe";
import { LineBuilder } from "./lines";
import { normAmount } from "../norms/norm";
import { roundAmount } from "../money/rounding";

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

    b.fromNorm("HN.HOITRUONG", eventDays, { of: ["quantity", "days"] });
    b.fromNorm("HN.TRANGTRI", events, { unit: eventUnit, of: ["quantity"] });
    if (people) {
      b.fromNorm("HN.TAILIEU", events.times(people), { of: ["quantity", "participants"] });
      b.fromNorm("HN.NUOCUONG", eventDays.times(people), { of: ["quantity", "days", "participants"] });
      mealSupport(activity, eventDays, people, b, ctx);
    }
    b.fromNorm(speakerNorm, eventDays.times(SESSIONS_PER_DAY), {
      of: ["quantity", "days", { value: SESSIONS_PER_DAY, label: "buổi/ngày" }],
    });
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
 * Meal support (K4 Đ12 TT 40/2017) is due only to delegates not on a state
 * payroll. Plans list businesses and civil servants together: without their
 * count nothing is paid, and a warning names the amount at stake and the cell to
 * fill (an auditor cuts meal support paid to everyone first).
 */
function mealSupport(activity: Activity, eventDays: Decimal, people: Decimal, b: LineBuilder, ctx: RecipeContext): void {
  const norm = ctx.norms.get(ctx.meal.code);
  if (activity.guests !== undefined && activity.guests.lessThan(0)) {
    b.report(
      "error",
      "invalid-guests",
      "guests",
      "số đại biểu không hưởng lương không được âm",
      "the number of delegates not paid by the state cannot be negative",
    );
    return;
  }
  if (activity.guests === undefined) {
    const rate = norm ? normAmount(norm) : undefined;
    const atStake = rate && roundAmount(eventDays.times(people).times(rate), ctx.rounding);
    const cell = activity.cells.guests
      ? `ô ${activity.cells.guests.sheet}!${activity.cells.guests.address}`
      : "cột Số đại biểu không hưởng lương";
    const cellEn = activity.cells.guests
      ? `cell ${activity.cells.guests.sheet}!${activity.cells.guests.address}`
      : "a Số đại biểu không hưởng lương column";
    b.report(
      "warning",
      "guests-unknown",
      "guests",
      `chưa có số đại biểu không hưởng lương NSNN nên tiền ăn đại biểu (${norm?.basis ?? "K4 Đ12 TT 40/2017"}) chưa tính${atStake ? `; nếu cả ${formatVnd(people)} người/cuộc đều là khách mời không hưởng lương thì tối đa ${formatVnd(atStake)} đồng` : ""}. Điền ${cell} (0 nếu không có).`,
      `no count of delegates not paid by the state budget, so their meal support (${norm?.basis ?? "K4 Đ12 TT 40/2017"}) is not counted${atStake ? `; if all ${people.toFixed()} per event were unpaid guests it would be at most ${atStake.toFixed()} VND` : ""}. Fill ${cellEn} (0 if none).`,
      atStake ? { atStake: atStake.toFixed() } : undefined,
    );
    return;
  }
  const paid = Decimal.min(activity.guests, people);
  // No guests, no meal-support line (a line of 0 is noise on the printed estimate).
  if (!paid.greaterThan(0)) return;
  if (ctx.meal.assumedUrban) {
    b.report(
      "info",
      "meal-support-urban-assumed",
      "guests",
      "tiền ăn đại biểu tính theo mức cuộc họp tại nội thành thành phố trực thuộc Trung ương (điểm a); họp ở nơi khác thì áp dụng điểm b",
      "meal support counted at the level of a meeting in the urban districts of a centrally-run city (point a); elsewhere point b applies",
    );
  }
  // More guests than participants: every participant is paid for, no more.
  const payees = paid.eq(activity.guests) ? { value: paid, field: "guests" as const } : { value: paid, field: "participants" as const };
  b.fromNorm(ctx.meal.code, eventDays.times(paid), { of: ["quantity", "days", payees] });
}

export const conferenceRecipe = meetingRecipe("HN.BAOCAOVIEN", "cuộc");
export const workshopRecipe = meetingRecipe("HN.BAOCAOVIEN", "cuộc");
export const trainingRecipe = meetingRecipe("TH.GIANGVIEN", "lớp");
