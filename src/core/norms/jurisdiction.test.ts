import { isoDate } from "../dates/isoDate";
import { isCentrallyRunCity, jurisdictionFindings, mealSupportNorm } from "./jurisdiction";

const codes = (province: string | undefined, date: string, level?: "tinh" | "huyen" | "xa") =>
  jurisdictionFindings({ level }, province, isoDate(date)).map((f) => [f.severity, f.code]);

describe("the 2025 reorganisation of local government (NQ 202/2025/QH15)", () => {
  it("a plan dated after 01/7/2025 naming a province that no longer exists is told its successor", () => {
    const [f] = jurisdictionFindings({}, "Trà Vinh", isoDate("2025-09-01"));
    expect([f.severity, f.code]).toEqual(["warning", "province-dissolved"]);
    expect(f.message).toContain("Vĩnh Long");
  });

  it("the same name on a plan of 2020 is the province as it then was: nothing to say", () => {
    expect(codes("Trà Vinh", "2020-03-19")).toEqual([]);
    expect(codes("Vĩnh Long", "2025-09-01")).toEqual([]);
  });

  it("'Cấp tổ chức: huyện' after 01/7/2025 is a finding; before, it is the district level", () => {
    expect(codes("Hà Nội", "2025-09-01", "huyen")).toEqual([["warning", "district-level-after-2025"]]);
    expect(codes("Hà Nội", "2024-05-01", "huyen")).toEqual([]);
  });

  it("a former province's own norm is said, not applied, for the new province after 01/7/2025", () => {
    const found = jurisdictionFindings({}, "Đồng Nai", isoDate("2025-09-01"));
    expect(found.map((f) => f.code)).toEqual(["predecessor-norm"]);
    expect(found[0].message).toContain("NQ 180/2019");
  });

  it("an unknown province is an info: only national norms and the unit's own apply", () => {
    expect(codes("Atlantis", "2020-03-19")).toEqual([["info", "province-unknown"]]);
  });
});

describe("meal support by the law's points (K4 Đ12 TT 40/2017)", () => {
  it("a commune's meeting is point c; a centrally-run city's is point a (urban districts assumed); elsewhere point b", () => {
    const d = isoDate("2024-05-01");
    expect(mealSupportNorm("xa", "Hà Nội", d)).toEqual({ code: "HN.TIENAN.XA", assumedUrban: false });
    expect(mealSupportNorm("tinh", "Hà Nội", d)).toEqual({ code: "HN.TIENAN.NOITHANH", assumedUrban: true });
    expect(mealSupportNorm("tinh", "TP. Hồ Chí Minh", d)).toEqual({ code: "HN.TIENAN.NOITHANH", assumedUrban: true });
    expect(mealSupportNorm("tinh", "Trà Vinh", d)).toEqual({ code: "HN.TIENAN.TINH", assumedUrban: false });
    expect(mealSupportNorm("huyen", "Đồng Nai", d)).toEqual({ code: "HN.TIENAN.TINH", assumedUrban: false });
  });

  it("Huế is a centrally-run city from the reorganisation on", () => {
    expect(isCentrallyRunCity("Huế", isoDate("2025-09-01"))).toBe(true);
    expect(isCentrallyRunCity("Thừa Thiên Huế", isoDate("2020-01-01"))).toBe(false);
  });
});
