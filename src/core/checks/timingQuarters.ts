import { finding, type Finding } from "../findings/finding";
import type { Quarter } from "../plan/plan";
import type { Check } from "./input";
import { QUARTER_EN, QUARTER_VN, amounts, en, quartersEn, quartersVn, rowLabel, vnd, where } from "./words";

/**
 * Money against Thời gian: a quarter holding money outside the activity's
 * Thời gian is a warning on that quarter's cell; an unreadable Thời gian is a
 * warning naming its cell; an empty one is info (no constraint: the add-in
 * spreads over the whole year).
 */
export const checkTimingQuarters: Check = ({ quarters, quarterCells }) => {
  const findings: Finding[] = [];
  const noColumn = quarters.filter((q) => !q.activity.cells.timing);
  if (noColumn.length > 0) {
    findings.push(
      finding(
        "info",
        "timing-column-missing",
        "Bảng kế hoạch không có cột Thời gian: các quý không bị ràng buộc; kinh phí được chia đều cho cả năm",
        "The plan table has no Thời gian column: no quarter constraint; amounts are spread over the whole year",
        { sheet: noColumn[0].activity.cells.name?.sheet },
      ),
    );
  }
  for (const q of quarters) {
    const { activity, timing } = q;
    const label = rowLabel(activity.row, activity.name);
    const cell = activity.cells.timing;
    if (!cell) continue;
    if (timing.kind === "empty") {
      findings.push(
        finding(
          "info",
          "timing-empty",
          `${label.vn}: Thời gian để trống, không ràng buộc quý nào${q.source === "phased" ? "; kinh phí được chia đều cho cả năm" : ""}`,
          `${label.en}: Thời gian is empty, no quarter constraint${q.source === "phased" ? "; the amount is spread over the whole year" : ""}`,
          where(cell),
        ),
      );
      continue;
    }
    if (timing.kind === "unreadable") {
      findings.push(
        finding(
          "warning",
          "timing-unreadable",
          `${label.vn}: không đọc được Thời gian "${timing.text}" (viết ví dụ "Quý II - Quý IV", "Quý II, III", "tháng 6"); không kiểm tra và không chia quý được`,
          `${label.en}: Thời gian "${timing.text}" cannot be read (write e.g. "Quý II - Quý IV", "Quý II, III", "tháng 6"); quarters are neither checked nor phased`,
          where(cell),
        ),
      );
      continue;
    }
    if (q.source !== "user") continue;
    const cells = quarterCells(activity.row);
    q.quarters.forEach((value, i) => {
      const quarter = (i + 1) as Quarter;
      if (value.isZero() || timing.quarters.includes(quarter)) return;
      findings.push(
        finding(
          "warning",
          "money-outside-timing",
          `${label.vn}: ${QUARTER_VN[quarter]} có ${vnd(value)} nhưng Thời gian "${activity.timing}" chỉ gồm ${quartersVn(timing.quarters)}`,
          `${label.en}: ${QUARTER_EN[quarter]} holds ${en(value)} but Thời gian "${activity.timing}" covers only ${quartersEn(timing.quarters)}`,
          where(cells[i]),
          amounts({ amount: value }),
        ),
      );
    });
  }
  return findings;
};
