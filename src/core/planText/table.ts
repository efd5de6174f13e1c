import type Decimal from "decimal.js";
import { finding, type Finding } from "../findings/finding";
import { parseVietnameseNumber } from "../money/parseAmount";
import { parseKind } from "../plan/kinds";
import { foldText } from "../text/fold";
import { chooseKind } from "./kindOf";
import type { ImportedActivity, ImportedGroup } from "./imported";
import type { TableRow } from "./lines";
import { cleanTiming, quartersOf, timingFindings } from "./timingOf";

/**
 * Appendix tables written with tabs or pipes (the Hà Nội appendix: TT, Danh mục,
 * Đơn vị chủ trì, Đơn vị phối hợp, Đơn vị tính, Số lượng, Thời gian). A header
 * may take two rows (merged cells); the second row's names win in their columns.
 * Rows whose TT is Roman (I, II) or a capital letter are groups.
 */
type Column = "stt" | "name" | "kind" | "unit" | "quantity" | "participants" | "days" | "timing" | "amount";

const HEADERS: ReadonlyArray<readonly [Column, readonly string[]]> = [
  ["stt", ["tt", "stt", "so tt"]],
  ["unit", ["don vi tinh", "dvt"]],
  ["participants", ["so nguoi", "so dai bieu", "so hoc vien"]],
  ["days", ["so ngay"]],
  ["quantity", ["so luong", "khoi luong"]],
  ["timing", ["thoi gian", "tien do"]],
  ["amount", ["kinh phi", "thanh tien", "du toan", "so tien"]],
  ["kind", ["loai"]],
  ["name", ["danh muc", "noi dung", "ten nhiem vu", "nhiem vu", "ten hoat dong", "hoat dong"]],
];

export interface TableReading {
  activities: ImportedActivity[];
  groups: ImportedGroup[];
  findings: Finding[];
}

function columnOf(header: string): Column | undefined {
  const folded = foldText(header).replace(/[.()]/g, " ").replace(/\s+/g, " ").trim();
  if (!folded) return undefined;
  return HEADERS.find(([, words]) => words.some((w) => folded === w || folded.startsWith(`${w} `)))?.[0];
}

function mapColumns(header: readonly string[]): Map<Column, number> {
  const map = new Map<Column, number>();
  header.forEach((cell, i) => {
    const col = columnOf(cell);
    if (col && !map.has(col)) map.set(col, i);
  });
  return map;
}

/** Runs of rows on neighbouring lines. */
function tablesOf(rows: readonly TableRow[]): TableRow[][] {
  const tables: TableRow[][] = [];
  for (const row of rows) {
    const last = tables[tables.length - 1];
    if (last && row.line - last[last.length - 1].line <= 2) last.push(row);
    else tables.push([row]);
  }
  return tables;
}

function number(cell: string | undefined): Decimal | undefined {
  if (!cell?.trim()) return undefined;
  const parsed = parseVietnameseNumber(cell);
  return parsed.ok ? parsed.value : undefined;
}

/** "(1) (2) (3)" or "1 2 3 4" under a header: the columns' numbers, not a row. */
function isColumnNumbering(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c);
  if (filled.length < 3) return false;
  return filled.every((c, i) => c === `(${i + 1})` || c === String(i + 1));
}

const isGroupStt = (stt: string): boolean => /^[IVX]+\.?$/.test(stt) || /^[A-Z]\.?$/.test(stt);

function readTable(table: readonly TableRow[], out: TableReading): void {
  const headerAt = table.findIndex((r) => {
    const cols = mapColumns(r.cells);
    return cols.has("name") && (cols.has("stt") || cols.has("unit") || cols.has("quantity"));
  });
  if (headerAt < 0) return;
  const header = [...table[headerAt].cells];
  let at = headerAt + 1;
  for (; at < table.length; at++) {
    const cells = table[at].cells;
    if (cells[0]?.trim() || cells.some((c) => /\d/.test(c)) || cells.every((c) => !c.trim())) break;
    cells.forEach((c, i) => {
      if (c.trim()) header[i] = c;
    });
  }
  const cols = mapColumns(header);
  const cell = (row: TableRow, col: Column): string | undefined => {
    const i = cols.get(col);
    const value = i === undefined ? undefined : row.cells[i]?.trim();
    return value ? value : undefined;
  };
  let group: ImportedGroup | undefined;
  for (const row of table.slice(at)) {
    if (isColumnNumbering(row.cells)) continue;
    const stt = cell(row, "stt")?.replace(/\.$/, "") ?? "";
    const name = cell(row, "name")?.replace(/[\s.;,]+$/, "");
    if (!name) {
      if (row.cells.some((c, i) => c.trim() && i !== cols.get("stt"))) out.findings.push(unnamedRow(row));
      continue;
    }
    const amount = number(cell(row, "amount"));
    // "Tổng cộng", "Cộng": the table's total, not a task.
    if (!/\d/.test(stt) && /^(?:tong cong|cong|tong so|tong)$/.test(foldText(name))) continue;
    if (isGroupStt(stt)) {
      group = { stt, name, depth: 0 };
      if (amount) group.statedAmount = amount;
      out.groups.push(group);
      continue;
    }
    out.activities.push(readRow(row, stt || String(out.activities.length + 1), name, group?.stt, cell, out.findings));
  }
}

function unnamedRow(row: TableRow): Finding {
  const cells = row.cells.filter((c) => c.trim()).join(" | ");
  return finding(
    "warning",
    "table-row-unnamed",
    `Dòng ${row.line}: dòng bảng "${cells}" không có tên nhiệm vụ nên không được đọc.`,
    `Line ${row.line}: the table row "${cells}" has no task name, so it was not read.`,
  );
}

function readRow(
  row: TableRow,
  stt: string,
  name: string,
  group: string | undefined,
  cell: (row: TableRow, col: Column) => string | undefined,
  findings: Finding[],
): ImportedActivity {
  const unit = cell(row, "unit");
  const typed = cell(row, "kind");
  const typedKind = typed ? parseKind(typed) : undefined;
  const kind = typedKind ?? chooseKind(name, [], unit).kind;
  const timing = cleanTiming(cell(row, "timing"));
  const activity: ImportedActivity = {
    name,
    kind,
    kindGuessed: typedKind === undefined,
    quarters: quartersOf(timing),
    stt,
    label: stt,
    sourceLine: row.line,
  };
  if (group) activity.group = group;
  if (unit) activity.unit = unit.toLowerCase();
  if (timing) activity.timing = timing;
  findings.push(...timingFindings(timing, row.line, name));
  const fields: ReadonlyArray<readonly [Column, "quantity" | "participants" | "days" | "statedAmount"]> = [
    ["quantity", "quantity"],
    ["participants", "participants"],
    ["days", "days"],
    ["amount", "statedAmount"],
  ];
  for (const [col, key] of fields) {
    const text = cell(row, col);
    const value = number(text);
    if (value) activity[key] = value;
    else if (text) {
      findings.push(
        finding(
          "warning",
          "table-number-unreadable",
          `Dòng ${row.line}: không đọc được "${text}" của "${name}" thành số.`,
          `Line ${row.line}: "${text}" of "${name}" is not a readable number.`,
        ),
      );
    }
  }
  if (kind === "other") {
    findings.push(
      finding(
        "warning",
        "kind-unknown",
        `Dòng ${row.line}: không rõ loại của "${name}"; đã ghi là "Khác", cần chọn loại.`,
        `Line ${row.line}: the kind of "${name}" is not recognised; recorded as "other", choose its kind.`,
      ),
    );
  }
  return activity;
}

/** Reads every activity table in the text; tables without a Danh mục / Nội dung column are left alone. */
export function readTables(rows: readonly TableRow[]): TableReading {
  const out: TableReading = { activities: [], groups: [], findings: [] };
  for (const table of tablesOf(rows)) readTable(table, out);
  return out;
}
