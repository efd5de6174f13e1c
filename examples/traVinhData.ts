/**
 * The rows of the sample workbook: Kế hoạch 30/KH-SCT of the Trà Vinh Department of
 * Industry and Trade, 19/3/2020 (../shared/seeds/tra-vinh-2020-bao-ve-moi-truong.txt).
 * Plain data (the headers are the layout's own): the .xlsx sample (traVinhSample.ts, ExcelJS) and the
 * browser playground's in-memory workbook are both built from it.
 */
import { PLAN_COLUMNS, PLAN_COLUMN_HEADERS } from "../src/workbook/layout";

export type SampleValue = string | number | null;

export interface SampleSheet {
  name: string;
  rows: SampleValue[][];
  /** Column widths in characters, from column A on. */
  widths: number[];
  /** 1-based rows shown in bold. */
  boldRows: number[];
  /** 1-based columns formatted "#,##0". */
  moneyColumns: number[];
}

export const TRA_VINH_INFO: SampleSheet = {
  name: "Thông tin",
  rows: [
    ["Tên kế hoạch", "Bảo vệ môi trường ngành Công Thương năm 2020"],
    ["Số", "30/KH-SCT"],
    ["Ngày", "19/03/2020"],
    ["Cơ quan ban hành", "Sở Công Thương tỉnh Trà Vinh"],
    ["Tỉnh", "Trà Vinh"],
    ["Cấp tổ chức", "tỉnh"],
    ["Nguồn kinh phí", "Sự nghiệp môi trường năm 2020"],
  ],
  widths: [22, 50],
  boldRows: [],
  moneyColumns: [],
};

/** A plan row by field, in the layout's column order (src/workbook/layout.ts PLAN_COLUMNS). */
function planRow(values: Partial<Record<(typeof PLAN_COLUMNS)[number]["field"], SampleValue>>): SampleValue[] {
  return PLAN_COLUMNS.map((c) => values[c.field] ?? null);
}

const STATED = PLAN_COLUMNS.findIndex((c) => c.field === "statedAmount") + 1;

export const TRA_VINH_PLAN: SampleSheet = {
  name: "Kế hoạch",
  rows: [
    [...PLAN_COLUMN_HEADERS],
    planRow({ stt: "1", name: "Truyền thông môi trường", statedAmount: 75200000 }),
    // The audience mixes civil servants and businesses: the plan does not say how many delegates are not state-paid.
    planRow({
      stt: "a",
      name: "Tổ chức 02 cuộc Hội nghị truyền thông môi trường",
      kind: "Hội nghị",
      unit: "cuộc",
      quantity: 2,
      participants: 60,
      timing: "Quý I - Quý IV/2020",
      statedAmount: 20800000,
    }),
    planRow({
      stt: "b",
      name: "Trang bị băng rôn tuyên truyền bảo vệ môi trường tại các chợ",
      kind: "Băng rôn",
      unit: "chợ",
      quantity: 108,
      timing: "Quý I - Quý IV",
      statedAmount: 52000000,
    }),
    planRow({
      stt: "c",
      name: "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020",
      kind: "Băng rôn",
      unit: "cái",
      quantity: 4,
      timing: "Quý II - Quý IV",
      statedAmount: 2400000,
    }),
    planRow({
      stt: "2",
      name: "Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương",
      kind: "Cơ sở dữ liệu / website",
      unit: "cơ sở",
      quantity: 60,
      timing: "Quý I - Quý IV",
      statedAmount: 11800000,
    }),
    planRow({ name: "Tổng cộng", statedAmount: 87000000 }),
  ],
  widths: [6, 50, 16, 10, 9, 9, 14, 8, 12, 20, 16, 7, 16, 40, 14, 14, 14, 14],
  boldRows: [1, 7],
  moneyColumns: [PLAN_COLUMNS.findIndex((c) => c.field === "unitCost") + 1, STATED],
};

export const TRA_VINH_ALLOCATION: SampleSheet = {
  name: "Phân bổ",
  rows: [
    ["PHÂN BỔ KINH PHÍ NĂM 2020"],
    [],
    ["Nội dung", "Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["Kinh phí được giao", 87000000],
  ],
  widths: [24],
  boldRows: [3],
  moneyColumns: [],
};

/** The sheets of the sample, in workbook order. */
export const TRA_VINH_SHEETS: readonly SampleSheet[] = [TRA_VINH_INFO, TRA_VINH_PLAN, TRA_VINH_ALLOCATION];
