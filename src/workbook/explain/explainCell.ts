import type Decimal from "decimal.js";
import { groupMembers, type ActivityEstimate, type Estimate } from "../../core/estimate/estimate";
import { finding, type Finding } from "../../core/findings/finding";
import { ZERO, formatVnd, money, sum } from "../../core/money/money";
import type { CellRef } from "../../core/plan/plan";
import { a1, parseRange } from "../address";
import { cellText, type Cell, type CellWrite } from "../cells";
import type { BookSnapshot, SheetSnapshot } from "../port";
import type { PlanReading } from "../readPlan";
import { holdsWrite } from "../safety/cellState";
import { writtenText, type WrittenRole, type WrittenSheet } from "../written/writtenSheet";
import { explainLine, refText } from "./explainLine";
import type { ExplainedKind, ExplainedPart, Explanation } from "./explanation";

/** What explaining reads: the workbook as read, the plan and its estimate, and the add-in's sheets as it lays them out now. */
export interface ExplainInput {
  book: BookSnapshot;
  reading: PlanReading;
  estimate?: Estimate;
  /** From writtenSheets (src/workbook/commands/writtenSheets.ts). */
  sheets: WrittenSheet[];
}

/** The command that writes a layout, for the advice to run it again. */
const COMMAND_OF = {
  plan: ["Tính dự toán (dutoan estimate)", "Estimate (dutoan estimate)"],
  breakdown: ["Tính dự toán (dutoan estimate)", "Estimate (dutoan estimate)"],
  attachment: ["Phụ lục (dutoan attachment)", "Attachment (dutoan attachment)"],
} as const;

/**
 * How the cell at `target` was made, from the layouts that write it (never from
 * the text on the sheet): the spending lines behind it, each quantity × unit cost
 * with the plan's cells and the norm they came from. A cell the add-in does not
 * write, a heading, or a sheet whose rows no longer match the plan gets a clear
 * answer (`kind` undefined, the reason as a finding), never an exception. Pure.
 */
export function explainCell(input: ExplainInput, target: CellRef): Explanation {
  const ref = refText(target);
  const table = input.reading.table;
  const estimate = input.estimate;
  if (!table || !estimate) {
    return unexplained(
      target,
      "explain-no-estimate",
      `Ô ${ref}: chưa tìm thấy bảng kế hoạch có hoạt động nên không có dự toán nào để giải thích.`,
      `Cell ${ref}: no plan table with activities was found, so there is no estimate to explain.`,
    );
  }
  const ws = input.sheets.find((s) => s.sheet === target.sheet);
  const written = ws?.cells.get(target.address);
  if (!ws || !written) return notWritten(target, input.sheets);
  const { top: row, left: col } = parseRange(target.address);
  const role = ws.rows.get(row);
  if (!role) {
    return unexplained(
      target,
      "explain-heading",
      `Ô ${ref} là chữ add-in ghi ("${writtenText(written)}"): một tiêu đề hay nhãn, không phải số tiền nên không có gì để giải thích.`,
      `Cell ${ref} is text the add-in writes ("${writtenText(written)}"): a heading or label, not an amount, so there is nothing to explain.`,
    );
  }
  const snapshot = input.book.read.get(ws.sheet);
  const stale = snapshot ? staleAnchor(ws, snapshot) : undefined;
  if (stale) {
    const [vi, en] = COMMAND_OF[ws.layout];
    return unexplained(
      target,
      "explain-out-of-date",
      `Sheet "${ws.sheet}" không còn khớp với kế hoạch (ô ${ws.sheet}!${stale} khác với bố cục add-in lập bây giờ: có hàng được thêm, xóa, hoặc kế hoạch đã đổi). Chạy lại ${vi} rồi giải thích lại.`,
      `The sheet "${ws.sheet}" no longer matches the plan (cell ${ws.sheet}!${stale} differs from the layout the add-in makes now: rows were added or removed, or the plan changed). Run ${en} again, then explain.`,
      "warning",
    );
  }

  const year = ws.years?.get(col);
  const base =
    year !== undefined && estimate.period ? describeYear(role, year, yearCells(ws, col), input, estimate) : describe(role, input, estimate);
  const amountCell = ws.cells.get(a1(row, year !== undefined ? col : ws.amountColumn));
  const findings = snapshot ? differences(ws, snapshot, row, col, written) : [];
  return {
    cell: target,
    kind: base.kind,
    layout: ws.layout,
    column: ws.columns.get(col) ?? "other",
    amount: base.amount,
    activity: base.activity,
    parts: base.parts,
    ...(amountCell?.type === "formula" && { formula: amountCell.formula }),
    rounding: estimate.rounding,
    norms: { date: estimate.norms.date, ...(estimate.norms.province && { province: estimate.norms.province }) },
    ...(estimate.fit && { fit: estimate.fit.mode }),
    findings,
  };
}

interface Described {
  kind: ExplainedKind;
  amount: Decimal;
  activity: Explanation["activity"];
  parts: ExplainedPart[];
}

function describe(role: WrittenRole, input: ExplainInput, estimate: Estimate, written = writtenAtIndex(input.sheets)): Described {
  const partsOf = (activities: readonly ActivityEstimate[]) =>
    activities.flatMap((a) => a.lines.map((_, i) => explainLine(a, i, estimate, written.get(`${a.activity.row}:${i}`) ?? [])));
  const ofActivity = (a: ActivityEstimate) => ({ row: a.activity.row, name: a.activity.name, cell: a.activity.cells.name });
  switch (role.kind) {
    case "line": {
      const line = role.activity.lines[role.line];
      return {
        kind: "line",
        amount: line.amount,
        activity: ofActivity(role.activity),
        parts: [explainLine(role.activity, role.line, estimate, written.get(`${role.activity.activity.row}:${role.line}`) ?? [])],
      };
    }
    case "activity":
      return { kind: "activity", amount: role.activity.amount, activity: ofActivity(role.activity), parts: partsOf([role.activity]) };
    case "group": {
      const index = estimate.groups.indexOf(role.group);
      const members = groupMembers(input.reading.plan, estimate.activities, (a) => a.activity)[index] ?? [];
      const g = role.group.group;
      return {
        kind: "group",
        amount: role.group.amount,
        activity: { row: g.row, name: g.name, cell: g.cells.name },
        parts: partsOf(members),
      };
    }
    case "total":
    case "words": {
      const table = input.reading.table!;
      const totalRow = table.totalRow;
      const nameCol = table.columns.name;
      return {
        kind: role.kind,
        amount: estimate.total,
        activity: {
          ...(totalRow !== undefined && { row: totalRow }),
          name: "Tổng cộng",
          ...(totalRow !== undefined && nameCol !== undefined && { cell: { sheet: table.sheet, address: a1(totalRow, nameCol) } }),
        },
        parts: partsOf(estimate.activities),
      };
    }
  }
}

/**
 * A year column of a multi-year plan's whole-period attachment: the row's amount in
 * that year, from each activity's one-year estimate (its lines at the quantity of
 * one year); an activity not carried out that year counts nothing.
 */
function describeYear(
  role: WrittenRole,
  year: number,
  written: Map<string, CellRef[]>,
  input: ExplainInput,
  estimate: Estimate,
): Described {
  const period = estimate.period!;
  const inYear = (a: ActivityEstimate): ActivityEstimate | undefined => {
    const b = period.byActivity.get(a.activity.row);
    return b && b.years.includes(year) ? b.perYear : undefined;
  };
  const activities = estimate.activities.flatMap((a) => inYear(a) ?? []);
  const yearEstimate: Estimate = { ...estimate, activities, total: sum(activities.map((a) => a.amount)), period: undefined };
  const described = (() => {
    switch (role.kind) {
      case "line":
      case "activity": {
        const a = inYear(role.activity);
        if (a) return describe({ ...role, activity: a }, input, yearEstimate, written);
        const own = describe(role, input, estimate);
        return { ...own, amount: ZERO, parts: [] };
      }
      case "group": {
        const index = estimate.groups.indexOf(role.group);
        const members = groupMembers(input.reading.plan, estimate.activities, (a) => a.activity)[index] ?? [];
        const own = describe(role, input, estimate);
        const parts = members.flatMap((m) => {
          const a = inYear(m);
          return a ? describe({ kind: "activity", activity: a }, input, yearEstimate, written).parts : [];
        });
        return { ...own, amount: sum(parts.map((p) => p.amount)), parts };
      }
      default:
        return describe(role, input, yearEstimate, written);
    }
  })();
  return described;
}

/** Where each line's amount of one year was written: its cell in that year's column. */
function yearCells(ws: WrittenSheet, col: number): Map<string, CellRef[]> {
  const at = new Map<string, CellRef[]>();
  for (const [row, role] of ws.rows) {
    if (role.kind === "line") at.set(`${role.activity.activity.row}:${role.line}`, [{ sheet: ws.sheet, address: a1(row, col) }]);
  }
  return at;
}

/** Where each line was written (the amount cells of Chi tiết dự toán and Dự toán), by "planRow:index". */
function writtenAtIndex(sheets: readonly WrittenSheet[]): Map<string, CellRef[]> {
  const at = new Map<string, CellRef[]>();
  for (const ws of sheets) {
    for (const [row, role] of ws.rows) {
      if (role.kind !== "line") continue;
      const key = `${role.activity.activity.row}:${role.line}`;
      const list = at.get(key) ?? [];
      list.push({ sheet: ws.sheet, address: a1(row, ws.amountColumn) });
      at.set(key, list);
    }
  }
  return at;
}

/** The first anchor (amount header, TỔNG CỘNG) whose text differs from the layout's: the sheet's rows moved. */
function staleAnchor(ws: WrittenSheet, snapshot: SheetSnapshot): string | undefined {
  return ws.anchors.find((address) => {
    const { top, left } = parseRange(address);
    return cellText(cellOf(snapshot, top, left).value).trim() !== writtenText(ws.cells.get(address)).trim();
  });
}

function cellOf(sheet: SheetSnapshot, row: number, col: number): { value: Cell; formula: string | null } {
  const value: Cell = sheet.cells[row - sheet.top]?.[col - sheet.left] ?? { type: "empty" };
  return { value, formula: sheet.formulas[row - sheet.top]?.[col - sheet.left] ?? null };
}

/**
 * What the sheet holds now that the add-in would not write: the cell asked about
 * (a typed value, a stale amount) and the row's name (a different line there).
 * The explanation stands for what the add-in computes now; these say the sheet
 * differs, and how to bring it back.
 */
function differences(ws: WrittenSheet, snapshot: SheetSnapshot, row: number, col: number, written: CellWrite): Finding[] {
  const out: Finding[] = [];
  const [vi, en] = COMMAND_OF[ws.layout];
  const check = (c: number, expected: CellWrite | undefined) => {
    if (!expected) return;
    const { value, formula } = cellOf(snapshot, row, c);
    if (holdsWrite(value.type === "text" && value.value === "" ? { type: "empty" } : value, formula, expected)) return;
    const address = a1(row, c);
    const now = formula ?? shown(value);
    const then = expected.type === "formula" ? expected.formula : shown(expectedValue(expected));
    out.push(
      finding(
        "warning",
        "explain-cell-differs",
        `Ô ${ws.sheet}!${address} đang là "${now}", còn add-in tính bây giờ là "${then}": ô đã được sửa tay, hoặc kế hoạch, định mức hay tùy chọn đã đổi từ lần chạy trước. Phần giải thích dưới đây là cách add-in tính bây giờ; chạy lại ${vi} để ghi lại (có thể hoàn tác).`,
        `Cell ${ws.sheet}!${address} holds "${now}", while the add-in now computes "${then}": the cell was edited by hand, or the plan, the norms or the options changed since the last run. The explanation below is how the add-in computes it now; run ${en} again to write it (it can be undone).`,
        { sheet: ws.sheet, address },
      ),
    );
  };
  check(col, written);
  if (col !== ws.nameColumn && ws.layout !== "plan") check(ws.nameColumn, ws.cells.get(a1(row, ws.nameColumn)));
  return out;
}

const shown = (cell: Cell): string => (cell.type === "number" ? formatVnd(money(cell.value)) : cellText(cell));

function expectedValue(w: CellWrite): Cell {
  switch (w.type) {
    case "number":
      return { type: "number", value: w.value };
    case "text":
      return { type: "text", value: w.value };
    default:
      return { type: "empty" };
  }
}

function notWritten(target: CellRef, sheets: readonly WrittenSheet[]): Explanation {
  const ref = refText(target);
  const where = sheets.map((s) => `"${s.sheet}"`).join(", ");
  return unexplained(
    target,
    "explain-not-written",
    `Ô ${ref} không phải ô add-in ghi, nên không có gì để giải thích. Add-in ghi cột Dự toán và Căn cứ của Kế hoạch, sheet Chi tiết dự toán (Tính dự toán) và sheet Dự toán (Phụ lục)${where ? `; sổ tính này có: ${where}` : ""}.`,
    `Cell ${ref} is not one the add-in writes, so there is nothing to explain. The add-in writes Kế hoạch's Dự toán and Căn cứ columns, the Chi tiết dự toán sheet (Estimate) and the Dự toán sheet (Attachment)${where ? `; this workbook has: ${where}` : ""}.`,
  );
}

function unexplained(
  target: CellRef,
  code: string,
  message: string,
  messageEn: string,
  severity: Finding["severity"] = "info",
): Explanation {
  return { cell: target, parts: [], findings: [finding(severity, code, message, messageEn, target)] };
}
