import { finding, type Finding } from "../../core/findings/finding";
import { formatVnd, money } from "../../core/money/money";
import { a1, parseRange } from "../address";
import { cellText, type Cell, type CellWrite } from "../cells";
import type { BookSnapshot, SheetSnapshot } from "../port";
import { canonicalNumberText } from "../safety/cellState";
import { multipliesRow, referencesIn, sameFormula } from "../written/formulaShape";
import { writtenText, type WrittenRole, type WrittenSheet } from "../written/writtenSheet";

/** The command that makes a sheet's formulas again. */
const REMAKE = {
  breakdown: ["Tính dự toán (dutoan estimate)", "Estimate (dutoan estimate)"],
  attachment: ["Phụ lục (dutoan attachment)", "Attachment (dutoan attachment)"],
} as const;

/** What a total stands for, in the message. */
function totalName(role: WrittenRole): [string, string] {
  switch (role.kind) {
    case "activity":
      return [`tổng của hoạt động "${role.activity.activity.name}"`, `the total of the activity "${role.activity.activity.name}"`];
    case "group":
      return [`tổng của nhóm "${role.group.group.name}"`, `the subtotal of the group "${role.group.group.name}"`];
    default:
      return ["TỔNG CỘNG", "the grand total (TỔNG CỘNG)"];
  }
}

/**
 * The formulas the officer broke on the add-in's own sheets (Chi tiết dự toán, Dự
 * toán): a Thành tiền that no longer multiplies its row's Số lượng × Đơn giá, a
 * total that no longer adds its rows, a number typed over a formula, "Bằng chữ" no
 * longer reading the total. Each is a finding at its cell; running the command that
 * writes the sheet again makes the formulas again (restorable as always). A sheet
 * whose rows no longer match the plan is said once and not checked cell by cell.
 * Reads only what the sheets hold and what the add-in lays out now (`sheets`). Pure.
 */
export function brokenFormulaFindings(book: BookSnapshot, sheets: readonly WrittenSheet[]): Finding[] {
  const findings: Finding[] = [];
  for (const ws of sheets) {
    if (ws.layout === "plan") continue;
    const snapshot = book.read.get(ws.sheet);
    if (!snapshot) continue;
    const [remake, remakeEn] = REMAKE[ws.layout];
    const stale = ws.anchors.find((address) => textAt(snapshot, address).trim() !== writtenText(ws.cells.get(address)).trim());
    if (stale) {
      findings.push(
        finding(
          "warning",
          "written-sheet-out-of-date",
          `Sheet "${ws.sheet}" không còn khớp với kế hoạch (ô ${stale} khác với bố cục add-in lập bây giờ: có hàng được thêm hoặc xóa, hoặc kế hoạch đã đổi từ lần lập trước), nên công thức của sheet chưa được kiểm tra. Chạy lại ${remake} để lập lại (có thể hoàn tác).`,
          `The sheet "${ws.sheet}" no longer matches the plan (cell ${stale} differs from the layout the add-in makes now: rows were added or removed, or the plan changed since it was made), so its formulas were not checked. Run ${remakeEn} again to make it again (it can be undone).`,
          { sheet: ws.sheet, address: stale },
        ),
      );
      continue;
    }
    for (const [address, written] of ws.cells) {
      if (written.type !== "formula") continue;
      const broken = brokenAt(ws, snapshot, address, written, remake, remakeEn);
      if (broken) findings.push(broken);
    }
  }
  return findings;
}

function brokenAt(
  ws: WrittenSheet,
  snapshot: SheetSnapshot,
  address: string,
  written: Extract<CellWrite, { type: "formula" }>,
  remake: string,
  remakeEn: string,
): Finding | undefined {
  const { top: row, left: col } = parseRange(address);
  const value = snapshot.cells[row - snapshot.top]?.[col - snapshot.left] ?? { type: "empty" };
  const formula = snapshot.formulas[row - snapshot.top]?.[col - snapshot.left] ?? null;
  const role = ws.rows.get(row);
  const where = { sheet: ws.sheet, address };
  const cell = `${ws.sheet}!${address}`;
  const again = [
    `Chạy lại ${remake} để lập lại công thức (có thể hoàn tác).`,
    `Run ${remakeEn} again to make the formula again (it can be undone).`,
  ];

  if (!formula) {
    // A value where the add-in wrote a formula: it no longer follows its rows.
    const same =
      written.cached !== undefined && value.type === "number" && canonicalNumberText(value.value) === canonicalNumberText(written.cached);
    const [what, whatEn] =
      value.type === "empty"
        ? [`công thức ${written.formula} đã bị xóa`, `the formula ${written.formula} was cleared`]
        : [
            `${shown(value)} được gõ đè lên công thức ${written.formula}`,
            `${shownEn(value)} was typed over the formula ${written.formula}`,
          ];
    return finding(
      same ? "warning" : "error",
      "formula-typed-over",
      `Ô ${cell}: ${what}, nên ô không còn tự tính theo các ô của nó${same ? " (số hiện đúng, nhưng sẽ không theo khi sửa các dòng)" : ""}. ${again[0]}`,
      `Cell ${cell}: ${whatEn}, so the cell no longer follows the cells it adds or multiplies${same ? " (the number is right now, but will not follow edits)" : ""}. ${again[1]}`,
      where,
      written.cached !== undefined ? { expected: written.cached, ...(value.type === "number" && { typed: value.value }) } : undefined,
    );
  }
  if (!role) return undefined;
  if (role.kind === "line" && col === ws.amountColumn) {
    const [q, u] = [...ws.columns].filter(([, m]) => m === "quantity" || m === "unitCost").map(([c]) => c);
    if (q !== undefined && u !== undefined && multipliesRow(formula, row, q, u)) return undefined;
    // A multi-year plan's whole-period attachment: Thành tiền is the sum of the row's year cells.
    if (ws.years?.size && sameFormula(formula, written.formula)) return undefined;
    return finding(
      "error",
      "line-formula-broken",
      `Ô ${cell}: Thành tiền không còn là Số lượng × Đơn giá của dòng (${written.formula}); đang là ${formula}. ${again[0]}`,
      `Cell ${cell}: Thành tiền is no longer the row's quantity × unit cost (${written.formula}); it is ${formula}. ${again[1]}`,
      where,
    );
  }
  if (role.kind === "words") {
    const total = [...ws.rows].find(([, r]) => r.kind === "total")?.[0];
    const totalCell = total !== undefined ? a1(total, ws.amountColumn) : undefined;
    if (!totalCell || referencesIn(formula).includes(totalCell)) return undefined;
    return finding(
      "error",
      "words-formula-broken",
      `Ô ${cell}: "Bằng chữ" không còn đọc tổng cộng ở ô ${totalCell}; đang là ${formula.length > 80 ? formula.slice(0, 80) + "…" : formula}. ${again[0]}`,
      `Cell ${cell}: "Bằng chữ" no longer reads the grand total in ${totalCell}; it is ${formula.length > 80 ? formula.slice(0, 80) + "…" : formula}. ${again[1]}`,
      where,
    );
  }
  if (col === ws.amountColumn && (role.kind === "activity" || role.kind === "group" || role.kind === "total")) {
    if (sameFormula(formula, written.formula)) return undefined;
    const [name, nameEn] = totalName(role);
    return finding(
      "error",
      "total-formula-broken",
      `Ô ${cell}: ${name} không còn cộng đúng các dòng của nó (${written.formula}); đang là ${formula}. ${again[0]}`,
      `Cell ${cell}: ${nameEn} no longer adds its rows (${written.formula}); it is ${formula}. ${again[1]}`,
      where,
    );
  }
  return undefined;
}

function textAt(sheet: SheetSnapshot, address: string): string {
  const { top, left } = parseRange(address);
  return cellText(sheet.cells[top - sheet.top]?.[left - sheet.left]);
}

const shown = (cell: Cell): string => (cell.type === "number" ? `số ${formatVnd(money(cell.value))}` : `"${cellText(cell)}"`);
const shownEn = (cell: Cell): string => (cell.type === "number" ? `the number ${cell.value}` : `"${cellText(cell)}"`);
