import { foldText } from "../text/fold";

/**
 * Who attends an event, as the plan's "Đối tượng" says: people on a state
 * payroll (civil servants of departments, districts, communes), people who are
 * not (businesses, their staff, households, residents), or both. It decides the
 * meal support of K4 Đ12 TT 40/2017, which is due only to delegates not paid by
 * the state budget.
 */
export type Audience = "state-paid" | "not-state-paid" | "mixed";

/** Words that name people paid by the state budget. "Cán bộ" alone is not one: businesses have cán bộ too. */
const STATE_PAID = [
  "cong chuc",
  "vien chuc",
  "cbccvc",
  "can bo, cong chuc",
  "phong kinh te",
  "phong tai nguyen",
  "so, ban, nganh",
  "cac so",
  "ubnd",
  "uy ban nhan dan",
  "co quan nha nuoc",
  "co quan quan ly nha nuoc",
  "ban quan ly cac khu cong nghiep",
  "cap huyen",
  "cap xa",
];

/** Words that name people who are not. */
const NOT_STATE_PAID = [
  "doanh nghiep",
  "co so san xuat",
  "co so cong nghiep",
  "hop tac xa",
  "ho kinh doanh",
  "tieu thuong",
  "nguoi dan",
  "cong nhan",
  "nguoi lao dong",
  "hoc sinh",
  "sinh vien",
  "lang nghe",
];

/** Reads a "Đối tượng: …" text; undefined when it names neither. */
export function readAudience(text: string): Audience | undefined {
  const t = foldText(text);
  const state = STATE_PAID.some((w) => t.includes(w));
  const other = NOT_STATE_PAID.some((w) => t.includes(w));
  if (state && other) return "mixed";
  if (state) return "state-paid";
  if (other) return "not-state-paid";
  return undefined;
}
