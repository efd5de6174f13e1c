import ExcelJS from "exceljs";
import type { ActivityKind } from "../../src/core/plan/kinds";
import { parsePlanText } from "../../src/core/planText/parsePlanText";
import { readBook } from "../../src/workbook/port";
import { readPlan } from "../../src/workbook/readPlan";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";

/*
 * One classifier for a row typed in the sheet and for a plan's text: the same
 * activity name gets the same kind either way. Real names from the four seed plans,
 * and the ones a new user's plan tripped over.
 */
const NAMES: [string, ActivityKind][] = [
  // Trà Vinh 2020
  ["Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "conference"],
  ["Trang bị băng rôn về tuyên truyền bảo vệ môi trường tại các chợ", "banner"],
  ["Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020", "banner"],
  ["Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương", "database"],
  // Đồng Nai 2019
  ["Tuyên truyền qua Đài Phát thanh - Truyền hình các huyện, thị xã Long Khánh và thành phố Biên Hòa", "radio"],
  ["Tuyên truyền qua bản tin của Ban Quản lý các Khu công nghiệp tỉnh", "newspaper"],
  ["Tuyên truyền trên Báo Lao động Đồng Nai", "newspaper"],
  ["Tuyên truyền qua tài liệu, chuyên san giới thiệu về các mô hình SXSH", "printing"],
  ["Tuyên truyền qua băng rôn về SXSH", "banner"],
  ["Tuyên truyền qua pano, bảng hiệu về SXSH", "panel"],
  ["Tổ chức tập huấn để nâng cao nhận thức và năng lực áp dụng SXSH cho đội ngũ cán bộ", "training"],
  ["Hỗ trợ lập báo cáo đánh giá nhanh về SXSH", "assessment"],
  // Hà Giang 2016-2020
  ["Tổng hợp số liệu, cập nhật thông tin và quản trị Website về SXSH", "database"],
  ["In ấn và phổ biến các tài liệu, tờ rơi, tranh cổ động các điển hình áp dụng sản xuất sạch hơn", "printing"],
  ["Tổ chức hội thảo truyền thông về sản xuất sạch hơn", "workshop"],
  // Hà Nội 2024
  ["Trao đổi học tập kinh nghiệm công tác bảo vệ môi trường trong lĩnh vực Công Thương tại các tỉnh phía Nam", "study_tour"],
  // A plan the product had never seen, and words that only look like a kind
  ["Sản xuất phim tuyên truyền về bảo vệ môi trường", "tv"],
  ["Xây dựng và vận hành chuyên mục về sản xuất sạch hơn trên website của Sở", "database"],
  ["In áp phích tuyên truyền tiết kiệm năng lượng", "printing"],
  ["Treo biểu ngữ hưởng ứng Ngày Môi trường thế giới", "banner"],
  ["Duy trì trang web về sản xuất sạch hơn", "database"],
  ["Bao ve moi truong: to chuc hoi nghi", "conference"],
];

async function sheetKinds(): Promise<ActivityKind[]> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thông tin").addRows([["Ngày", "19/03/2020"]]);
  wb.addWorksheet("Kế hoạch").addRows([
    ["STT", "Nội dung", "Loại", "Số lượng"],
    ...NAMES.map(([name], i) => [String(i + 1), name, null, 1]),
  ]);
  const book = await XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
  return readPlan(await readBook(book, (s) => s.map((x) => x.name))).plan.activities.map((a) => a.kind);
}

function textKinds(): ActivityKind[] {
  const text = [
    "KẾ HOẠCH",
    "Thử",
    "II. NỘI DUNG THỰC HIỆN",
    ...NAMES.map(([name], i) => `${i + 1}. ${name}`),
    "III. TỔ CHỨC THỰC HIỆN",
  ].join("\n");
  return parsePlanText(text).activities.map((a) => a.kind);
}

test("every name gets its kind when typed into the sheet (Loại empty)", async () => {
  expect(await sheetKinds()).toEqual(NAMES.map(([, kind]) => kind));
});

test("every name gets the same kind when pasted as a plan's text", () => {
  expect(textKinds()).toEqual(NAMES.map(([, kind]) => kind));
});
