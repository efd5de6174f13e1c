import type Decimal from "decimal.js";
import type { ActivityEstimate, Estimate, PeriodEstimate } from "../../core/estimate/estimate";
import { formatPeriod } from "../../core/plan/years";
import type { PlanInfo } from "../../core/plan/plan";
import { formatDmy, type IsoDate } from "../../core/dates/isoDate";
import { wordsFormula } from "./wordsFormula";
import { basisWithFit } from "../../core/fit/fitEstimate";
import { ZERO, sum } from "../../core/money/money";
import { amountInWords, type WordsOptions } from "../../core/words/amountInWords";
import { columnLetter } from "../address";
import { blank, num, text, type CellWrite } from "../cells";
import type { WriteOp } from "../port";
import { MONEY_FORMAT } from "../writeEstimate";
import { attachmentColumns, type AttachmentColumns } from "./columns";
import { placeDateLine } from "./documentDate";
import { addRow, merge, newDraft, setCell, span, style, type Draft } from "./draft";
import { BODY_SIZE, DOCUMENT_FONT, HEADER_SIZE, planReferenceLine, provinceName, writeLetterhead, writeSignatures } from "./letterhead";
import { attachmentOutline, type OutlineNode } from "./outline";
import { rowHeightFor, type TextBox } from "./rowHeight";
import { printedSheetWrites } from "./printedSheet";

/** The administrative font (Times New Roman), on every cell of the sheet. */
export const ATTACHMENT_FONT = DOCUMENT_FONT;
/** A quantity with decimals keeps them; whole numbers print without a decimal mark. */
const QUANTITY_FORMAT_DECIMAL = "#,##0.##";

export interface AttachmentOptions {
  /** How "Bằng chữ" reads the total (nghìn or ngàn, ...). */
  words?: Partial<WordsOptions>;
  /** Place of the date lines; the plan's province by default. */
  place?: string;
  /** The day of the signature line; the plan's own date by default (never an assumed one). */
  signDate?: IsoDate;
}

/** What the attachment must say about how it was made, beyond the estimate. */
export interface AttachmentContext {
  /** The day whose norms were used, and whether the plan gave it (else it was assumed: said in a note, never printed). */
  normsDate: IsoDate;
  normsDateAssumed: boolean;
  /** The plan's date was written but could not be read: the estimate is provisional. */
  dateUnreadable: boolean;
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
  /** The last column of the table: G, or later with a multi-year plan's year columns. */
  lastColumn: number;
  /** The year columns of a multi-year plan's whole-period attachment (none otherwise). */
  yearColumns: { year: number; col: number }[];
  /** The total in words, as the words formula gives it now (after "Bằng chữ: "). */
  words: string;
  /** Why the estimate is provisional ("TẠM TÍNH"); empty when it is final. */
  provisional: string[];
  /** Row of each activity by its Kế hoạch row. */
  activityRows: Map<number, number>;
  groupRows: number[];
  /** Row of each group by its Kế hoạch row. */
  groupRowsByPlanRow: Map<number, number>;
  /** Each spending line's row: its activity's Kế hoạch row and its index among the activity's lines. */
  lineRows: Map<number, { planRow: number; line: number }>;
}

/**
 * The "Dự toán" sheet: the estimate as the printable attachment of the plan
 * (phụ lục dự toán kinh phí), laid out as the documents of Vietnamese public
 * finance (../shared/domain/norms-research.md 4.2, a common-practice synthesis,
 * not a mandated form). Thành tiền and every total are live formulas whose cached
 * values are the engine's exact amounts. Pure: returns the writes.
 */
export function attachmentWrites(
  sheet: string,
  info: PlanInfo,
  estimate: Estimate,
  options: AttachmentOptions = {},
  context: AttachmentContext = { normsDate: estimate.norms.date, normsDateAssumed: false, dateUnreadable: false },
): AttachmentLayout {
  const outline = attachmentOutline(estimate);
  const allLines = estimate.activities.flatMap((a) => a.lines);
  const cols = attachmentColumns(
    estimate.period?.years ?? [],
    maxOf([estimate.total, ...allLines.map((l) => l.amount)]),
    maxOf(allLines.map((l) => l.unitCost)),
    maxOf(estimate.period?.yearTotals ?? []),
  );
  const { col: COL, last: LAST_COL, widths } = cols;
  const widthOf = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const box = (t: string, from: number, to: number, fontSize = BODY_SIZE, bold = false): TextBox => ({
    text: t,
    width: widthOf(from, to),
    fontSize,
    bold,
  });
  const provisional = provisionalReasons(estimate, context);

  const draft = newDraft(sheet);
  const place = options.place ?? provinceName(info.province);

  // Header block (NĐ 30/2020 layout): parent body, issuing body and a short rule left; the national motto and its rule right.
  writeLetterhead(draft, info, box, COL.name, LAST_COL);

  // Title block. The plan's number and date appear only in "(Kèm theo …)"; what the plan does not give prints blank.
  addRow(draft, [], 8);
  const titleText = `${titleOf(estimate)}${provisional.length ? ` (${PROVISIONAL})` : ""}`;
  const title = addRow(draft, [text(titleText)], rowHeightFor([box(titleText, 1, LAST_COL, 14, true)], 14) + 2);
  const planName = info.title?.trim() ?? "";
  const nameRow = addRow(draft, [text(planName)], rowHeightFor([box(planName, 1, LAST_COL, 13, true)], 13));
  const attached = planReferenceLine(info);
  const attachedRow = addRow(draft, [text(attached)], rowHeightFor([box(attached, 1, LAST_COL, HEADER_SIZE)], HEADER_SIZE));
  const unitRow = addRow(draft, [text("Đơn vị tính: đồng")], rowHeightFor([], BODY_SIZE) + 2);
  for (const r of [title, nameRow, attachedRow, unitRow]) merge(draft, span(r, 1, LAST_COL));
  style(draft, span(title, 1, LAST_COL, attachedRow), { horizontal: "center", vertical: "center", wrap: true, bold: true });
  style(draft, span(title, 1, LAST_COL), { fontSize: 14 });
  style(draft, span(nameRow, 1, LAST_COL), { fontSize: 13 });
  style(draft, span(attachedRow, 1, LAST_COL), { bold: false, italic: true, fontSize: HEADER_SIZE });
  style(draft, span(unitRow, 1, LAST_COL), { horizontal: "right", italic: true });
  const notes: WriteOp[] = [];
  if (context.normsDateAssumed) {
    notes.push({
      op: "note",
      sheet,
      address: `A${attachedRow}`,
      text: `Định mức áp dụng theo ngày ${formatDmy(context.normsDate)}: ngày do add-in giả định vì kế hoạch chưa ghi ngày; không phải ngày của kế hoạch. Điền "Ngày" ở sheet Thông tin rồi lập lại phụ lục. (Norms of ${formatDmy(context.normsDate)}, a date the add-in assumed; not the plan's date.)`,
    });
  }

  // The table: headers, the column numbers, the outline, the grand total.
  const headerRow = addRow(draft, cols.headers.map(text), rowHeightFor(cols.headers.map((h, i) => box(h, i + 1, i + 1, BODY_SIZE, true))));
  const indexRow = addRow(draft, cols.index.map(text), rowHeightFor([], 10));
  style(draft, span(headerRow, 1, LAST_COL), { bold: true });
  style(draft, span(indexRow, 1, LAST_COL), { italic: true, fontSize: 10 });

  const firstBodyRow = indexRow + 1;
  const body = writeOutline(draft, outline, estimate, cols);
  const totalLabel = provisional.length ? `TỔNG CỘNG (${PROVISIONAL_SHORT})` : "TỔNG CỘNG";
  const totalRow = addRow(draft, [blank, text(totalLabel)], rowHeightFor([box(totalLabel, COL.name, COL.name, BODY_SIZE, true)]));
  setCell(draft, totalRow, COL.amount, subtotalOf(COL.amount, firstBodyRow, totalRow - 1, estimate.total), MONEY_FORMAT);
  cols.years.forEach(({ col }, i) =>
    setCell(draft, totalRow, col, subtotalOf(col, firstBodyRow, totalRow - 1, estimate.period!.yearTotals[i]), MONEY_FORMAT),
  );
  style(draft, span(headerRow, 1, LAST_COL, totalRow), { border: "thin", wrap: true, vertical: "center" });
  style(draft, span(headerRow, 1, LAST_COL, indexRow), { horizontal: "center" });
  if (totalRow > firstBodyRow) {
    style(draft, span(firstBodyRow, COL.stt, COL.stt, totalRow - 1), { horizontal: "center" });
    style(draft, span(firstBodyRow, COL.unit, COL.unit, totalRow - 1), { horizontal: "center" });
  }
  for (const r of [...body.boldRows, totalRow]) style(draft, span(r, 1, LAST_COL), { bold: true });
  // An activity's note (what is missing) is a remark, not a heading.
  for (const r of body.activityRows.values()) style(draft, span(r, COL.basis, COL.basis), { bold: false, italic: true });
  style(draft, span(totalRow, COL.name, COL.name), { horizontal: "center" });

  // Under the table: the total in words (a live formula over the total: it follows any edit, with or without
  // the add-in), what is missing when provisional, the place and date, the signatures.
  const wordsOptions = options.words;
  const words = amountInWords(estimate.total, wordsOptions);
  const prefix = provisional.length ? `Bằng chữ (${PROVISIONAL_SHORT.toLowerCase()}): ` : "Bằng chữ: ";
  const wordsText = prefix + words;
  const wordsRow = addRow(draft, [], rowHeightFor([box(wordsText, 1, LAST_COL, BODY_SIZE + 1, true)], BODY_SIZE + 1));
  setCell(draft, wordsRow, 1, {
    type: "formula",
    formula: wordsFormula(`${columnLetter(COL.amount)}${totalRow}`, wordsOptions, prefix),
    cachedText: wordsText,
  });
  merge(draft, span(wordsRow, 1, LAST_COL));
  style(draft, span(wordsRow, 1, LAST_COL), { italic: true, wrap: true, vertical: "center", fontSize: BODY_SIZE + 1 });
  if (provisional.length) {
    const missing = `${PROVISIONAL}: ${provisional.join("; ")}.`;
    const missingRow = addRow(draft, [text(missing)], rowHeightFor([box(missing, 1, LAST_COL, BODY_SIZE, true)]));
    merge(draft, span(missingRow, 1, LAST_COL));
    style(draft, span(missingRow, 1, LAST_COL), { bold: true, wrap: true, vertical: "center", fontColor: "#C00000" });
  }
  const lastRow = writeSignatures(draft, placeDateLine(place, options.signDate ?? info.date), box, LAST_COL);

  const writes = printedSheetWrites(sheet, draft, {
    lastCol: LAST_COL,
    lastRow,
    widths,
    titleRows: [headerRow, indexRow],
    orientation: cols.years.length ? "landscape" : "portrait",
    notes,
    freezeRows: indexRow,
  });
  return {
    sheet,
    writes,
    headerRow,
    firstBodyRow,
    totalRow,
    wordsRow,
    lastRow,
    lastColumn: LAST_COL,
    yearColumns: cols.years,
    words,
    provisional,
    activityRows: body.activityRows,
    groupRows: body.groupRows,
    groupRowsByPlanRow: body.groupRowsByPlanRow,
    lineRows: body.lineRows,
  };
}

const PROVISIONAL = "TẠM TÍNH — chưa đủ dữ liệu";
const PROVISIONAL_SHORT = "TẠM TÍNH";

/**
 * Why an estimate cannot be printed as final: the activities whose lines could not
 * all be computed (an error finding left a line out), and a plan date that could
 * not be read (the norms may be the wrong year's). The attachment is printed
 * marked "TẠM TÍNH" with these reasons rather than refused, so the officer sees
 * what is computed and what to fill.
 */
export function provisionalReasons(estimate: Estimate, context: AttachmentContext): string[] {
  const byRow = findingsByRow(estimate);
  const reasons = estimate.activities
    .filter((a) => !a.complete)
    .map((a) => {
      const prefix = `Dòng ${a.activity.row} (${a.activity.name}): `;
      const why = (byRow.get(a.activity.row) ?? [])
        .filter((f) => f.severity === "error" && f.message.startsWith(prefix))
        .map((f) => f.message.slice(prefix.length));
      return `dòng ${a.activity.row} (${a.activity.stt ? `${a.activity.stt}. ` : ""}${a.activity.name})${why.length ? `: ${why.join(", ")}` : ""}`;
    });
  if (context.dateUnreadable) reasons.unshift("ngày của kế hoạch không đọc được, định mức có thể không đúng năm");
  return reasons;
}

/**
 * The estimate's findings by the Kế hoạch row whose message they start with ("Dòng 3 (…): …"),
 * grouped once: looking them up per activity stays linear in the plan.
 */
const findingsOfRows = new WeakMap<Estimate, Map<number, Estimate["findings"]>>();
function findingsByRow(estimate: Estimate): Map<number, Estimate["findings"]> {
  const known = findingsOfRows.get(estimate);
  if (known) return known;
  const byRow = new Map<number, Estimate["findings"]>();
  for (const f of estimate.findings) {
    const m = /^Dòng (\d+) \(/.exec(f.message);
    if (!m) continue;
    const row = Number(m[1]);
    const list = byRow.get(row);
    if (list) list.push(f);
    else byRow.set(row, [f]);
  }
  findingsOfRows.set(estimate, byRow);
  return byRow;
}

/** What the Ghi chú of an activity row says: what is missing from it. */
function activityNote(a: Estimate["activities"][number], estimate: Estimate): string {
  if (!a.complete) return "Tạm tính: chưa đủ dữ liệu (xem dòng cuối bảng)";
  const prefix = `Dòng ${a.activity.row} (${a.activity.name}): `;
  const mealPending = (findingsByRow(estimate).get(a.activity.row) ?? []).some(
    (f) => f.code === "guests-unknown" && f.message.startsWith(prefix),
  );
  return mealPending ? "Chưa tính tiền ăn đại biểu không hưởng lương (chưa có số đại biểu)" : "";
}

interface BodyRows {
  rootRows: number[];
  boldRows: number[];
  groupRows: number[];
  activityRows: Map<number, number>;
  groupRowsByPlanRow: Map<number, number>;
  lineRows: Map<number, { planRow: number; line: number }>;
}

function writeOutline(draft: Draft, outline: OutlineNode[], estimate: Estimate, cols: AttachmentColumns): BodyRows {
  const { col: COL, widths } = cols;
  const period = estimate.period;
  const rows: BodyRows = {
    rootRows: [],
    boldRows: [],
    groupRows: [],
    activityRows: new Map(),
    groupRowsByPlanRow: new Map(),
    lineRows: new Map(),
  };
  const digits = estimate.rounding === "thousand" ? -3 : 0;
  const box = (t: string, col: number, bold = false): TextBox => ({ text: t, width: widths[col - 1], fontSize: BODY_SIZE, bold });

  const write = (node: OutlineNode): number => {
    if (node.kind === "group") {
      const row = addRow(draft, [text(node.stt), text(node.name)], rowHeightFor([box(node.name, COL.name, true)]));
      node.children.forEach(write);
      setCell(draft, row, COL.amount, subtotalOf(COL.amount, row + 1, draft.rows.length, node.amount), MONEY_FORMAT);
      const yearAmounts = period ? yearAmountsOf(node, period) : [];
      cols.years.forEach(({ col }, i) =>
        setCell(draft, row, col, subtotalOf(col, row + 1, draft.rows.length, yearAmounts[i]), MONEY_FORMAT),
      );
      rows.boldRows.push(row);
      rows.groupRows.push(row);
      rows.groupRowsByPlanRow.set(node.row, row);
      return row;
    }
    const a = node.estimate;
    const note = activityNote(a, estimate);
    const activityCells: CellWrite[] = Array<CellWrite>(cols.last).fill(blank);
    activityCells[COL.stt - 1] = text(node.stt);
    activityCells[COL.name - 1] = text(a.activity.name);
    activityCells[COL.basis - 1] = text(note);
    const inYears = period?.byActivity.get(a.activity.row);
    const row = addRow(draft, activityCells, rowHeightFor([box(a.activity.name, COL.name, true), box(note, COL.basis)]));
    rows.boldRows.push(row);
    rows.activityRows.set(a.activity.row, row);
    for (const [index, { stt, line }] of node.lines.entries()) {
      const r = addRow(
        draft,
        [],
        rowHeightFor([box(line.description, COL.name), box(line.unit, COL.unit), box(basisWithFit(line, estimate), COL.basis)]),
      );
      rows.lineRows.set(r, { planRow: a.activity.row, line: index });
      const [q, e] = [COL.quantity, COL.unitCost].map(columnLetter);
      const yearCells: CellWrite[] = cols.years.map(({ year }) => {
        const perYear = inYears?.years.includes(year) ? inYears.perYear.lines[index] : undefined;
        // One year's amount: that year's quantity × Đơn giá, rounded as each year's dự toán rounds it.
        return perYear
          ? { type: "formula", formula: `=ROUND(${perYear.quantity.toFixed()}*${e}${r},${digits})`, cached: perYear.amount.toFixed() }
          : blank;
      });
      const amount: CellWrite = cols.years.length
        ? {
            type: "formula",
            formula: `=SUM(${columnLetter(cols.years[0].col)}${r}:${columnLetter(cols.years[cols.years.length - 1].col)}${r})`,
            cached: line.amount.toFixed(),
          }
        : { type: "formula", formula: `=ROUND(${q}${r}*${e}${r},${digits})`, cached: line.amount.toFixed() };
      draft.rows[r - 1] = [
        text(stt),
        text(line.description),
        text(line.unit),
        num(line.quantity),
        num(line.unitCost),
        amount,
        ...yearCells,
        text(basisWithFit(line, estimate)),
      ];
      draft.formats[r - 1] = [
        null,
        null,
        null,
        line.quantity.isInteger() ? MONEY_FORMAT : QUANTITY_FORMAT_DECIMAL,
        MONEY_FORMAT,
        MONEY_FORMAT,
        ...yearCells.map(() => MONEY_FORMAT),
        null,
      ];
    }
    const first = row + 1;
    const last = row + node.lines.length;
    setCell(draft, row, COL.amount, subtotalOf(COL.amount, first, last, a.amount), MONEY_FORMAT);
    cols.years.forEach(({ year, col }) => {
      const amount = inYears?.years.includes(year) ? inYears.perYear.amount : ZERO;
      setCell(draft, row, col, subtotalOf(col, first, last, amount), MONEY_FORMAT);
    });
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
function subtotalOf(column: number, first: number, last: number, amount: Decimal): CellWrite {
  if (last < first) return num(amount);
  const col = columnLetter(column);
  return { type: "formula", formula: `=SUBTOTAL(9,${col}${first}:${col}${last})`, cached: amount.toFixed() };
}

/** The title: the year of one year's dự toán, or the period of a multi-year plan's whole-period one. */
function titleOf(estimate: Estimate): string {
  if (estimate.year !== undefined) return `DỰ TOÁN KINH PHÍ NĂM ${estimate.year}`;
  if (estimate.period) return `DỰ TOÁN KINH PHÍ GIAI ĐOẠN ${formatPeriod(estimate.period.period)}`;
  return "DỰ TOÁN KINH PHÍ";
}

/** A group's amount in each year column: its activities' one-year amounts in the years they are carried out. */
function yearAmountsOf(node: OutlineNode, period: PeriodEstimate): Decimal[] {
  const activities: ActivityEstimate[] = [];
  const collect = (n: OutlineNode): void => {
    if (n.kind === "activity") activities.push(n.estimate);
    else n.children.forEach(collect);
  };
  collect(node);
  return period.years.map((year) =>
    sum(
      activities.flatMap((a) => {
        const inYears = period.byActivity.get(a.activity.row);
        return inYears?.years.includes(year) ? [inYears.perYear.amount] : [];
      }),
    ),
  );
}

function maxOf(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((m, v) => (v.abs().greaterThan(m) ? v.abs() : m), ZERO);
}
