import type { ImportedActivity, ImportedGroup, ImportedPlan } from "../../core/planText/parsePlanText";
import { KIND_LABELS } from "../../core/plan/kinds";
import { formatQuarters } from "../../core/plan/timing";
import { finding, type Finding } from "../../core/findings/finding";
import { blank, num, text, type CellWrite } from "../cells";
import { SHEETS, findSheet, planColumnsFor } from "../layout";
import { formatPeriod, formatYears, isMultiYear, periodInText, yearsInText, type Period } from "../../core/plan/years";
import { columnLetter } from "../address";
import { formatDmy } from "../../core/dates/isoDate";
import { formatVnd } from "../../core/money/money";
import type { ActivityField } from "../../core/plan/plan";
import { bottomRow, type BookSnapshot, type SheetInfo, type WorkbookPort, type WriteOp } from "../port";
import { MONEY_FORMAT } from "../writeEstimate";
import { pickSheets, protectedSheetFindings } from "./sheets";
import { runCommand, type CommandOutcome, type RunOptions } from "./run";

export interface ImportOptions {
  /** Replace a Kế hoạch sheet that already has content (the user was asked). */
  replace?: boolean;
}

export interface ImportOutcome extends CommandOutcome {
  /** Rows written on Kế hoạch, header included. */
  rowsWritten: number;
}

const hasContent = (book: BookSnapshot, name: string | undefined) => {
  const sheet = name ? book.read.get(name) : undefined;
  return sheet !== undefined && bottomRow(sheet) >= sheet.top && sheet.cells.some((r) => r.some((c) => c.type !== "empty"));
};

/**
 * The rows of Kế hoạch in the plan's own order: each activity, preceded by the
 * groups above it the first time one of their activities appears.
 */
function planRows(imported: ImportedPlan, layout: Layout): { rows: CellWrite[][]; groupRows: number[]; findings: Finding[] } {
  const byField = layout.byField;
  const byStt = new Map(imported.groups.map((g) => [g.stt, g]));
  const emitted = new Set<string>();
  const rows: CellWrite[][] = [];
  const groupRows: number[] = [];
  const ancestors = (stt: string | undefined): ImportedGroup[] => {
    const chain: ImportedGroup[] = [];
    for (let g = stt ? byStt.get(stt) : undefined; g; g = g.parent ? byStt.get(g.parent) : undefined) chain.unshift(g);
    return chain;
  };
  const activities = [...imported.activities].sort((a, b) => a.sourceLine - b.sourceLine);
  for (const a of activities) {
    for (const g of ancestors(a.group)) {
      if (emitted.has(g.stt)) continue;
      emitted.add(g.stt);
      groupRows.push(rows.length + 2);
      rows.push(byField({ stt: text(lastStt(g.stt)), name: text(g.name), statedAmount: g.statedAmount ? num(g.statedAmount) : blank }));
    }
    rows.push(activityRow(a, layout));
  }
  const findings = imported.groups
    .filter((g) => !emitted.has(g.stt))
    .map((g) =>
      finding(
        "info",
        "group-without-activities",
        `Nhóm "${g.stt} ${g.name}" không có hoạt động nào; không đưa vào bảng`,
        `Group "${g.stt} ${g.name}" has no activity; it was left out of the table`,
      ),
    );
  return { rows, groupRows, findings };
}

/** "II.1" -> "1": the sheet shows each row's own number; the nesting comes from the styles I / 1 / a. */
function lastStt(path: string): string {
  const parts = path.split(".");
  return parts[parts.length - 1];
}

/** The Kế hoạch columns of the plan being imported: a multi-year plan has Năm. */
interface Layout {
  columns: ReturnType<typeof planColumnsFor>;
  period?: Period;
  /** A row from its cells by field, in the layout's column order. */
  byField(values: Partial<Record<ActivityField, CellWrite>>): CellWrite[];
  column(field: ActivityField): string;
}

function layoutFor(period: Period | undefined): Layout {
  const columns = planColumnsFor(isMultiYear(period));
  return {
    columns,
    period,
    byField: (values) => columns.map((c) => values[c.field] ?? blank),
    column: (field) => columnLetter(columns.findIndex((c) => c.field === field) + 1),
  };
}

/** The period of a multi-year plan: the one its title names ("… giai đoạn 2016 - 2020"). */
function periodOf(imported: ImportedPlan): Period | undefined {
  const period = periodInText(imported.facts.title);
  return isMultiYear(period) ? period : undefined;
}

/** Every input column a recipe reads is written, empty where the text is silent. */
function activityRow(a: ImportedActivity, layout: Layout): CellWrite[] {
  const opt = (v: { toFixed(): string } | undefined) => (v === undefined ? blank : num(v));
  const years = layout.period && yearsInText(a.timing);
  return layout.byField({
    year: years ? text(formatYears(years)) : blank,
    stt: text(a.label || lastStt(a.stt)),
    name: text(a.name),
    kind: text(KIND_LABELS[a.kind]),
    unit: a.unit ? text(a.unit) : blank,
    quantity: opt(a.quantity),
    participants: opt(a.participants),
    guests: opt(a.guests),
    days: opt(a.days),
    timing: text(a.timing ?? (a.quarters.length ? formatQuarters(a.quarters) : "")),
    statedAmount: opt(a.statedAmount),
  });
}

function infoRows(imported: ImportedPlan, period: Period | undefined): CellWrite[][] {
  return infoFacts(imported, period).map(([label, v]) => [text(label), text(v)]);
}

/** The facts Thông tin gets from a plan's text, as label and value; what the text does not say is left out. */
function infoFacts(imported: ImportedPlan, period: Period | undefined): [string, string][] {
  const f = imported.facts;
  const rows: [string, string | undefined][] = [
    ["Tên kế hoạch", f.title],
    ["Số", f.number],
    ["Ngày", f.date ? formatDmy(f.date) : undefined],
    ["Giai đoạn", period ? formatPeriod(period) : undefined],
    ["Cơ quan ban hành", f.issuer],
    ["Tỉnh", f.province],
    ["Cấp tổ chức", "tỉnh"],
    ["Nguồn kinh phí", f.fundingSource],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== "");
}

/** Nhập kế hoạch: writes the activities read from a plan's text as the Kế hoạch sheet. Pure. */
export function importCommand(book: BookSnapshot, imported: ImportedPlan, options: ImportOptions = {}): ImportOutcome {
  const names = book.sheets.map((s) => s.name);
  const planName = findSheet(names, "plan") ?? SHEETS.plan;
  const findings: Finding[] = [...imported.findings];
  if (imported.activities.length === 0) {
    findings.push(
      finding(
        "error",
        "nothing-to-import",
        "Không đọc được hoạt động nào từ văn bản kế hoạch",
        "No activity could be read from the plan's text",
      ),
    );
    return { findings, writes: [], rowsWritten: 0 };
  }
  if (hasContent(book, findSheet(names, "plan")) && !options.replace) {
    findings.push(
      finding(
        "error",
        "plan-sheet-exists",
        `Sheet "${planName}" đã có dữ liệu; chọn thay thế để ghi đè (có thể hoàn tác)`,
        `Sheet "${planName}" already holds data; choose replace to overwrite it (it can be restored)`,
        { sheet: planName, range: "A1" },
      ),
    );
    return { findings, writes: [], rowsWritten: 0 };
  }
  const blocked = protectedSheetFindings(book.sheets, [planName]);
  if (blocked.length) return { findings: [...findings, ...blocked], writes: [], rowsWritten: 0 };

  const period = periodOf(imported);
  const layout = layoutFor(period);
  const { columns, byField, column } = layout;
  const LAST_LETTER = columnLetter(columns.length);
  const { rows, groupRows, findings: rowFindings } = planRows(imported, layout);
  findings.push(...rowFindings);
  if (period) findings.push(...phasedByYear(imported, period));
  const body = [columns.map((c) => text(c.header)), ...rows];
  const total = imported.facts.total;
  if (total) body.push(byField({ name: text("Tổng cộng"), statedAmount: num(total) }));
  const last = body.length;
  const writes: WriteOp[] = [
    { op: "ensureSheet", sheet: planName },
    { op: "clearSheet", sheet: planName },
    { op: "cells", sheet: planName, row: 1, col: 1, cells: body },
    { op: "style", sheet: planName, range: `A1:${LAST_LETTER}1`, style: { bold: true, wrap: true, fill: "#DDEBF7", vertical: "center" } },
    { op: "style", sheet: planName, range: `${column("quantity")}2:${column("days")}${last}`, style: { numberFormat: "#,##0.##" } },
    ...(["unitCost", "statedAmount"] as const).map((f): WriteOp => ({
      op: "style",
      sheet: planName,
      range: `${column(f)}2:${column(f)}${last}`,
      style: { numberFormat: MONEY_FORMAT },
    })),
    ...groupRows.map((r): WriteOp => ({ op: "style", sheet: planName, range: `A${r}:${LAST_LETTER}${r}`, style: { bold: true } })),
    // What goes in each input column, on its header: an officer finds Đơn giá and the guests' count without the README.
    ...columns.flatMap((c, i): WriteOp[] =>
      c.note ? [{ op: "note", sheet: planName, address: `${columnLetter(i + 1)}1`, text: c.note }] : [],
    ),
    { op: "columnWidths", sheet: planName, from: 1, widths: columns.map((c) => COLUMN_WIDTHS[c.field] ?? 12) },
    { op: "freeze", sheet: planName, rows: 1, columns: 2 },
  ];
  if (total) writes.push({ op: "style", sheet: planName, range: `A${last}:${LAST_LETTER}${last}`, style: { bold: true } });

  const infoSheet = findSheet(names, "info");
  if (!hasContent(book, infoSheet)) {
    const info = infoSheet ?? SHEETS.info;
    writes.push(
      { op: "ensureSheet", sheet: info },
      { op: "cells", sheet: info, row: 1, col: 1, cells: infoRows(imported, period) },
      { op: "columnWidths", sheet: info, from: 1, widths: [22, 60] },
    );
  } else {
    // The officer's Thông tin is kept as typed; the plan's facts it would have said are named, to copy if they belong.
    const facts = infoFacts(imported, period).map(([label, value]) => `${label}: ${value}`);
    if (facts.length)
      findings.push(
        finding(
          "warning",
          "info-kept",
          `Sheet "${infoSheet}" đã có dữ liệu nên được giữ nguyên; các thông tin của kế hoạch vừa đọc không được ghi vào đó (${facts.join("; ")}). Nếu đó là kế hoạch này, hãy sửa sheet "${infoSheet}" (với kế hoạch nhiều năm: dòng Giai đoạn).`,
          `The sheet "${infoSheet}" already holds data, so it is kept as it is; the facts of the plan just read were not written there (${facts.join("; ")}). If they belong to this plan, edit "${infoSheet}" (for a multi-year plan: the Giai đoạn row).`,
          { sheet: infoSheet! },
        ),
      );
  }
  if (!findSheet(names, "allocation")) {
    // Kinh phí được giao is what the plan (or the officer) says was allocated, never the plan's own total.
    const allocation = imported.facts.allocation;
    const sheet = SHEETS.allocation;
    writes.push(
      { op: "ensureSheet", sheet },
      {
        op: "cells",
        sheet,
        row: 1,
        col: 1,
        cells: [
          [text("PHÂN BỔ KINH PHÍ")],
          [],
          ["Nội dung", "Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"].map(text),
          [text("Kinh phí được giao"), allocation ? num(allocation.amount) : blank],
        ],
      },
      { op: "style", sheet, range: "B4:F4", style: { numberFormat: MONEY_FORMAT } },
      { op: "columnWidths", sheet, from: 1, widths: [24, 16, 14, 14, 14, 14] },
    );
    findings.push(
      allocation
        ? finding(
            "info",
            "allocation-from-text",
            `Kinh phí được giao ${formatVnd(allocation.amount)} đồng lấy từ dòng ${allocation.line} của văn bản, ghi vào ${sheet}!B4.`,
            `The allocation of ${allocation.amount.toFixed()} VND was taken from line ${allocation.line} of the text and written to ${sheet}!B4.`,
            { sheet, range: "B4" },
          )
        : finding(
            "info",
            "allocation-not-in-text",
            `Văn bản không ghi kinh phí được giao (tổng kinh phí của kế hoạch không phải là kinh phí được giao): điền ô ${sheet}!B4 khi có quyết định giao dự toán.`,
            `The text states no allocation (the plan's own total is not one): fill ${sheet}!B4 once the allocation is decided.`,
            { sheet, range: "B4" },
          ),
    );
  }
  return { findings, writes, rowsWritten: body.length };
}

/** Widths of the Kế hoạch columns, in Excel character units. */
const COLUMN_WIDTHS: Partial<Record<ActivityField, number>> = {
  stt: 6,
  name: 56,
  kind: 16,
  unit: 12,
  quantity: 10,
  participants: 10,
  guests: 14,
  days: 8,
  unitCost: 12,
  timing: 22,
  year: 11,
  statedAmount: 16,
  lock: 7,
  estimate: 16,
  basis: 40,
  q1: 14,
  q2: 14,
  q3: 14,
  q4: 14,
};

/**
 * A multi-year plan's activities are phased by year as the text says ("năm
 * 2017-2018" in their timing); one that names no year is counted in every year of
 * the period, its quantity being each year's: said, with the lines, so the officer
 * phases it (the Năm and Số lượng columns).
 */
function phasedByYear(imported: ImportedPlan, period: Period): Finding[] {
  const unphased = imported.activities.filter((a) => !yearsInText(a.timing));
  if (!unphased.length) return [];
  const lines = unphased.map((a) => a.sourceLine).join(", ");
  return [
    finding(
      "warning",
      "years-not-in-text",
      `Kế hoạch giai đoạn ${formatPeriod(period)}: hoạt động ở dòng ${lines} của văn bản không ghi năm thực hiện nên được tính cho mọi năm của giai đoạn (cột Năm để trống), số lượng ghi là của mỗi năm. Phân kỳ theo năm ở cột Năm và Số lượng.`,
      `A plan for ${formatPeriod(period)}: the activities at line ${lines} of the text name no year, so they count in every year of the period (Năm left empty), their quantity being each year's. Phase them by year in the Năm and Số lượng columns.`,
    ),
  ];
}

export const IMPORT_SHEETS = ["plan", "info", "allocation"] as const;

export function sheetsForImport(sheets: SheetInfo[]): string[] {
  return pickSheets(sheets, IMPORT_SHEETS);
}

/** Inserts an imported plan into the workbook: one read batch, one write batch. */
export function runImport(port: WorkbookPort, imported: ImportedPlan, options: ImportOptions & RunOptions = {}): Promise<ImportOutcome> {
  return runCommand(port, sheetsForImport, (book) => importCommand(book, imported, options), options);
}
