import { cleanTiming, inlineTiming, quartersOf, timingFindings } from "./timingOf";

describe("timing of an activity", () => {
  it("cleans the closing punctuation of Thời gian", () => {
    expect(cleanTiming("Quý I- Quý IV.")).toBe("Quý I- Quý IV");
    expect(cleanTiming(" . ")).toBeUndefined();
  });

  it("reads quarters, or none, and warns only about what is written but unreadable", () => {
    expect(quartersOf("cả năm")).toEqual([1, 2, 3, 4]);
    expect(quartersOf(undefined)).toEqual([]);
    expect(timingFindings(undefined, 3, "x")).toEqual([]);
    expect(timingFindings("khi có kinh phí", 3, "x").map((f) => f.code)).toEqual(["timing-unreadable"]);
  });

  it("finds quarters written inside a sentence, but not 'quy định' nor the month of a date", () => {
    expect(inlineTiming(["Tổ chức 03 hội nghị, 70 đại biểu, Quý I và Quý III."])).toBe("Quý I và Quý III");
    expect(inlineTiming(["Thực hiện trong quý 2/2025, tại Hà Nội"])).toBe("quý 2/2025");
    expect(inlineTiming(["theo quy định tại Quyết định ngày 07 tháng 9 năm 2009"])).toBeUndefined();
  });

  it("does not read a count per month as a month", () => {
    expect(inlineTiming(["Xây dựng 12 chuyên mục, mỗi tháng 01 chuyên mục; thực hiện thường xuyên trong năm."])).toBe("thường xuyên");
    expect(inlineTiming(["Phát hằng tháng 02 số bản tin."])).toBeUndefined();
  });

  it.each([
    ["Sản xuất 02 phóng sự (Thời gian dự kiến thực hiện: tháng 6 năm 2017)", "tháng 6 năm 2017", [2]],
    ["Phát sóng phóng sự vào tháng 11 năm 2017 trên Đài tỉnh", "tháng 11 năm 2017", [4]],
    ["Tổ chức hội nghị vào tháng 6 và tháng 11", "tháng 6 và tháng 11", [2, 4]],
    ["Thực hiện trong 6 tháng cuối năm", "6 tháng cuối năm", [3, 4]],
    ["Cập nhật số liệu hằng quý", "hằng quý", [1, 2, 3, 4]],
    ["Duy trì thường xuyên hệ thống", "thường xuyên", [1, 2, 3, 4]],
  ])("reads the timing inside %s", (sentence, timing, quarters) => {
    expect(inlineTiming([sentence])).toBe(timing);
    expect(quartersOf(inlineTiming([sentence]))).toEqual(quarters);
  });
});
