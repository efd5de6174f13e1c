import type { PlanInfo } from "../../core/plan/plan";
import { today } from "../../core/dates/isoDate";
import { foldText } from "../../core/text/fold";
import { isCentrallyRunCity } from "../../core/norms/jurisdiction";
import { blank, text, type CellWrite } from "../cells";
import { LAST_COL } from "./columns";
import { shortDate } from "./documentDate";
import { addRow, merge, span, style, type Draft } from "./draft";
import { rowHeightFor, type TextBox } from "./rowHeight";

/*
 * The parts every printed sheet of the add-in shares (the Dự toán attachment, the
 * Quyết toán): the header block, the line that names the plan, and the signatures,
 * on a sheet of LAST_COL columns (more for a multi-year attachment's year columns),
 * in the administrative font.
 */

/** The administrative font (Times New Roman), on every cell of a printed sheet. */
export const DOCUMENT_FONT = "Times New Roman";
export const BODY_SIZE = 11;
export const HEADER_SIZE = 12;

/** A text in the cells from column `from` to `to` (merged), for row heights. */
export type BoxOf = (t: string, from: number, to: number, fontSize?: number, bold?: boolean) => TextBox;

/** The short rule printed under the issuing body and under the motto. */
const RULE = "——————";

/**
 * The header block as NĐ 30/2020 lays it out, rows 1-3: the parent body, the
 * issuing body in bold and a short rule on the left (columns 1..leftTo); the
 * national motto, the slogan and a rule on the right.
 */
export function writeLetterhead(draft: Draft, info: PlanInfo, box: BoxOf, leftTo: number, lastCol = LAST_COL): void {
  const head = headerBlock(info);
  const left: { text: string; bold: boolean }[] = [
    ...(head.parent ? [{ text: head.parent, bold: false }] : []),
    { text: head.issuer, bold: true },
    { text: RULE, bold: false },
  ];
  const right = [
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true },
    { text: "Độc lập - Tự do - Hạnh phúc", bold: true },
    { text: RULE, bold: false },
  ];
  for (let i = 0; i < 3; i++) {
    const l = left[i];
    const r = right[i];
    const row = addRow(
      draft,
      [l ? text(l.text) : blank, ...Array<CellWrite>(leftTo - 1).fill(blank), text(r.text)],
      rowHeightFor(
        [box(l?.text ?? "", 1, leftTo, HEADER_SIZE, true), box(r.text, leftTo + 1, lastCol, HEADER_SIZE, true)],
        HEADER_SIZE + 1,
      ),
    );
    merge(draft, span(row, 1, leftTo));
    merge(draft, span(row, leftTo + 1, lastCol));
    style(draft, span(row, 1, lastCol), { horizontal: "center", vertical: "center", wrap: true, fontSize: HEADER_SIZE });
    if (l?.bold) style(draft, span(row, 1, leftTo), { bold: true });
    if (r.bold) style(draft, span(row, leftTo + 1, lastCol), { bold: true });
  }
}

/**
 * "(Kèm theo Kế hoạch số 30/KH-SCT ngày 19/3/2020 của Sở Công Thương tỉnh Trà Vinh)",
 * or with another lead ("Thực hiện Kế hoạch số …"); blanks where the plan is silent.
 */
export function planReferenceLine(info: PlanInfo, lead = "Kèm theo"): string {
  const date = shortDate(info.date);
  const parts = [`${lead} Kế hoạch số ${info.number?.trim() || "……"}`, `ngày ${date ?? "…/…/……"}`];
  if (info.issuer?.trim()) parts.push(`của ${info.issuer.trim()}`);
  return `(${parts.join(" ")})`;
}

/**
 * The issuing body and its parent as NĐ 30/2020 lays them out: a department (Sở)
 * of a province prints "UBND TỈNH …" above "SỞ …" (the province moves to the
 * parent line). Thông tin's "Cơ quan chủ quản" wins; a body that is itself the
 * UBND has no parent line. Without an issuer, the blank form's label.
 */
export function headerBlock(info: PlanInfo): { parent?: string; issuer: string } {
  const issuer = info.issuer?.trim();
  if (!issuer) return { issuer: "TÊN CƠ QUAN, ĐƠN VỊ" };
  const province = provinceName(info.province);
  if (info.parent?.trim()) return { parent: info.parent.trim().toUpperCase(), issuer: issuer.toUpperCase() };
  if (!/^so\s/.test(foldText(issuer)) || !province) return { issuer: issuer.toUpperCase() };
  const own = new RegExp(`\\s+(tinh|thanh pho|tp\\.?)\\s+${foldText(province).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const folded = foldText(issuer);
  const m = own.exec(folded);
  const department = m ? issuer.slice(0, m.index) : issuer;
  const city = isCentrallyRunCity(province, info.date ?? today());
  return { parent: `UBND ${city ? "THÀNH PHỐ" : "TỈNH"} ${province}`.toUpperCase(), issuer: department.toUpperCase() };
}

/** The province as people write it in a place line: "Trà Vinh", "Hồ Chí Minh" (no "tỉnh", "TP."). */
export function provinceName(province: string | undefined): string | undefined {
  const p = province?.trim();
  if (!p) return undefined;
  return p.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, "").trim();
}

/**
 * The signatures: Người lập biểu | Kế toán trưởng (Phụ trách kế toán) | Thủ trưởng
 * đơn vị, under the place and date line. The titles vary between units
 * (norms-research.md 4.2, UNVERIFIED); these are the common ones. Returns the last
 * row (the space left for the signatures).
 */
export function writeSignatures(draft: Draft, dateLine: string, box: BoxOf, lastCol = LAST_COL): number {
  // On a wider sheet the middle signature takes the money columns and the head of the unit the rest.
  const spans: [number, number][] = [
    [1, 2],
    [3, lastCol > LAST_COL ? 6 : 5],
    [lastCol > LAST_COL ? 7 : 6, lastCol],
  ];
  const titles = ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG\n(PHỤ TRÁCH KẾ TOÁN)", "THỦ TRƯỞNG ĐƠN VỊ"];
  const hints = ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"];
  const at = (values: string[]): CellWrite[] => {
    const cells: CellWrite[] = Array<CellWrite>(lastCol).fill(blank);
    spans.forEach(([from], i) => (cells[from - 1] = values[i] ? text(values[i]) : blank));
    return cells;
  };
  addRow(draft, [], 8);
  const dateRow = addRow(draft, at(["", "", dateLine]), rowHeightFor([box(dateLine, spans[2][0], spans[2][1], HEADER_SIZE)], HEADER_SIZE));
  const titleRow = addRow(draft, at(titles), rowHeightFor(titles.map((t, i) => box(t, spans[i][0], spans[i][1], HEADER_SIZE, true))));
  const hintRow = addRow(draft, at(hints), rowHeightFor([], BODY_SIZE));
  const signRow = addRow(draft, [], 72);
  for (const r of [dateRow, titleRow, hintRow]) for (const [from, to] of spans) merge(draft, span(r, from, to));
  style(draft, span(dateRow, 1, lastCol, hintRow), { horizontal: "center", vertical: "center", wrap: true });
  style(draft, span(dateRow, 1, lastCol), { italic: true, fontSize: HEADER_SIZE });
  style(draft, span(titleRow, 1, lastCol), { bold: true, fontSize: HEADER_SIZE });
  style(draft, span(hintRow, 1, lastCol), { italic: true });
  return signRow;
}
