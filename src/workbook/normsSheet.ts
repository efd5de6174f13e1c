import type { Norm, CapType, NormStatus } from "../core/norms/norm";
import { BUILT_IN_NORMS } from "../core/norms/catalog";
import { isActivityKind } from "../core/plan/kinds";
import { finding, type Finding } from "../core/findings/finding";
import { foldText } from "../core/text/fold";
import { parseDate, type IsoDate } from "../core/dates/isoDate";
import { a1 } from "./address";
import { cellText, num, text, blank, type CellWrite } from "./cells";
import { bottomRow, cellAt, rightColumn, type SheetSnapshot, type WriteOp } from "./port";
import { foldHeader } from "./layout";
import { readNumberCell } from "./readCell";

/** Columns of the Định mức sheet, in the order the add-in writes them. */
const COLUMNS = [
  { key: "code", header: "Mã", synonyms: ["ma", "ma dinh muc", "code"] },
  { key: "line", header: "Nội dung chi", synonyms: ["noi dung chi", "noi dung", "khoan chi"] },
  { key: "kind", header: "Loại hoạt động", synonyms: ["loai hoat dong", "loai"] },
  { key: "unit", header: "Đơn vị tính", synonyms: ["don vi tinh", "dvt"] },
  { key: "value", header: "Mức chi (đồng)", synonyms: ["muc chi", "muc chi (dong)", "don gia", "muc"] },
  { key: "cap", header: "Loại mức", synonyms: ["loai muc", "tinh chat"] },
  { key: "basis", header: "Căn cứ", synonyms: ["can cu", "can cu phap ly"] },
  { key: "validFrom", header: "Hiệu lực từ", synonyms: ["hieu luc tu", "tu ngay"] },
  { key: "validTo", header: "Hiệu lực đến", synonyms: ["hieu luc den", "den ngay"] },
  { key: "status", header: "Tình trạng", synonyms: ["tinh trang", "trang thai"] },
  { key: "note", header: "Ghi chú", synonyms: ["ghi chu", "nguon"] },
] as const;

type Key = (typeof COLUMNS)[number]["key"];

/** Every code the recipes can ask for (at any date): a row with another code is never used. */
const KNOWN_CODES = new Set(BUILT_IN_NORMS.map((n) => n.code));

const CAP_LABEL: Record<CapType, string> = { max: "tối đa", lump_sum: "khoán", actual: "theo thực tế" };
const STATUS_LABEL: Record<NormStatus, string> = { verified: "đã kiểm chứng", unverified: "chưa kiểm chứng", estimate: "ước tính" };

function capFrom(text: string): CapType {
  const t = foldText(text);
  if (t.startsWith("khoan")) return "lump_sum";
  if (t.includes("thuc te")) return "actual";
  return "max";
}

/**
 * The Định mức sheet's rows as norms of the unit's own layer: they win over the
 * built-in catalog. A row whose Mức chi is not a number is a finding and is left out.
 * A row for a rule norm (the assessment support) replaces its cap only.
 */
export function readNormsSheet(
  sheet: SheetSnapshot,
  builtIn: (code: string) => Norm | undefined,
): { overrides: Norm[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const overrides: Norm[] = [];
  let headerRow: number | undefined;
  const cols: Partial<Record<Key, number>> = {};
  for (let row = sheet.top; row <= Math.min(bottomRow(sheet), sheet.top + 20) && headerRow === undefined; row++) {
    for (let col = sheet.left; col <= rightColumn(sheet); col++) {
      const h = foldHeader(cellText(cellAt(sheet, row, col)));
      const match = COLUMNS.find((c) => (c.synonyms as readonly string[]).includes(h));
      if (match && cols[match.key] === undefined) cols[match.key] = col;
    }
    if (cols.code !== undefined && cols.value !== undefined) headerRow = row;
    else for (const k of Object.keys(cols) as Key[]) delete cols[k];
  }
  if (headerRow === undefined) {
    findings.push(
      finding(
        "warning",
        "norms-sheet-unreadable",
        `Sheet "${sheet.name}": không tìm thấy cột "Mã" và "Mức chi"; định mức của sheet không được dùng`,
        `Sheet "${sheet.name}": no "Mã" and "Mức chi" columns; its norms are not used`,
        { sheet: sheet.name, address: "A1" },
      ),
    );
    return { overrides, findings };
  }
  const get = (row: number, key: Key) => (cols[key] === undefined ? "" : cellText(cellAt(sheet, row, cols[key]!)).trim());
  for (let row = headerRow + 1; row <= bottomRow(sheet); row++) {
    const code = get(row, "code");
    if (!code) continue;
    if (!KNOWN_CODES.has(code)) {
      const at = a1(row, cols.code!);
      findings.push(
        finding(
          "warning",
          "unknown-norm-code",
          `Ô ${sheet.name}!${at}: mã định mức "${code}" không có trong danh mục nên không nội dung chi nào dùng dòng này; kiểm tra lại mã (xem dutoan norms)`,
          `Cell ${sheet.name}!${at}: the norm code "${code}" is not in the catalog, so no spending line uses this row; check the code (see dutoan norms)`,
          { sheet: sheet.name, address: at },
        ),
      );
    }
    const address = a1(row, cols.value!);
    const reading = readNumberCell(cellAt(sheet, row, cols.value!), sheet.name, address, "Mức chi", "Amount");
    if (reading.finding) {
      findings.push(reading.finding);
      continue;
    }
    if (!reading.value) continue;
    const validity = (key: "validFrom" | "validTo"): IsoDate | undefined | null => {
      const written = get(row, key);
      if (!written) return undefined;
      const date = parseDate(written);
      if (date.ok) return date.date;
      const at = a1(row, cols[key]!);
      findings.push(
        finding(
          "error",
          "unreadable-norm-date",
          `Ô ${sheet.name}!${at}: ${date.reason}; dòng định mức này không được dùng`,
          `Cell ${sheet.name}!${at}: ${date.reasonEn}; this norm row is not used`,
          { sheet: sheet.name, address: at },
        ),
      );
      return null;
    };
    const validFrom = validity("validFrom");
    const validTo = validity("validTo");
    if (validFrom === null || validTo === null) continue;
    const base = builtIn(code);
    const kindText = get(row, "kind");
    const status = foldText(get(row, "status"));
    overrides.push({
      code,
      kind: isActivityKind(kindText) ? kindText : (base?.kind ?? "any"),
      line: get(row, "line") || base?.line || code,
      unit: get(row, "unit") || base?.unit || "",
      rule: base?.rule.kind === "share-capped" ? { ...base.rule, cap: reading.value } : { kind: "amount", value: reading.value },
      cap: get(row, "cap") ? capFrom(get(row, "cap")) : (base?.cap ?? "max"),
      layer: "unit",
      jurisdiction: "unit",
      basis: get(row, "basis") || base?.basis || `Sheet ${sheet.name}`,
      validFrom,
      validTo,
      status: status.startsWith("da kiem") ? "verified" : status.startsWith("chua") ? "unverified" : "estimate",
      note: get(row, "note") || undefined,
      source: `${sheet.name}!${address}`,
    });
  }
  return { overrides, findings };
}

/** Writes the norms in force as a Định mức sheet the user can edit (the unit's own levels). */
export function normsSheetWrites(sheetName: string, norms: readonly Norm[], title: string): WriteOp[] {
  const rows: CellWrite[][] = [
    [text(title)],
    COLUMNS.map((c) => text(c.header)),
    ...norms.map((n) =>
      COLUMNS.map((c): CellWrite => {
        switch (c.key) {
          case "value":
            return num(n.rule.kind === "amount" ? n.rule.value : n.rule.cap);
          case "cap":
            return text(
              n.rule.kind === "share-capped"
                ? `${n.rule.share.times(100).toFixed()}% ${n.rule.baseLabel}, ${CAP_LABEL[n.cap]}`
                : CAP_LABEL[n.cap],
            );
          case "status":
            return text(STATUS_LABEL[n.status]);
          case "kind":
            return text(n.kind);
          case "note":
            return text([n.note, n.source].filter(Boolean).join(" | "));
          default: {
            const v = n[c.key];
            return v ? text(v) : blank;
          }
        }
      }),
    ),
  ];
  const last = rows.length;
  return [
    { op: "ensureSheet", sheet: sheetName },
    { op: "clearSheet", sheet: sheetName },
    { op: "cells", sheet: sheetName, row: 1, col: 1, cells: rows },
    { op: "style", sheet: sheetName, range: "A1", style: { bold: true, fontSize: 13 } },
    {
      op: "style",
      sheet: sheetName,
      range: `A2:K2`,
      style: { bold: true, fill: "#DDEBF7", wrap: true, border: "thin", vertical: "center" },
    },
    { op: "style", sheet: sheetName, range: `A3:K${Math.max(3, last)}`, style: { wrap: true, border: "thin", vertical: "top" } },
    { op: "style", sheet: sheetName, range: `E3:E${Math.max(3, last)}`, style: { numberFormat: "#,##0" } },
    { op: "columnWidths", sheet: sheetName, from: 1, widths: [16, 40, 12, 12, 14, 14, 40, 12, 12, 14, 60] },
    { op: "freeze", sheet: sheetName, rows: 2, columns: 1 },
  ];
}
