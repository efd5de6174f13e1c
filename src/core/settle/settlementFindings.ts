import { formatDmy } from "../dates/isoDate";
import { finding, type Finding } from "../findings/finding";
import type { CellRef } from "../plan/plan";
import { QUARTER_EN, QUARTER_VN, amounts, en, rowLabel, vnd, where } from "../checks/words";
import type { Actuals } from "../checks/input";
import type { SettlementPeriod } from "./period";
import type { Settlement } from "./settlement";

/** "Quý I – Quý III năm 2020" / "Q1–Q3 2020": the quarters counted, as one span. */
export function countedSpan(period: SettlementPeriod): { vn: string; en: string } {
  const qs = period.counted;
  if (qs.length === 0) return { vn: `chưa quý nào của năm ${period.year}`, en: `no quarter of ${period.year}` };
  const first = qs[0];
  const last = qs[qs.length - 1];
  if (first === last) return { vn: `${QUARTER_VN[first]} năm ${period.year}`, en: `${QUARTER_EN[first]} ${period.year}` };
  return {
    vn: `${QUARTER_VN[first]} – ${QUARTER_VN[last]} năm ${period.year}`,
    en: `${QUARTER_EN[first]}–${QUARTER_EN[last]} ${period.year}`,
  };
}

/**
 * What the settlement must say beside its figures: the day it assumed, what the
 * actuals cannot tell (spending per spending line, returned or carried over),
 * the activities not carried out, spending left out after the as-of day, and
 * spending above the allocation.
 *
 * Carry-over (chuyển nguồn): the legal rule on which unspent money may be carried
 * into the next year, and on what documents, is NOT in ../shared/domain (it holds
 * only the settlement deadline of Luật NSNN 2015 Điều 69 K5). From memory, and
 * UNVERIFIED: the State Budget Law lets some unspent appropriations be carried
 * over (tasks under contract or not finished for a stated reason, with the finance
 * body's approval) and the rest is cancelled and returned. So the add-in never
 * decides between the two: it computes what is left and leaves both lines blank
 * for the officer, and says so here.
 */
export function settlementFindings(s: Settlement, actuals: Actuals, planSheetCell?: CellRef): Finding[] {
  const out: Finding[] = [];
  const { period } = s;
  const span = countedSpan(period);
  const table = actuals.headerCells[0];

  if (!period.asOfGiven) {
    const changesQuarters = !period.yearClosed;
    out.push(
      finding(
        changesQuarters ? "warning" : "info",
        "settle-as-of-assumed",
        `Chưa cho ngày chốt số liệu: tạm lấy hôm nay (${formatDmy(period.asOf)}), tính số thực hiện ${span.vn}; ngày này không được in lên sheet Quyết toán.${changesQuarters ? " Cho ngày chốt (--as-of) để tính đúng các quý." : ""}`,
        `No as-of date given: today (${formatDmy(period.asOf)}) is assumed, counting the actuals of ${span.en}; that date is not printed on the Quyết toán sheet.${changesQuarters ? " Give the as-of date (--as-of) to count the right quarters." : ""}`,
        where(table ?? planSheetCell),
      ),
    );
  }

  out.push(
    finding(
      "info",
      "actuals-by-activity-only",
      "Bảng Thực hiện ghi số chi theo hoạt động, không theo từng nội dung chi: các dòng nội dung chi trên sheet Quyết toán chỉ có số dự toán, số thực hiện so theo hoạt động",
      "The Thực hiện table records spending per activity, not per spending line: the spending lines on the Quyết toán sheet show their estimate only; actuals are compared per activity",
      where(table),
    ),
  );

  for (const a of s.activities) {
    const label = rowLabel(a.activity.row, a.activity.name);
    if (a.outcome === "none") {
      const cell = a.actualRow?.nameCell ?? a.activity.cells.name;
      out.push(
        period.yearClosed
          ? finding(
              "warning",
              "activity-not-carried-out",
              `${label.vn}: không có số thực hiện năm ${period.year}: hoạt động không thực hiện; dự toán ${vnd(a.estimate)} không sử dụng`,
              `${label.en}: no spending in ${period.year}: the activity was not carried out; its estimate of ${en(a.estimate)} is unused`,
              where(cell),
              amounts({ estimate: a.estimate }),
            )
          : finding(
              "info",
              "activity-not-carried-out",
              `${label.vn}: chưa có số thực hiện trong ${span.vn}: hoạt động chưa thực hiện`,
              `${label.en}: no spending in ${span.en}: the activity has not been carried out yet`,
              where(cell),
              amounts({ estimate: a.estimate }),
            ),
      );
    }
    if (a.afterAsOf.length) {
      const cells = a.afterAsOf.map((c) => `${c.sheet}!${c.address}`).join(", ");
      out.push(
        finding(
          "info",
          "actual-after-as-of",
          `${label.vn}: ô ${cells} ghi số chi của quý sau ngày chốt ${formatDmy(period.asOf)}: không tính vào quyết toán`,
          `${label.en}: cell(s) ${cells} hold spending of a quarter after the as-of date ${formatDmy(period.asOf)}: left out of the settlement`,
          where(a.afterAsOf[0]),
        ),
      );
    }
    if (a.quarterSource === "spread" && a.estimate.gt(0)) {
      out.push(
        finding(
          "info",
          "settle-quarters-spread",
          `${label.vn}: các quý của kế hoạch không cộng lại bằng dự toán ${vnd(a.estimate)}: trên sheet Quyết toán, dự toán từng quý được chia theo Thời gian`,
          `${label.en}: the plan's quarters do not add up to the estimate of ${en(a.estimate)}: on the Quyết toán sheet, the estimate is spread over the quarters of Thời gian`,
          where(a.activity.cells.q1 ?? a.activity.cells.name),
        ),
      );
    }
  }

  const allocationCell = where(table ?? planSheetCell);
  if (s.disposition === "no-allocation") {
    out.push(
      finding(
        "warning",
        "settle-no-allocation",
        "Không có kinh phí được giao (sheet Phân bổ): không tính được số kinh phí chưa sử dụng để nộp trả hoặc chuyển nguồn",
        "No allocation (Phân bổ sheet): the money left to return or carry over cannot be computed",
        allocationCell,
      ),
    );
  } else if (s.disposition === "overspent") {
    out.push(
      finding(
        "error",
        "actual-over-allocation",
        `Tổng thực hiện ${vnd(s.total.actual)} vượt kinh phí được giao ${vnd(s.allocation!)}: vượt ${vnd(s.unspent!.negated())}`,
        `Total spending of ${en(s.total.actual)} is above the allocation of ${en(s.allocation!)} by ${en(s.unspent!.negated())}`,
        allocationCell,
        amounts({ actual: s.total.actual, allocation: s.allocation, excess: s.unspent!.negated() }),
      ),
    );
  } else if (s.disposition === "undetermined") {
    out.push(
      finding(
        "warning",
        "unspent-disposition-unknown",
        `Kinh phí chưa sử dụng ${vnd(s.unspent!)}: sổ tính không có dữ liệu để biết phần nào nộp trả ngân sách, phần nào được chuyển nguồn sang năm sau (cần hợp đồng, hồ sơ và sự chấp thuận của cơ quan có thẩm quyền); hai dòng này để trống trên sheet Quyết toán để đơn vị điền`,
        `Unspent ${en(s.unspent!)}: the workbook holds nothing that tells which part is returned to the budget and which is carried over to next year (that needs contracts, documents and the competent body's approval); both lines are left blank on the Quyết toán sheet for the unit to fill`,
        allocationCell,
        amounts({ unspent: s.unspent }),
      ),
    );
  }
  return out;
}
