import type { ActivityField } from "../core/plan/plan";
import { foldText } from "../core/text/fold";

/** The sheets of the workbook layout (design.md). Names are matched folded. */
export const SHEETS = {
  info: "Thông tin",
  plan: "Kế hoạch",
  norms: "Định mức",
  allocation: "Phân bổ",
  attachment: "Dự toán",
  breakdown: "Chi tiết dự toán",
  /** Written by settle: the year's estimate against its actual spending (quyết toán). */
  settlement: "Quyết toán",
  /** Hidden: what the add-in wrote and what it overwrote, for restore. */
  state: "_dutoan",
} as const;

const SHEET_SYNONYMS: Record<keyof typeof SHEETS, string[]> = {
  info: ["thong tin", "thong tin ke hoach", "info"],
  plan: ["ke hoach", "ke hoach hoat dong", "plan", "kh"],
  norms: ["dinh muc", "muc chi", "norms"],
  allocation: ["phan bo", "phan bo kinh phi", "allocation", "kinh phi duoc giao"],
  attachment: ["du toan", "phu luc du toan", "phu luc"],
  breakdown: ["chi tiet du toan"],
  settlement: ["quyet toan", "quyet toan kinh phi"],
  state: ["_dutoan"],
};

/**
 * Every sheet that may be this layout sheet, however it was spelled: the closest
 * name first (the layout's own name, then its synonyms in order: "Kế hoạch"
 * before a scratch "KH"), then in the workbook's order.
 */
export function findSheets(names: readonly string[], which: keyof typeof SHEETS): string[] {
  const wanted = SHEET_SYNONYMS[which];
  const rank = (n: string) => wanted.indexOf(foldText(n));
  return names
    .map((n, i) => ({ n, i, r: rank(n) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.n);
}

/** Finds a layout sheet among the workbook's names, however it was spelled: the closest name (findSheets). */
export function findSheet(names: readonly string[], which: keyof typeof SHEETS): string | undefined {
  return findSheets(names, which)[0];
}

/** Headers of the Kế hoạch table, folded, with the synonyms officers use. */
export const PLAN_HEADERS: Record<ActivityField, string[]> = {
  stt: ["stt", "tt", "so tt", "so thu tu"],
  name: [
    "noi dung",
    "noi dung cong viec",
    "noi dung hoat dong",
    "ten hoat dong",
    "hoat dong",
    "danh muc",
    "nhiem vu",
    "ten nhiem vu",
    "noi dung thuc hien",
  ],
  kind: ["loai", "loai hoat dong", "phan loai"],
  unit: ["don vi tinh", "dvt", "don vi", "dv tinh"],
  quantity: ["so luong", "sl", "khoi luong"],
  participants: ["so nguoi", "so dai bieu", "so hoc vien", "so nguoi tham du", "so nguoi moi cuoc", "so nguoi/cuoc", "dai bieu"],
  guests: [
    "so dai bieu khong huong luong",
    "so nguoi khong huong luong",
    "dai bieu khong huong luong",
    "so nguoi ho tro tien an",
    "khach moi khong huong luong",
  ],
  days: ["so ngay", "so ngay moi cuoc", "ngay"],
  unitCost: ["don gia", "muc chi", "don gia (bao gia)"],
  timing: ["thoi gian", "thoi gian thuc hien", "tien do", "tien do thuc hien", "thoi gian trien khai"],
  year: ["nam", "nam thuc hien", "nam thuc hien du kien", "theo nam"],
  statedAmount: ["kinh phi ke hoach", "kinh phi", "kinh phi du kien", "kinh phi theo ke hoach", "tong kinh phi"],
  estimate: ["du toan", "kinh phi du toan", "du toan kinh phi", "thanh tien du toan"],
  basis: ["can cu", "can cu dinh muc", "can cu / ghi chu", "can cu tinh"],
  lock: ["khoa", "khoa du toan", "co dinh", "giu nguyen"],
  q1: ["quy i", "quy 1", "q1", "q.i"],
  q2: ["quy ii", "quy 2", "q2", "q.ii"],
  q3: ["quy iii", "quy 3", "q3", "q.iii"],
  q4: ["quy iv", "quy 4", "q4", "q.iv"],
};

/**
 * The Kế hoạch table as the add-in lays it out (an imported plan, the sample), in
 * order: every input column a recipe reads, each with a short note saying what
 * goes there (written on the header cell), then the columns the add-in writes.
 */
export const PLAN_COLUMNS: readonly { field: ActivityField; header: string; note?: string }[] = [
  { field: "stt", header: "STT" },
  { field: "name", header: "Nội dung" },
  {
    field: "kind",
    header: "Loại",
    note: "Loại hoạt động: Hội nghị, Hội thảo, Tập huấn, Băng rôn, Pano, Phát thanh, Truyền hình, Báo, In ấn, Đánh giá nhanh SXSH, Đoàn công tác, Cơ sở dữ liệu, Khác. Để trống: đoán theo Nội dung.",
  },
  { field: "unit", header: "Đơn vị tính" },
  { field: "quantity", header: "Số lượng", note: "Số cuộc, lớp, cái, chương trình, số báo, cuốn, cơ sở hoặc đoàn." },
  { field: "participants", header: "Số người", note: "Số người tham dự mỗi cuộc, lớp hoặc đoàn." },
  {
    field: "guests",
    header: "Số đại biểu không hưởng lương",
    note: "Số đại biểu mỗi cuộc không hưởng lương từ NSNN (khách mời doanh nghiệp, người dân): chỉ họ được hỗ trợ tiền ăn (K4 Đ12 TT 40/2017). Ghi 0 nếu không có; để trống thì tiền ăn chưa được tính.",
  },
  { field: "days", header: "Số ngày", note: "Số ngày của mỗi cuộc, lớp hoặc đoàn. Để trống: tính 1 ngày (hội nghị, lớp)." },
  {
    field: "unitCost",
    header: "Đơn giá",
    note: "Đơn giá theo báo giá, hợp đồng (đồng); với đánh giá nhanh SXSH: chi phí tư vấn mỗi cơ sở. Để trống: theo định mức.",
  },
  { field: "timing", header: "Thời gian", note: "Ví dụ: Quý II - Quý IV; Quý II, III; tháng 6." },
  { field: "statedAmount", header: "Kinh phí kế hoạch", note: "Kinh phí kế hoạch ghi cho hoạt động, nhóm hoặc dòng Tổng cộng (đồng)." },
  { field: "lock", header: "Khóa", note: "x: giữ nguyên kinh phí của hoạt động này khi cân đối dự toán theo kinh phí được giao." },
  { field: "estimate", header: "Dự toán" },
  { field: "basis", header: "Căn cứ" },
  { field: "q1", header: "Quý I" },
  { field: "q2", header: "Quý II" },
  { field: "q3", header: "Quý III" },
  { field: "q4", header: "Quý IV" },
];

export const PLAN_COLUMN_HEADERS: readonly string[] = PLAN_COLUMNS.map((c) => c.header);

/** Năm, after Thời gian: the column a multi-year plan adds (one year, or several with the same quantity each). */
export const YEAR_COLUMN = {
  field: "year",
  header: "Năm",
  note: "Năm thực hiện: một năm (2018) hoặc nhiều năm (2016-2020; 2017, 2019). Số lượng và số người là của mỗi năm. Để trống: mọi năm của giai đoạn.",
} as const;

/** The Kế hoạch columns of a plan: a multi-year plan has Năm after Thời gian. */
export function planColumnsFor(multiYear: boolean): readonly { field: ActivityField; header: string; note?: string }[] {
  if (!multiYear) return PLAN_COLUMNS;
  const at = PLAN_COLUMNS.findIndex((c) => c.field === "timing") + 1;
  return [...PLAN_COLUMNS.slice(0, at), YEAR_COLUMN, ...PLAN_COLUMNS.slice(at)];
}

/** The 1-based column of a field in the add-in's own layout. */
export function planColumnOf(field: ActivityField): number {
  return PLAN_COLUMNS.findIndex((c) => c.field === field) + 1;
}

/** Headers the add-in writes when they are missing, in this order. */
export const WRITTEN_PLAN_COLUMNS: readonly { field: ActivityField; header: string }[] = [
  { field: "estimate", header: "Dự toán" },
  { field: "basis", header: "Căn cứ" },
];

/** Folds a header for matching: diacritics, case, a trailing unit in brackets, dots and stars. */
export function foldHeader(text: string): string {
  return foldText(text)
    .replace(MONEY_UNIT, "")
    .replace(/\((dong|d|vnd|nguoi|ngay|cai|\*)\)$/, "")
    .replace(/[*:]+$/, "")
    .trim();
}

/** A money unit in brackets at the end of a header: "(triệu đồng)", "(tr.đ)", "(nghìn đồng)", "(1.000 đ)". */
const MONEY_UNIT = /\s*\((trieu dong|trieu d|trieu|tr\.? ?d(ong)?|tr|nghin dong|ngan dong|nghin d|ngan d|nghin|ngan|1\.?000 d(ong)?)\)$/;

/** The đồng one unit of a column stands for when its header names triệu or nghìn đồng ("1000000"); undefined for đồng. */
export function headerMoneyScale(text: string): string | undefined {
  const m = MONEY_UNIT.exec(foldText(text));
  if (!m) return undefined;
  return /^(trieu|tr)/.test(m[1]) ? "1000000" : "1000";
}

export function matchPlanHeader(text: string): ActivityField | undefined {
  const folded = foldHeader(text);
  if (!folded) return undefined;
  for (const [field, names] of Object.entries(PLAN_HEADERS) as [ActivityField, string[]][]) {
    if (names.includes(folded)) return field;
  }
  return undefined;
}

/** Labels of the Thông tin block (sheet or the lines above the plan table). */
export const INFO_LABELS = {
  title: ["ten ke hoach", "tieu de", "ke hoach", "ten"],
  number: ["so", "so ke hoach", "so hieu", "so van ban"],
  date: ["ngay", "ngay ban hanh", "ngay ke hoach", "ngay lap"],
  issuer: ["co quan ban hanh", "don vi", "co quan", "don vi lap"],
  parent: ["co quan chu quan", "co quan cap tren", "don vi chu quan"],
  province: ["tinh", "tinh/thanh pho", "tinh thanh", "dia phuong", "tinh, thanh pho"],
  level: ["cap to chuc", "cap", "cap to chuc hoi nghi"],
  fundingSource: ["nguon kinh phi", "nguon von"],
  statedTotal: ["tong kinh phi", "tong kinh phi ke hoach", "kinh phi ke hoach"],
  period: ["giai doan", "giai doan ke hoach", "thoi ky"],
} as const;

export type InfoField = keyof typeof INFO_LABELS;

export function matchInfoLabel(text: string): InfoField | undefined {
  const folded = foldHeader(text);
  for (const [field, names] of Object.entries(INFO_LABELS) as [InfoField, readonly string[]][]) {
    if (names.includes(folded)) return field;
  }
  return undefined;
}
