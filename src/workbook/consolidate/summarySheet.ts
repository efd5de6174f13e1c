import type Decimal from "decimal.js";
import type { Consolidation } from "../../core/consolidate/consolidate";
import { unitStatus, type UnitSummary } from "../../core/consolidate/unit";
import { formatDmy, type IsoDate } from "../../core/dates/isoDate";
import { ZERO } from "../../core/money/money";
import { KIND_LABELS } from "../../core/plan/kinds";
import { amountInWords, type WordsOptions } from "../../core/words/amountInWords";
import { sheetRef } from "../address";
import { blank, num, text, type CellWrite } from "../cells";
import { numberWidth } from "../attachment/columns";
import { rowHeightFor } from "../attachment/rowHeight";
import { wordsFormula } from "../attachment/wordsFormula";
import type { WriteOp } from "../port";
import { MONEY_FORMAT } from "../writeEstimate";
import type { DetailRange } from "./detailSheets";
import { SheetBuilder } from "./sheetBuilder";
import { cellName, sourceLink } from "./sourceLink";

export const SUMMARY_SHEET = "Tổng hợp";

export interface SummaryOptions {
  /** The day the summary is made (printed under the title). */
  madeOn: IsoDate;
  /** The path a link to a unit's file uses, relative to where the summary is saved. */
  linkPath: (file: string) => string;
  words?: Partial<WordsOptions>;
}

/** How many of a unit's errors section IV lists before "… và n lỗi khác". */
const ERRORS_SHOWN = 10;
const LAST = "J";
const WIDTHS = [5, 26, 30, 12, 11, 15, 15, 15, 15, 32];
const HEADER_STYLE = { bold: true, fill: "#DDEBF7", wrap: true, horizontal: "center", vertical: "center", border: "thin" } as const;
const FONT = 11;

const formula = (f: string, cached: Decimal): CellWrite => ({ type: "formula", formula: f, cached: cached.toFixed() });

function statusText(u: UnitSummary): string {
  const status = unitStatus(u);
  const base = status === "errors" ? `Có lỗi (${u.errors.length})` : status === "warnings" ? `Có cảnh báo (${u.warnings})` : "Đạt";
  return u.origin === "computed" ? `${base}; dự toán tính khi tổng hợp` : base;
}

/**
 * The Tổng hợp sheet, printable (A4 landscape, one page wide): the title; what
 * the reader must know first (units under different provinces' or days' norms,
 * files left out); I. one row per unit — its total and allocation (each with a
 * note naming the file and cell), the difference, its status and a link to the
 * cell of its file — with TỔNG CỘNG as live SUMs and the total in words as a live
 * formula; II. by activity kind and III. by spending line, each a SUMIF over the
 * detail sheets; IV. the units whose plans have errors, each error at its cell;
 * V. the files that could not be read.
 */
export function summarySheet(
  c: Consolidation,
  details: { activities: DetailRange; lines: DetailRange },
  options: SummaryOptions,
): WriteOp[] {
  const b = new SheetBuilder(SUMMARY_SHEET, WIDTHS.length);
  const widths = [...WIDTHS];
  widths[5] = widths[6] = widths[7] = Math.max(15, numberWidth(c.total.abs().plus(c.allocation.abs())) + 1);
  const wide = (row: number, value: string, style: Parameters<SheetBuilder["style"]>[1] = {}) => {
    b.merge(`A${row}:${LAST}${row}`);
    b.style(`A${row}`, { wrap: true, vertical: "top", ...style });
    const width = widths.reduce((s, w) => s + w, 0);
    b.height(row, rowHeightFor([{ text: value, width, fontSize: style.fontSize ?? FONT, bold: style.bold }]));
  };

  const title = "TỔNG HỢP DỰ TOÁN KINH PHÍ CỦA CÁC ĐƠN VỊ";
  wide(b.add([text(title)]), title, { bold: true, fontSize: 14, horizontal: "center" });
  const made = `(Tổng hợp từ ${c.units.length} tệp dự toán của đơn vị; lập ngày ${formatDmy(options.madeOn)})`;
  wide(b.add([text(made)]), made, { italic: true, horizontal: "center" });
  const heads = [
    ...c.findings.filter((f) => f.code.startsWith("units-mixed")).map((f) => `Lưu ý: ${f.message}`),
    ...(c.skipped.some((s) => s.finding.severity === "error")
      ? [
          `Lưu ý: ${c.skipped.filter((s) => s.finding.severity === "error").length} tệp không tổng hợp được (xem mục V); tổng dưới đây không gồm các tệp đó.`,
        ]
      : []),
    ...(c.withoutAllocation && c.units.length
      ? [`Lưu ý: ${c.withoutAllocation} đơn vị chưa ghi kinh phí được giao; cột Kinh phí được giao chỉ cộng các đơn vị có ghi.`]
      : []),
  ];
  for (const h of heads) wide(b.add([text(h)]), h, { fontColor: "#C00000" });
  const unitRow = b.add([...Array<CellWrite>(9).fill(blank), text("Đơn vị tính: đồng")]);
  b.style(`${LAST}${unitRow}`, { italic: true, horizontal: "right" });

  // I. By unit.
  b.style(`A${b.add([text("I. TỔNG HỢP THEO ĐƠN VỊ")])}`, { bold: true });
  const unitHeader = b.add(
    [
      "STT",
      "Đơn vị",
      "Kế hoạch",
      "Tỉnh",
      "Ngày áp dụng định mức",
      "Dự toán",
      "Kinh phí được giao",
      "Chênh lệch (giao − dự toán)",
      "Tình trạng",
      "Nguồn (tệp, ô)",
    ].map(text),
  );
  b.style(`A${unitHeader}:${LAST}${unitHeader}`, HEADER_STYLE);
  b.height(unitHeader, 32);
  const firstUnit = unitHeader + 1;
  c.units.forEach((u, i) => {
    const r = b.next;
    const plan = [u.title, u.number && `số ${u.number}`].filter(Boolean).join(", ");
    b.add([
      num(String(i + 1)),
      text(u.name),
      text(plan),
      text(u.province ?? ""),
      text(`${formatDmy(u.normsDate)}${u.normsDateAssumed ? " (tạm)" : ""}`),
      num(u.total),
      u.allocation ? num(u.allocation) : blank,
      u.allocation ? formula(`=G${r}-F${r}`, u.allocation.minus(u.total)) : blank,
      text(statusText(u)),
      sourceLink(options.linkPath(u.file), u.totalSource, `${u.file} — ${cellName(u.totalSource)}`),
    ]);
    b.note(
      `F${r}`,
      `Nguồn: ${u.file}, ô ${cellName(u.totalSource)}${u.origin === "computed" ? " (dự toán tính khi tổng hợp từ kế hoạch)" : ""}`,
    );
    if (u.allocation && u.allocationSource) b.note(`G${r}`, `Nguồn: ${u.file}, ô ${cellName(u.allocationSource)}`);
    if (unitStatus(u) === "errors") b.style(`I${r}`, { fontColor: "#C00000" });
    b.height(
      r,
      rowHeightFor([
        { text: u.name, width: widths[1], fontSize: FONT },
        { text: plan, width: widths[2], fontSize: FONT },
        { text: statusText(u), width: widths[8], fontSize: FONT },
        { text: `${u.file} — ${cellName(u.totalSource)}`, width: widths[9], fontSize: FONT },
      ]),
    );
  });
  const lastUnit = Math.max(firstUnit, b.next - 1);
  const totalRow = b.add([
    blank,
    text("TỔNG CỘNG"),
    ...Array<CellWrite>(3).fill(blank),
    formula(`=SUM(F${firstUnit}:F${lastUnit})`, c.total),
    formula(`=SUM(G${firstUnit}:G${lastUnit})`, c.allocation),
    formula(
      `=SUM(H${firstUnit}:H${lastUnit})`,
      c.units.reduce((s, u) => (u.allocation ? s.plus(u.allocation.minus(u.total)) : s), ZERO),
    ),
  ]);
  b.style(`A${firstUnit}:${LAST}${totalRow}`, { border: "thin", vertical: "top", wrap: true });
  b.style(`F${firstUnit}:H${totalRow}`, { numberFormat: MONEY_FORMAT });
  b.style(`A${totalRow}:${LAST}${totalRow}`, { bold: true });
  const wordsText = `Bằng chữ: ${amountInWords(c.total, options.words)}`;
  const wordsRow = b.add([{ type: "formula", formula: wordsFormula(`F${totalRow}`, options.words, "Bằng chữ: "), cachedText: wordsText }]);
  wide(wordsRow, wordsText, { italic: true });
  b.add();

  // II. By activity kind: SUMIF over the activity detail sheet.
  const a = details.activities;
  const aKeys = `${sheetRef(a.sheet)}!$${a.keyColumn}$${a.first}:$${a.keyColumn}$${a.last}`;
  const aAmounts = `${sheetRef(a.sheet)}!$${a.amountColumn}$${a.first}:$${a.amountColumn}$${a.last}`;
  b.style(`A${b.add([text("II. THEO LOẠI HOẠT ĐỘNG")])}`, { bold: true });
  const kindHeader = b.add(["STT", "Loại hoạt động", "", "Số hoạt động", "Số đơn vị", "Dự toán", "Tỷ lệ"].map(text));
  b.merge(`B${kindHeader}:C${kindHeader}`);
  b.style(`A${kindHeader}:G${kindHeader}`, HEADER_STYLE);
  const firstKind = kindHeader + 1;
  c.byKind.forEach((k, i) => {
    const r = b.next;
    b.add([
      num(String(i + 1)),
      text(KIND_LABELS[k.kind]),
      blank,
      formula(`=COUNTIF(${aKeys},B${r})`, ZERO.plus(k.activities)),
      num(String(k.units)),
      formula(`=SUMIF(${aKeys},B${r},${aAmounts})`, k.amount),
      formula(`=IF($F$${totalRow}=0,0,F${r}/$F$${totalRow})`, c.total.isZero() ? ZERO : k.amount.div(c.total)),
    ]);
    b.merge(`B${r}:C${r}`);
  });
  const kindTotal = b.add([
    blank,
    text("Cộng"),
    blank,
    formula(`=SUM(D${firstKind}:D${Math.max(firstKind, b.next - 1)})`, ZERO.plus(c.byKind.reduce((s, k) => s + k.activities, 0))),
    blank,
    formula(`=SUM(F${firstKind}:F${Math.max(firstKind, b.next - 1)})`, c.total),
    formula(`=IF($F$${totalRow}=0,0,F${b.next}/$F$${totalRow})`, c.total.isZero() ? ZERO : ZERO.plus(1)),
  ]);
  b.merge(`B${kindTotal}:C${kindTotal}`);
  b.style(`A${firstKind}:G${kindTotal}`, { border: "thin", vertical: "top" });
  b.style(`F${firstKind}:F${kindTotal}`, { numberFormat: MONEY_FORMAT });
  b.style(`G${firstKind}:G${kindTotal}`, { numberFormat: "0.0%" });
  b.style(`A${kindTotal}:G${kindTotal}`, { bold: true });
  b.add();

  // III. By spending line: SUMIF over the line detail sheet, keyed by this table's STT.
  const l = details.lines;
  const lKeys = `${sheetRef(l.sheet)}!$${l.keyColumn}$${l.first}:$${l.keyColumn}$${l.last}`;
  const lAmounts = `${sheetRef(l.sheet)}!$${l.amountColumn}$${l.first}:$${l.amountColumn}$${l.last}`;
  b.style(`A${b.add([text("III. THEO NỘI DUNG CHI")])}`, { bold: true });
  const lineHeader = b.add(["STT", "Nội dung chi", "", "Mã định mức", "Đơn vị tính", "Thành tiền", "Số đơn vị", "Số lượng"].map(text));
  b.merge(`B${lineHeader}:C${lineHeader}`);
  b.style(`A${lineHeader}:H${lineHeader}`, HEADER_STYLE);
  const firstLine = lineHeader + 1;
  c.byLine.forEach((line, i) => {
    const r = b.next;
    b.add([
      num(String(i + 1)),
      text(line.description),
      blank,
      text(line.normCode ?? ""),
      text(line.unit),
      formula(`=SUMIF(${lKeys},A${r},${lAmounts})`, line.amount),
      num(String(line.units)),
      num(line.quantity),
    ]);
    b.merge(`B${r}:C${r}`);
    b.height(r, rowHeightFor([{ text: line.description, width: widths[1] + widths[2], fontSize: FONT }]));
  });
  const lineTotal = b.add([
    blank,
    text("Cộng"),
    ...Array<CellWrite>(3).fill(blank),
    formula(`=SUM(F${firstLine}:F${Math.max(firstLine, b.next - 1)})`, c.total),
  ]);
  b.merge(`B${lineTotal}:C${lineTotal}`);
  b.style(`A${firstLine}:H${lineTotal}`, { border: "thin", vertical: "top", wrap: true });
  b.style(`F${firstLine}:F${lineTotal}`, { numberFormat: MONEY_FORMAT });
  b.style(`H${firstLine}:H${lineTotal}`, { numberFormat: "#,##0.##" });
  b.style(`A${lineTotal}:H${lineTotal}`, { bold: true });
  b.add();

  // IV. Units whose plans have errors.
  b.style(`A${b.add([text("IV. ĐƠN VỊ CÓ LỖI TRONG KẾ HOẠCH")])}`, { bold: true });
  const withErrors = c.units.filter((u) => u.errors.length);
  if (!withErrors.length) b.add([blank, text("Không có đơn vị nào có lỗi.")]);
  else {
    const errHeader = b.add(["STT", "Đơn vị", "Tệp", "Ô", "Lỗi"].map(text));
    b.merge(`E${errHeader}:${LAST}${errHeader}`);
    b.style(`A${errHeader}:${LAST}${errHeader}`, HEADER_STYLE);
    let n = 0;
    for (const u of withErrors) {
      const shown = u.errors.slice(0, ERRORS_SHOWN);
      for (const f of shown) {
        const r = b.next;
        const where = f.sheet ? `${sheetRef(f.sheet)}!${f.range ?? "A1"}` : "";
        b.add([num(String(++n)), text(u.name), text(u.file), text(where), text(f.message)]);
        b.merge(`E${r}:${LAST}${r}`);
        b.style(`A${r}:${LAST}${r}`, { border: "thin", vertical: "top", wrap: true });
        b.height(
          r,
          rowHeightFor([
            { text: f.message, width: widths.slice(4).reduce((s, w) => s + w, 0), fontSize: FONT },
            { text: u.name, width: widths[1], fontSize: FONT },
            { text: u.file, width: widths[2], fontSize: FONT },
          ]),
        );
      }
      if (u.errors.length > shown.length) {
        const r = b.add([
          blank,
          text(u.name),
          text(u.file),
          blank,
          text(`… và ${u.errors.length - shown.length} lỗi khác (xem trong tệp của đơn vị).`),
        ]);
        b.merge(`E${r}:${LAST}${r}`);
      }
    }
  }
  b.add();

  // V. Files that could not be read (and files given twice).
  if (c.skipped.length) {
    b.style(`A${b.add([text("V. TỆP KHÔNG TỔNG HỢP")])}`, { bold: true });
    const skipHeader = b.add(["STT", "Tệp", "", "Lý do"].map(text));
    b.merge(`B${skipHeader}:C${skipHeader}`);
    b.merge(`D${skipHeader}:${LAST}${skipHeader}`);
    b.style(`A${skipHeader}:${LAST}${skipHeader}`, HEADER_STYLE);
    c.skipped.forEach((s, i) => {
      const r = b.add([num(String(i + 1)), text(s.file), blank, text(s.finding.message)]);
      b.merge(`B${r}:C${r}`);
      b.merge(`D${r}:${LAST}${r}`);
      b.style(`A${r}:${LAST}${r}`, { border: "thin", vertical: "top", wrap: true });
      b.height(r, rowHeightFor([{ text: s.finding.message, width: widths.slice(3).reduce((x, w) => x + w, 0), fontSize: FONT }]));
    });
  }

  const last = b.next - 1;
  return b.writes(widths, [
    { op: "style", sheet: SUMMARY_SHEET, range: `A1:${LAST}${last}`, style: { fontName: "Times New Roman" } },
    {
      op: "pageSetup",
      sheet: SUMMARY_SHEET,
      setup: {
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: 1,
        printArea: `A1:${LAST}${last}`,
        printTitleRows: `${unitHeader}:${unitHeader}`,
        margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
      },
    },
  ]);
}
