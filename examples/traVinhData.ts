/**
 * The rows of the sample workbook: Kế hoạch 30/KH-SCT of the Trà Vinh Department of
 * Industry and Trade, 19/3/2020 (../shared/seeds/tra-vinh-2020-bao-ve-moi-truong.txt).
 * Plain data (the headers are the layout's own): the .xlsx sample (traVinhSample.ts, ExcelJS) and the
 * browser playground's in-memory workbook are both built from it.
 */
import { PLAN_COLUMN_HEADERS } from "../src/workbook/layout";

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

export const TRA_VINH_PLAN: SampleSheet = {
  name: "Kế hoạch",
  rows: [
    [...PLAN_COLUMN_HEADERS],
    ["1", "Truyền thông môi trường", null, null, null, null, null, null, 75200000],
    ["a", "Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "Hội nghị", "cuộc", 2, 60, null, "Quý I - Quý IV/2020", 20800000],
    ["b", "Trang bị băng rôn tuyên truyền bảo vệ môi trường tại các chợ", "Băng rôn", "chợ", 108, null, null, "Quý I - Quý IV", 52000000],
    ["c", "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020", "Băng rôn", "cái", 4, null, null, "Quý II - Quý IV", 2400000],
    [
      "2",
      "Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương",
      "Cơ sở dữ liệu / website",
      "cơ sở",
      60,
      null,
      null,
      "Quý I - Quý IV",
      11800000,
    ],
    [null, "Tổng cộng", null, null, null, null, null, null, 87000000],
  ],
  widths: [6, 50, 16, 10, 9, 9, 8, 20, 16, 16, 40, 14, 14, 14, 14],
  boldRows: [1, 7],
  moneyColumns: [9],
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
