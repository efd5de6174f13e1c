import { rowHeightFor, wrappedLines } from "../../src/workbook/attachment/rowHeight";
import { placeDateLine, shortDate } from "../../src/workbook/attachment/documentDate";

test("a short text takes one line; a long one wraps by words; a newline starts a new line", () => {
  expect(wrappedLines({ text: "Bồi dưỡng báo cáo viên", width: 30, fontSize: 11 })).toBe(1);
  const basis = "Đ12 TT 40/2017/TT-BTC (nội dung chi hội nghị); mức theo quy chế chi tiêu nội bộ / báo giá";
  expect(wrappedLines({ text: basis, width: 22, fontSize: 11 })).toBeGreaterThanOrEqual(3);
  expect(wrappedLines({ text: basis, width: 200, fontSize: 11 })).toBe(1);
  expect(wrappedLines({ text: "KẾ TOÁN TRƯỞNG\n(PHỤ TRÁCH KẾ TOÁN)", width: 28, fontSize: 12, bold: true })).toBe(2);
  expect(wrappedLines({ text: "x".repeat(100), width: 10, fontSize: 11 })).toBeGreaterThanOrEqual(8);
});

test("bold and larger text wrap sooner, and a taller text gets a taller row", () => {
  const text = "Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương";
  expect(wrappedLines({ text, width: 30, fontSize: 11, bold: true })).toBeGreaterThanOrEqual(
    wrappedLines({ text, width: 30, fontSize: 11 }),
  );
  expect(wrappedLines({ text, width: 30, fontSize: 14 })).toBeGreaterThanOrEqual(wrappedLines({ text, width: 30, fontSize: 11 }));
  expect(rowHeightFor([{ text, width: 20, fontSize: 11 }])).toBeGreaterThan(rowHeightFor([{ text: "ngày", width: 20, fontSize: 11 }]));
  expect(rowHeightFor([])).toBeGreaterThanOrEqual(15);
});

test("dates as documents write them, and dots to fill in when the plan has none", () => {
  expect(placeDateLine("Trà Vinh", "2020-03-19")).toBe("Trà Vinh, ngày 19 tháng 3 năm 2020");
  expect(placeDateLine("Hà Nội", "2024-01-05")).toBe("Hà Nội, ngày 05 tháng 01 năm 2024");
  expect(placeDateLine(undefined, undefined)).toBe("…, ngày … tháng … năm …");
  expect(shortDate("2019-12-31")).toBe("31/12/2019");
  expect(shortDate(undefined)).toBeUndefined();
});
