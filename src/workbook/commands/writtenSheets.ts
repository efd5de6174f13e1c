import type { Estimate } from "../../core/estimate/estimate";
import { a1 } from "../address";
import type { AttachmentOptions } from "../attachment/attachmentSheet";
import { COL } from "../attachment/columns";
import { SHEETS } from "../layout";
import type { BookSnapshot } from "../port";
import type { PlanReading } from "../readPlan";
import { BREAKDOWN_COL, breakdownLayout, planColumnWrites, writtenColumns } from "../writeEstimate";
import { cellsOfWrites, type WrittenColumn, type WrittenRole, type WrittenSheet } from "../written/writtenSheet";
import { attachmentLayoutFor, attachmentSheetName, attachmentTarget } from "./attachment";
import type { NormsDateSource } from "./prepare";

/** What the layouts are computed from: the prepared plan and estimate (prepareEstimate). */
export interface WrittenFrom {
  reading: PlanReading;
  estimate: Estimate;
  normsDateSource: NormsDateSource;
  /** From the add-in's record: which sheets it wrote (so a user's own "Dự toán" is never taken for the attachment). */
  isAddinSheet?: (name: string) => boolean;
}

/**
 * The add-in's sheets in this workbook as it lays them out now, from the functions
 * that write them (planColumnWrites, breakdownLayout, the attachment's layout): the
 * Dự toán and Căn cứ columns of Kế hoạch, and Chi tiết dự toán and Dự toán when the
 * workbook has them. Pure.
 */
export function writtenSheets(book: BookSnapshot, from: WrittenFrom, options: AttachmentOptions = {}): WrittenSheet[] {
  const { reading, estimate } = from;
  const table = reading.table;
  if (!table) return [];
  const activities = new Map(estimate.activities.map((a) => [a.activity.row, a]));
  const groups = new Map(estimate.groups.map((g) => [g.group.row, g]));
  const exists = (name: string) => book.sheets.some((s) => s.name === name);
  const out: WrittenSheet[] = [];

  const cols = writtenColumns(table);
  const planRows = new Map<number, WrittenRole>();
  for (const [row, activity] of activities) planRows.set(row, { kind: "activity", activity });
  for (const [row, group] of groups) planRows.set(row, { kind: "group", group });
  if (table.totalRow !== undefined) planRows.set(table.totalRow, { kind: "total" });
  out.push({
    sheet: table.sheet,
    layout: "plan",
    cells: cellsOfWrites(planColumnWrites(estimate, table), table.sheet),
    rows: planRows,
    columns: new Map<number, WrittenColumn>([
      [cols.estimate, "amount"],
      [cols.basis, "basis"],
    ]),
    amountColumn: cols.estimate,
    nameColumn: table.columns.name ?? cols.estimate,
    anchors: [],
  });

  if (exists(SHEETS.breakdown) && SHEETS.breakdown !== table.sheet) {
    const layout = breakdownLayout(estimate, table.sheet);
    const rows = new Map<number, WrittenRole>();
    for (const [planRow, row] of layout.activityRows) rows.set(row, { kind: "activity", activity: activities.get(planRow)! });
    for (const [row, { planRow, line }] of layout.lineRows) rows.set(row, { kind: "line", activity: activities.get(planRow)!, line });
    rows.set(layout.totalRow, { kind: "total" });
    out.push({
      sheet: layout.sheet,
      layout: "breakdown",
      cells: cellsOfWrites(layout.writes, layout.sheet),
      rows,
      columns: new Map<number, WrittenColumn>([
        [BREAKDOWN_COL.quantity, "quantity"],
        [BREAKDOWN_COL.unitCost, "unitCost"],
        [BREAKDOWN_COL.amount, "amount"],
        [BREAKDOWN_COL.basis, "basis"],
        [BREAKDOWN_COL.normUnitCost, "normUnitCost"],
        [BREAKDOWN_COL.normAmount, "normAmount"],
      ]),
      amountColumn: BREAKDOWN_COL.amount,
      nameColumn: 2,
      anchors: [a1(layout.headerRow, BREAKDOWN_COL.amount), a1(layout.totalRow, 2)],
    });
  }

  const attachment = from.isAddinSheet
    ? attachmentTarget(book, { isAddinSheet: from.isAddinSheet }).sheet
    : attachmentSheetName(book.sheets);
  if (exists(attachment) && attachment !== table.sheet) {
    const layout = attachmentLayoutFor(attachment, reading, estimate, from.normsDateSource, options);
    const rows = new Map<number, WrittenRole>();
    for (const [planRow, row] of layout.groupRowsByPlanRow) rows.set(row, { kind: "group", group: groups.get(planRow)! });
    for (const [planRow, row] of layout.activityRows) rows.set(row, { kind: "activity", activity: activities.get(planRow)! });
    for (const [row, { planRow, line }] of layout.lineRows) rows.set(row, { kind: "line", activity: activities.get(planRow)!, line });
    rows.set(layout.totalRow, { kind: "total" });
    rows.set(layout.wordsRow, { kind: "words" });
    out.push({
      sheet: attachment,
      layout: "attachment",
      cells: cellsOfWrites(layout.writes, attachment),
      rows,
      columns: new Map<number, WrittenColumn>([
        [COL.quantity, "quantity"],
        [COL.unitCost, "unitCost"],
        [COL.amount, "amount"],
        ...layout.yearColumns.map(({ col }): [number, WrittenColumn] => [col, "amount"]),
        // Căn cứ is the last column: after the year columns of a multi-year plan's whole-period attachment.
        [layout.lastColumn, "basis"],
      ]),
      years: new Map(layout.yearColumns.map(({ year, col }) => [col, year])),
      amountColumn: COL.amount,
      nameColumn: COL.name,
      anchors: [a1(layout.headerRow, COL.amount), a1(layout.totalRow, COL.name)],
    });
  }
  return out;
}
