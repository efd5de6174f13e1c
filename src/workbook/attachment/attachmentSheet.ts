import type Decimal from "decimal.js";
import type { Estimate } from "../../core/estimate/estimate";
import type { PlanInfo } from "../../core/plan/plan";
import { ZERO } from "../../core/money/money";
import { amountInWords, type WordsOptions } from "../../core/words/amountInWords";
import { columnLetter } from "../address";
import { blank, num, text, type CellWrite } from "../cells";
import type { WriteOp } from "../port";
import { MONEY_FORMAT } from "../writeEstimate";
import { ATTACHMENT_HEADERS, COL, COLUMN_INDEX, LAST_COL, MARGINS, columnWidths } from "./columns";
import { placeDateLine, shortDate } from "./documentDate";
import { addRow, merge, newDraft, setCell, span, style, type Draft } from "./draft";
import { attachmentOutline, type OutlineNode } from "./outline";
import { rowHeightFor, type TextBox } from "./rowHeight";

/** The administrative font (Times New Roman), on every cell of the sheet. */
export const ATTACHMENT_FONT = "Times New Roman";
const BODY_SIZE = 11;
const HEADER_SIZE = 12;
/** A quantity with decimals keeps them; whole numbers print without a decimal mark. */
const QUANTITY_FORMAT_DECIMAL = "#,##0.##";

export interface AttachmentOptions {
  /** How "Bằng chữ" reads the total (nghìn or ngàn, ...). */
  words?: Partial<WordsOptions>;
  /** Place of the date lines; the plan's province by default. */
  place?: string;
  /** ISO date of the signature line; the plan's date by default. */
  signDate?: string;
}

/** Where the parts of the attachment landed (1-based rows), for the caller and the tests. */
export interface AttachmentLayout {
  sheet: string;
  writes: WriteOp[];
  headerRow: number;
  firstBodyRow: number;
  totalRow: number;
  wordsRow: number;
  lastRow: number;
  /** The total in words, as written after "Bằng chữ: ". */
  words: string;
  /** Row of each activity by its Kế hoạch row. */
  activityRows: Map<number, number>;
  groupRows: number[];
}

/**
 * The "Dự toán" sheet: the estimate as the printable attachment of the plan
 * (phụ lục dự toán kinh phí), laid out as the documents of Vietnamese public
 * finance (../shared/domain/norms-research.md 4.2, a common-practice synthesis,
 * not a mandated form). Thành tiền and every total are live formulas whose cached
 * values are the engine's exact amounts. Pure: returns the writes.
 */
export function attachmentWrites(sheet: string, info: PlanInfo, estimate: Estimate, options: AttachmentOptions = {}): AttachmentLayout {
  const outline = attachmentOutline(estimate);
  const allLines = estimate.activities.flatMap((a) => a.lines);
  const widths = columnWidths(maxOf([estimate.total, ...allLines.map((l) => l.amount)]), maxOf(allLines.map((l) => l.unitCost)));
  const widthOf = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const box = (t: string, from: number, to: number, fontSize = BODY_SIZE, bold = false): TextBox => ({
    text: t,
    width: widthOf(from, to),
    fontSize,
    bold,
  });

  const draft = newDraft(sheet);
  const place = options.place ?? info.province;

  // Header block: the issuing body left, the national motto right, then number and date.
  const issuer = (info.issuer?.trim() || "Tên cơ quan, đơn vị").toUpperCase();
  const motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  const leftTo = COL.name;
  const r1 = addRow(
    draft,
    [text(issuer), blank, text(motto)],
    rowHeightFor([box(issuer, 1, leftTo, HEADER_SIZE, true), box(motto, leftTo + 1, LAST_COL, HEADER_SIZE, true)]),
  );
  const r2 = addRow(draft, [blank, blank, text("Độc lập - Tự do - Hạnh phúc")], rowHeightFor([], HEADER_SIZE + 1));
  const numberText = `Số: ${info.number?.trim() || "......"}`;
  const r3 = addRow(draft, [text(numberText), blank, text(placeDateLine(place, info.date))], rowHeightFor([], HEADER_SIZE) + 6);
  for (const r of [r1, r2, r3]) {
    merge(draft, span(r, 1, leftTo));
    merge(draft, span(r, leftTo + 1, LAST_COL));
  }
  style(draft, span(r1, 1, LAST_COL, r3), { horizontal: "center", vertical: "center", wrap: true, fontSize: HEADER_SIZE });
  style(draft, span(r1, 1, LAST_COL, r2), { bold: true });
  style(draft, span(r3, leftTo + 1, LAST_COL), { italic: true });

  // Title block.
  addRow(draft, [], 8);
  const title = addRow(draft, [text("DỰ TOÁN KINH PHÍ")], rowHeightFor([], 14) + 2);
  const planName = info.title?.trim() ?? "";
  const nameRow = addRow(draft, [text(planName)], rowHeightFor([box(planName, 1, LAST_COL, 13, true)], 13));
  const attached = attachedToLine(info);
  const attachedRow = addRow(draft, [text(attached)], rowHeightFor([box(attached, 1, LAST_COL, HEADER_SIZE)], HEADER_SIZE));
  const unitRow = addRow(draft, [text("Đơn vị tính: đồng")], rowHeightFor([], BODY_SIZE) + 2);
  for (const r of [title, nameRow, attachedRow, unitRow]) merge(draft, span(r, 1, LAST_COL));
  style(draft, span(title, 1, LAST_COL, attachedRow), { horizontal: "center", vertical: "center", wrap: true, bold: true });
  style(draft, span(title, 1, LAST_COL), { fontSize: 14 });
  style(draft, span(nameRow, 1, LAST_COL), { fontSize: 13 });
  style(draft, span(attachedRow, 1, LAST_COL), { bold: false, italic: true, fontSize: HEADER_SIZE });
  style(draft, span(unitRow, 1, LAST_COL), { horizontal: "right", italic: true });

  // The table: headers, the column numbers, the outline, the grand total.
  const headerRow = addRow(
    draft,
    ATTACHMENT_HEADERS.map(text),
    rowHeightFor(ATTACHMENT_HEADERS.map((h, i) => box(h, i + 1, i + 1, BODY_SIZE, true))),
  );
  const indexRow = addRow(draft, COLUMN_INDEX.map(text), rowHeightFor([], 10));
  style(draft, span(headerRow, 1, LAST_COL), { bold: true });
  style(draft, span(indexRow, 1, LAST_COL), { italic: true, fontSize: 10 });

  const firstBodyRow = indexRow + 1;
  const body = writeOutline(draft, outline, estimate, widths);
  const totalRow = addRow(draft, [blank, text("TỔNG CỘNG")], rowHeightFor([], BODY_SIZE));
  setCell(draft, totalRow, COL.amount, subtotalOf(firstBodyRow, totalRow - 1, estimate.total), MONEY_FORMAT);
  style(draft, span(headerRow, 1, LAST_COL, totalRow), { border: "thin", wrap: true, vertical: "center" });
  style(draft, span(headerRow, 1, LAST_COL, indexRow), { horizontal: "center" });
  if (totalRow > firstBodyRow) {
    style(draft, span(firstBodyRow, COL.stt, COL.stt, totalRow - 1), { horizontal: "center" });
    style(draft, span(firstBodyRow, COL.unit, COL.unit, totalRow - 1), { horizontal: "center" });
  }
  for (const r of [...body.boldRows, totalRow]) style(draft, span(r, 1, LAST_COL), { bold: true });
  style(draft, span(totalRow, COL.name, COL.name), { horizontal: "center" });

  // Under the table: the total in words, the place and date, the signatures.
  const words = amountInWords(estimate.total, options.words);
  const wordsText = `Bằng chữ: ${words}`;
  const wordsRow = addRow(draft, [text(wordsText)], rowHeightFor([box(wordsText, 1, LAST_COL, BODY_SIZE + 1, true)], BODY_SIZE + 1));
  merge(draft, span(wordsRow, 1, LAST_COL));
  style(draft, span(wordsRow, 1, LAST_COL), { italic: true, wrap: true, vertical: "center", fontSize: BODY_SIZE + 1 });
  const lastRow = signatureBlock(draft, placeDateLine(place, options.signDate ?? info.date), box);

  const writes: WriteOp[] = [
    { op: "ensureSheet", sheet },
    { op: "clearSheet", sheet },
    { op: "cells", sheet, row: 1, col: 1, cells: draft.rows, numberFormats: draft.formats },
    // Times New Roman on every cell first; the styles below only add to it.
    { op: "style", sheet, range: span(1, 1, LAST_COL, lastRow), style: { fontName: ATTACHMENT_FONT, fontSize: BODY_SIZE } },
    ...draft.ops,
    { op: "columnWidths", sheet, from: 1, widths },
    { op: "rowHeights", sheet, from: 1, heights: draft.heights },
    { op: "freeze", sheet, rows: indexRow, columns: 0 },
    {
      op: "pageSetup",
      sheet,
      setup: {
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: 1,
        printArea: span(1, 1, LAST_COL, lastRow),
        printTitleRows: `${headerRow}:${indexRow}`,
        margins: { ...MARGINS },
      },
    },
  ];
  return {
    sheet,
    writes,
    headerRow,
    firstBodyRow,
    totalRow,
    wordsRow,
    lastRow,
    words,
    activityRows: body.activityRows,
    groupRows: body.groupRows,
  };
}

/** "(Kèm theo Kế hoạch số 30/KH-SCT ngày 19/3/2020 của Sở Công Thương tỉnh Trà Vinh)". */
function attachedToLine(info: PlanInfo): string {
  const date = shortDate(info.date);
  const parts = [`Kèm theo Kế hoạch số ${info.number?.trim() || "......"}`, `ngày ${date ?? "..../..../......"}`];
  if (info.issuer?.trim()) parts.push(`của ${info.issuer.trim()}`);
  return `(${parts.join(" ")})`;
}

interface BodyRows {
  rootRows: number[];
  boldRows: number[];
  groupRows: number[];
  activityRows: Map<number, number>;
}

function writeOutline(draft: Draft, outline: OutlineNode[], estimate: Estimate, widths: number[]): BodyRows {
  const rows: BodyRows = { rootRows: [], boldRows: [], groupRows: [], activityRows: new Map() };
  const digits = estimate.rounding === "thousand" ? -3 : 0;
  const box = (t: string, col: number, bold = false): TextBox => ({ text: t, width: widths[col - 1], fontSize: BODY_SIZE, bold });

  const write = (node: OutlineNode): number => {
    if (node.kind === "group") {
      const row = addRow(draft, [text(node.stt), text(node.name)], rowHeightFor([box(node.name, COL.name, true)]));
      node.children.forEach(write);
      setCell(draft, row, COL.amount, subtotalOf(row + 1, draft.rows.length, node.amount), MONEY_FORMAT);
      rows.boldRows.push(row);
      rows.groupRows.push(row);
      return row;
    }
    const a = node.estimate;
    const note = a.complete ? "" : "Chưa tính đủ: xem thông báo của lệnh Tính dự toán";
    const row = addRow(
      draft,
      [text(node.stt), text(a.activity.name), blank, blank, blank, blank, text(note)],
      rowHeightFor([box(a.activity.name, COL.name, true), box(note, COL.basis)]),
    );
    rows.boldRows.push(row);
    rows.activityRows.set(a.activity.row, row);
    for (const { stt, line } of node.lines) {
      const r = addRow(draft, [], rowHeightFor([box(line.description, COL.name), box(line.unit, COL.unit), box(line.basis, COL.basis)]));
      const amount: CellWrite = { type: "formula", formula: `=ROUND(D${r}*E${r},${digits})`, cached: line.amount.toFixed() };
      draft.rows[r - 1] = [
        text(stt),
        text(line.description),
        text(line.unit),
        num(line.quantity),
        num(line.unitCost),
        amount,
        text(line.basis),
      ];
      draft.formats[r - 1] = [
        null,
        null,
        null,
        line.quantity.isInteger() ? MONEY_FORMAT : QUANTITY_FORMAT_DECIMAL,
        MONEY_FORMAT,
        MONEY_FORMAT,
        null,
      ];
    }
    const first = row + 1;
    const last = row + node.lines.length;
    const total = subtotalOf(first, last, a.amount);
    setCell(draft, row, COL.amount, total, MONEY_FORMAT);
    return row;
  };
  rows.rootRows = outline.map(write);
  return rows;
}

/**
 * =SUBTOTAL(9,F12:F40) over a block, cached with the engine's amount; a plain number
 * for an empty block. SUBTOTAL skips the SUBTOTAL cells inside its range, so every
 * activity, group and the grand total adds the line rows only, and the formula stays
 * short however many activities the plan has (a list of references would pass
 * Excel's 8.192-character formula limit at about 1.200 activities).
 */
function subtotalOf(first: number, last: number, amount: Decimal): CellWrite {
  if (last < first) return num(amount);
  const col = columnLetter(COL.amount);
  return { type: "formula", formula: `=SUBTOTAL(9,${col}${first}:${col}${last})`, cached: amount.toFixed() };
}

/**
 * The signatures: Người lập biểu | Kế toán trưởng (Phụ trách kế toán) | Thủ trưởng
 * đơn vị, under the place and date line. The titles vary between units
 * (norms-research.md 4.2, UNVERIFIED); these are the common ones.
 */
function signatureBlock(
  draft: Draft,
  dateLine: string,
  box: (t: string, from: number, to: number, fontSize?: number, bold?: boolean) => TextBox,
): number {
  const spans: [number, number][] = [
    [1, 2],
    [3, 5],
    [6, 7],
  ];
  const titles = ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG\n(PHỤ TRÁCH KẾ TOÁN)", "THỦ TRƯỞNG ĐƠN VỊ"];
  const hints = ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"];
  const at = (values: string[]): CellWrite[] => {
    const cells: CellWrite[] = Array<CellWrite>(LAST_COL).fill(blank);
    spans.forEach(([from], i) => (cells[from - 1] = values[i] ? text(values[i]) : blank));
    return cells;
  };
  addRow(draft, [], 8);
  const dateRow = addRow(draft, at(["", "", dateLine]), rowHeightFor([box(dateLine, 6, 7, HEADER_SIZE)], HEADER_SIZE));
  const titleRow = addRow(draft, at(titles), rowHeightFor(titles.map((t, i) => box(t, spans[i][0], spans[i][1], HEADER_SIZE, true))));
  const hintRow = addRow(draft, at(hints), rowHeightFor([], BODY_SIZE));
  const signRow = addRow(draft, [], 72);
  for (const r of [dateRow, titleRow, hintRow]) for (const [from, to] of spans) merge(draft, span(r, from, to));
  style(draft, span(dateRow, 1, LAST_COL, hintRow), { horizontal: "center", vertical: "center", wrap: true });
  style(draft, span(dateRow, 1, LAST_COL), { italic: true, fontSize: HEADER_SIZE });
  style(draft, span(titleRow, 1, LAST_COL), { bold: true, fontSize: HEADER_SIZE });
  style(draft, span(hintRow, 1, LAST_COL), { italic: true });
  return signRow;
}

function maxOf(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((m, v) => (v.abs().greaterThan(m) ? v.abs() : m), ZERO);
}
