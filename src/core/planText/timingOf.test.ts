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

  it("finds quarters written inside a sentence, but not months, nor 'quy định'", () => {
    expect(inlineTiming(["Tổ chức 03 hội nghị, 70 đại biểu, Quý I và Quý III."])).toBe("Quý I và Quý III");
    expect(inlineTiming(["Thực hiện trong quý 2/2025, tại Hà Nội"])).toBe("quý 2/2025");
    expect(inlineTiming(["theo quy định tại Quyết định ngày 07 tháng 9 năm 2009"])).toBeUndefined();
  });
});
