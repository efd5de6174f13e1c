import { similarity } from "./similarity";

describe("similarity", () => {
  it("matches the Trà Vinh amount lines to their activities", () => {
    const b = "Trang bị băng rôn về tuyên truyền bảo vệ môi trường tại các chợ";
    const c = "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020";
    const atMarkets = "Treo băng rôn bảo vệ môi trường tại các chợ";
    const forDays = "Treo băng rôn hưởng ứng các Ngày môi trường năm 2020";
    expect(similarity(atMarkets, b)).toBeGreaterThan(similarity(atMarkets, c));
    expect(similarity(forDays, c)).toBeGreaterThan(similarity(forDays, b));
  });

  it("ignores case, diacritics and leading zeros; is 0 without shared words", () => {
    expect(similarity("Tổ chức 02 cuộc HỘI NGHỊ", "to chuc 2 cuoc hoi nghi")).toBe(1);
    expect(similarity("Hội nghị", "Băng rôn")).toBe(0);
    expect(similarity("", "Băng rôn")).toBe(0);
  });
});
