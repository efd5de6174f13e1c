import type Decimal from "decimal.js";
import { finding } from "../../core/findings/finding";
import { formatVnd } from "../../core/money/money";
import type { CellRef } from "../../core/plan/plan";
import type { UnitFinding } from "../../core/consolidate/unit";

/*
 * What the consolidation says about one unit's file. Each names the file (and,
 * where there is one, the sheet and cell in it), in Vietnamese and English.
 */

const at = (file: string, f: UnitFinding): UnitFinding => ({ ...f, file });

export const fileMissing = (file: string): UnitFinding =>
  at(
    file,
    finding(
      "error",
      "unit-file-missing",
      `Không tìm thấy tệp ${file}; đơn vị này không được tổng hợp.`,
      `File ${file} not found; this unit is left out of the summary.`,
    ),
  );

export const fileUnreadable = (file: string, why: string): UnitFinding =>
  at(
    file,
    finding(
      "error",
      "unit-file-unreadable",
      `Không đọc được tệp ${file} (không phải tệp .xlsx hoặc tệp bị hỏng: ${why}); đơn vị này không được tổng hợp.`,
      `Cannot read ${file} (not an .xlsx file, or a damaged one: ${why}); this unit is left out of the summary.`,
    ),
  );

export const noPlan = (file: string, why: UnitFinding | undefined): UnitFinding =>
  at(file, {
    ...finding(
      "error",
      "unit-no-plan",
      `Tệp ${file} không có kế hoạch để tổng hợp${why ? `: ${why.message}` : ""}; đơn vị này không được tổng hợp.`,
      `${file} holds no plan to consolidate${why ? `: ${why.messageEn}` : ""}; this unit is left out of the summary.`,
    ),
    ...(why?.sheet ? { sheet: why.sheet, range: why.range } : {}),
  });

export const duplicateFile = (file: string): UnitFinding =>
  at(
    file,
    finding(
      "warning",
      "unit-duplicate",
      `Tệp ${file} được chọn hơn một lần; chỉ tính một lần.`,
      `${file} was given more than once; it is counted once.`,
    ),
  );

export const estimatedHere = (file: string, sheet: string): UnitFinding =>
  at(
    file,
    finding(
      "info",
      "unit-estimated-here",
      `Tệp ${file} chưa có dự toán (cột Dự toán của sheet "${sheet}" chưa đủ): dự toán được tính khi tổng hợp theo kế hoạch và định mức, tệp của đơn vị không bị sửa.`,
      `${file} holds no estimate (the Dự toán column of "${sheet}" is not filled): it was estimated for the summary from its plan and norms; the unit's file was not changed.`,
      { sheet, range: "A1" },
    ),
  );

export const estimateDiffers = (file: string, where: CellRef, written: Decimal, computed: Decimal, fitted: boolean): UnitFinding =>
  at(
    file,
    finding(
      fitted ? "info" : "warning",
      "unit-estimate-differs",
      `Tệp ${file}: dự toán ghi trong tệp (${formatVnd(written)} đồng) khác với tính lại theo kế hoạch và định mức (${formatVnd(computed)} đồng)${fitted ? " vì đã cân đối" : "; kế hoạch có thể đã sửa sau khi lập dự toán"}. Tổng hợp dùng số ghi trong tệp.`,
      `${file}: the estimate written in the file (${formatVnd(written)} đồng) differs from the plan estimated again with its norms (${formatVnd(computed)} đồng)${fitted ? " because it was fitted" : "; the plan may have changed since it was estimated"}. The summary uses the file's figures.`,
      where,
      { written: written.toFixed(), computed: computed.toFixed() },
    ),
  );

export const linesMissing = (file: string, where: CellRef, activity: string): UnitFinding =>
  at(
    file,
    finding(
      "info",
      "unit-lines-missing",
      `Tệp ${file}, ô ${where.sheet}!${where.address} (${activity}): không có chi tiết nội dung chi khớp với số dự toán; trong bảng theo nội dung chi, số này nằm ở dòng "Chưa có chi tiết".`,
      `${file}, cell ${where.sheet}!${where.address} (${activity}): no spending lines match this amount; in the table by spending line it is under "No breakdown".`,
      where,
    ),
  );

export const overAllocation = (file: string, total: Decimal, allocation: Decimal, where: CellRef | undefined): UnitFinding =>
  at(
    file,
    finding(
      "error",
      "over-allocation",
      `Tệp ${file}: dự toán ${formatVnd(total)} đồng vượt kinh phí được giao ${formatVnd(allocation)} đồng là ${formatVnd(total.minus(allocation))} đồng.`,
      `${file}: the estimate of ${formatVnd(total)} đồng exceeds the allocation of ${formatVnd(allocation)} đồng by ${formatVnd(total.minus(allocation))} đồng.`,
      where,
      { total: total.toFixed(), allocation: allocation.toFixed(), excess: total.minus(allocation).toFixed() },
    ),
  );
