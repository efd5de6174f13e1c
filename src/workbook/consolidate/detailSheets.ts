import type { Consolidation } from "../../core/consolidate/consolidate";
import { KIND_LABELS } from "../../core/plan/kinds";
import { num, text } from "../cells";
import { MONEY_FORMAT } from "../writeEstimate";
import { SheetBuilder, type BulkRows } from "./sheetBuilder";
import { cellName, sourceLink } from "./sourceLink";
import type { WriteOp } from "../port";

export const ACTIVITY_DETAIL = "Chi tiết hoạt động";
export const LINE_DETAIL = "Chi tiết nội dung chi";

/** Where the summary's SUMIFs find a detail sheet's rows: the key column, the amount column, the rows. */
/** A detail sheet: its writes (the header and first row), its other rows in bulk, and where the summary finds them. */
export interface DetailSheet {
  writes: WriteOp[];
  bulk?: BulkRows;
  range: DetailRange;
}

export interface DetailRange {
  sheet: string;
  keyColumn: string;
  amountColumn: string;
  first: number;
  last: number;
}

/** How many source cells a line's row names before "(+n)". */
const CELLS_SHOWN = 8;

const HEADER_STYLE = { bold: true, fill: "#DDEBF7", wrap: true, horizontal: "center", vertical: "center", border: "thin" } as const;

/**
 * One row per activity of every unit: the unit, its file, the Kế hoạch row, the
 * kind, the amount and the cell of the unit's file it is (a link). The summary's
 * table by kind sums this sheet (SUMIF), so each of its figures is traceable to
 * these rows and each row to its cell.
 */
export function activityDetail(c: Consolidation, linkPath: (file: string) => string): DetailSheet {
  const b = new SheetBuilder(ACTIVITY_DETAIL, 9);
  b.add([text("CHI TIẾT DỰ TOÁN THEO HOẠT ĐỘNG CỦA CÁC ĐƠN VỊ")]);
  b.style("A1", { bold: true, fontSize: 13 });
  b.add([text("Mỗi dòng là một hoạt động trong tệp của đơn vị; cột Ô nguồn mở tệp tại ô đó (Excel trên máy tính).")]);
  b.style("A2", { italic: true });
  const header = b.add(
    ["STT", "Đơn vị", "Tệp", "Dòng kế hoạch", "Hoạt động", "Loại hoạt động", "Mã loại", "Dự toán (đồng)", "Ô nguồn"].map(text),
  );
  b.style(`A${header}:I${header}`, HEADER_STYLE);
  let n = 0;
  for (const u of c.units) {
    for (const a of u.activities) {
      b.add([
        num(String(++n)),
        text(u.name),
        text(u.file),
        num(String(a.row)),
        text(a.stt ? `${a.stt}. ${a.name}` : a.name),
        text(KIND_LABELS[a.kind]),
        text(a.kind),
        num(a.amount),
        sourceLink(linkPath(u.file), a.source, cellName(a.source)),
      ]);
    }
  }
  const first = header + 1;
  const last = Math.max(first, b.next - 1);
  // The first row is styled; the rows below it, in bulk, take its styles.
  b.style(`H${first}`, { numberFormat: MONEY_FORMAT });
  return {
    ...b.build([6, 28, 26, 9, 48, 22, 12, 16, 20], [{ op: "freeze", sheet: ACTIVITY_DETAIL, rows: header, columns: 0 }], first + 1),
    range: { sheet: ACTIVITY_DETAIL, keyColumn: "F", amountColumn: "H", first, last },
  };
}

/**
 * One row per spending line of every unit (its activities' lines summed): the
 * line of the summary's table it adds to (column A, the table's STT), the unit,
 * the quantity, the amount and the cells of the unit's file it is the sum of.
 */
export function lineDetail(c: Consolidation, linkPath: (file: string) => string): DetailSheet {
  const b = new SheetBuilder(LINE_DETAIL, 9);
  b.add([text("CHI TIẾT DỰ TOÁN THEO NỘI DUNG CHI CỦA CÁC ĐƠN VỊ")]);
  b.style("A1", { bold: true, fontSize: 13 });
  b.add([text("Cột A là STT của dòng trong bảng III của sheet Tổng hợp; Ô nguồn là các ô Thành tiền trong tệp của đơn vị.")]);
  b.style("A2", { italic: true });
  const header = b.add(
    ["Dòng tổng hợp", "Đơn vị", "Tệp", "Nội dung chi", "Mã định mức", "Đơn vị tính", "Số lượng", "Thành tiền (đồng)", "Ô nguồn"].map(text),
  );
  b.style(`A${header}:I${header}`, HEADER_STYLE);
  const index = new Map(c.byLine.map((l, i) => [l.key, i + 1]));
  for (const u of c.units) {
    for (const l of u.lines) {
      const shown = l.sources.slice(0, CELLS_SHOWN).map(cellName).join(", ");
      const more = l.sources.length > CELLS_SHOWN ? ` (+${l.sources.length - CELLS_SHOWN})` : "";
      b.add([
        num(String(index.get(l.key) ?? 0)),
        text(u.name),
        text(u.file),
        text(l.description),
        text(l.normCode ?? ""),
        text(l.unit),
        num(l.quantity),
        num(l.amount),
        sourceLink(linkPath(u.file), l.sources[0], shown + more),
      ]);
    }
  }
  const first = header + 1;
  const last = Math.max(first, b.next - 1);
  b.style(`G${first}:H${first}`, { numberFormat: MONEY_FORMAT });
  return {
    ...b.build([9, 28, 26, 44, 16, 12, 12, 16, 30], [{ op: "freeze", sheet: LINE_DETAIL, rows: header, columns: 0 }], first + 1),
    range: { sheet: LINE_DETAIL, keyColumn: "A", amountColumn: "H", first, last },
  };
}
