import type { Consolidation } from "../../core/consolidate/consolidate";
import type { WriteOp } from "../port";
import { activityDetail, lineDetail } from "./detailSheets";
import type { BulkRows } from "./sheetBuilder";
import { summarySheet, type SummaryOptions } from "./summarySheet";

/**
 * A new Tổng hợp dự toán workbook: the summary sheet first, then the two detail
 * sheets its tables sum (by activity, by spending line). The writes are applied
 * to an empty workbook in one batch, the detail sheets' long tables added as bulk
 * rows (src/xlsx/newBook.ts).
 */
export function summaryBook(c: Consolidation, options: SummaryOptions): { writes: WriteOp[]; bulk: BulkRows[] } {
  const activities = activityDetail(c, options.linkPath);
  const lines = lineDetail(c, options.linkPath);
  return {
    writes: [...summarySheet(c, { activities: activities.range, lines: lines.range }, options), ...activities.writes, ...lines.writes],
    bulk: [activities.bulk, lines.bulk].filter((b): b is BulkRows => b !== undefined),
  };
}
