import { isoDate, today } from "../dates/isoDate";
import { BUILT_IN_NORMS } from "./catalog";
import { normAmount, type Norm } from "./norm";
import { builtInNorm, inForce, selectNorms } from "./select";
import { money } from "../money/money";
import { ACTIVITY_KINDS } from "../plan/kinds";

/** The unit cost chosen for a code, as exact decimal text. */
function level(code: string, date: string, province?: string): string | undefined {
  const norm = selectNorms({ date: isoDate(date), province }).get(code);
  return norm ? normAmount(norm).toFixed() : undefined;
}

/** A row of the workbook's Định mức sheet: the unit's own level (the nearest layer). */
function unitOverride(code: string, value: string, extra: Partial<Norm> = {}): Norm {
  return {
    code,
    kind: "any",
    line: code,
    unit: "người/ngày",
    rule: { kind: "amount", value: money(value) },
    cap: "max",
    layer: "unit",
    jurisdiction: "unit",
    basis: "Quy chế chi tiêu nội bộ",
    status: "verified",
    ...extra,
  };
}

describe("norms chosen by the plan's date: per diem (phụ cấp lưu trú)", () => {
  it("a 2016 plan gets TT 97/2010: 150.000 đồng/day", () => {
    const norm = selectNorms({ date: isoDate("2016-05-01") }).get("CT.LUUTRU")!;
    expect(normAmount(norm).toFixed()).toBe("150000");
    expect(norm.basis).toContain("TT 97/2010");
  });

  it("a 2020 plan gets TT 40/2017: 200.000 đồng/day", () => {
    const norm = selectNorms({ date: isoDate("2020-03-19") }).get("CT.LUUTRU")!;
    expect(normAmount(norm).toFixed()).toBe("200000");
    expect(norm.basis).toContain("TT 40/2017");
  });

  it("a plan after 04/5/2025 gets TT 12/2025: 300.000 đồng/day", () => {
    const norm = selectNorms({ date: isoDate("2025-09-01") }).get("CT.LUUTRU")!;
    expect(normAmount(norm).toFixed()).toBe("300000");
    expect(norm.basis).toContain("TT 12/2025");
  });

  it.each([
    ["2017-06-30", "150000"], // last day of TT 97/2010
    ["2017-07-01", "200000"], // TT 40/2017 in force
    ["2025-05-03", "200000"], // last day of TT 40/2017's level
    ["2025-05-04", "300000"], // TT 12/2025 in force
  ])("on the boundary %s the per diem is %s", (date, expected) => {
    expect(level("CT.LUUTRU", date)).toBe(expected);
  });

  it.each([
    ["2016-05-01", "250000"], // TT 97/2010 "không quá 250…" outside the big cities
    ["2020-03-19", "350000"], // TT 40/2017
    ["2025-09-01", "350000"], // TT 40/2017's level kept as an estimate: the 2025 level was not found
  ])("lump-sum lodging (thị xã, TP thuộc tỉnh) on %s is %s", (date, expected) => {
    expect(level("CT.PHONG.TP", date)).toBe(expected);
  });

  it("the lodging level kept after 04/5/2025 is marked an estimate, not verified", () => {
    expect(selectNorms({ date: isoDate("2025-09-01") }).get("CT.PHONG.TP")!.status).toBe("estimate");
    expect(selectNorms({ date: isoDate("2020-03-19") }).get("CT.PHONG.TP")!.status).toBe("verified");
  });

  it("meal support for delegates follows points a, b, c of K4 Đ12 TT 40/2017 from 01/7/2017: 200.000 / 150.000 / 100.000", () => {
    expect(level("HN.TIENAN.NOITHANH", "2020-03-19")).toBe("200000");
    expect(level("HN.TIENAN.TINH", "2020-03-19")).toBe("150000");
    expect(level("HN.TIENAN.XA", "2020-03-19")).toBe("100000");
    const basis = (code: string) => selectNorms({ date: isoDate("2020-03-19") }).get(code)!.basis;
    expect([basis("HN.TIENAN.NOITHANH"), basis("HN.TIENAN.TINH"), basis("HN.TIENAN.XA")]).toEqual([
      "Điểm a K4 Đ12 TT 40/2017/TT-BTC",
      "Điểm b K4 Đ12 TT 40/2017/TT-BTC",
      "Điểm c K4 Đ12 TT 40/2017/TT-BTC",
    ]);
    expect(selectNorms({ date: isoDate("2020-03-19") }).get("HN.TIENAN.TINH")!.basis).toBe("Điểm b K4 Đ12 TT 40/2017/TT-BTC");
    // before TT 40/2017 the level is an estimate (TT 97/2010's figure is not in the sources)
    expect(selectNorms({ date: isoDate("2016-05-01") }).get("HN.TIENAN.TINH")!.status).toBe("estimate");
  });

  it("the assessment support exists from TTLT 221/2012 on, not before", () => {
    expect(selectNorms({ date: isoDate("2012-06-01") }).get("SXSH.DANHGIA")).toBeUndefined();
    const norm = selectNorms({ date: isoDate("2020-03-19") }).get("SXSH.DANHGIA")!;
    expect(norm.rule).toMatchObject({ kind: "share-capped" });
    if (norm.rule.kind === "share-capped") {
      expect(norm.rule.share.toFixed()).toBe("0.5");
      expect(norm.rule.cap.toFixed()).toBe("50000000");
    }
    expect(normAmount(norm).toFixed()).toBe("50000000");
  });

  it("without a date, the norms in force today are chosen", () => {
    const set = selectNorms({});
    expect(set.date).toBe(today());
    expect(set.get("CT.LUUTRU")).toBe(selectNorms({ date: today() }).get("CT.LUUTRU"));
  });
});

describe("norms chosen by province", () => {
  it("Đồng Nai 2020: the lecturer fee is 1.300.000 đồng/buổi from NQ 180/2019", () => {
    const norm = selectNorms({ date: isoDate("2020-06-01"), province: "Đồng Nai" }).get("TH.GIANGVIEN")!;
    expect(normAmount(norm).toFixed()).toBe("1300000");
    expect(norm.basis).toContain("NQ 180/2019");
    expect(norm.jurisdiction).toBe("Đồng Nai");
    expect(norm.layer).toBe("province");
  });

  it("without a province, or in another province, the national level applies", () => {
    for (const province of [undefined, "Trà Vinh"]) {
      const norm = selectNorms({ date: isoDate("2019-06-01"), province }).get("TH.GIANGVIEN")!;
      expect(normAmount(norm).toFixed()).toBe("1000000");
      expect(norm.jurisdiction).toBe("national");
      expect(norm.basis).toContain("TT 36/2018");
    }
  });

  it("a province however it is spelled: tỉnh Đồng Nai, DONG NAI, decomposed Unicode", () => {
    for (const province of ["tỉnh Đồng Nai", "DONG NAI", "dong nai", "Đồng Nai".normalize("NFD")]) {
      expect(level("TH.GIANGVIEN", "2020-06-01", province)).toBe("1300000");
    }
  });

  it("a Đồng Nai plan of 02/04/2019 does not get NQ 180/2019, which may not have existed yet (its date is unknown: applied from 2020)", () => {
    const norm = selectNorms({ date: isoDate("2019-04-02"), province: "Đồng Nai" }).get("TH.GIANGVIEN")!;
    expect(norm.jurisdiction).toBe("national");
    expect(norm.basis).toContain("TT 36/2018");
  });

  it("after the 2025 reorganisation an old province's resolution is not applied to the new province silently", () => {
    expect(level("TH.GIANGVIEN", "2025-09-01", "Đồng Nai")).toBe("1000000");
    expect(selectNorms({ date: isoDate("2025-09-01"), province: "Đồng Nai" }).get("TH.GIANGVIEN")!.jurisdiction).toBe("national");
  });

  it("a province's level applies only while in force: Đồng Nai in 2017 gets TT 139/2010", () => {
    const norm = selectNorms({ date: isoDate("2017-03-01"), province: "Đồng Nai" }).get("TH.GIANGVIEN")!;
    expect(normAmount(norm).toFixed()).toBe("1000000");
    expect(norm.basis).toContain("TT 139/2010");
  });

  it("another province's norm never leaks: Tiền Giang's level is not used for Đồng Nai", () => {
    expect(level("TH.GIANGVIEN", "2019-06-01", "Tiền Giang")).toBe("600000");
    expect(
      selectNorms({ date: isoDate("2019-06-01"), province: "Đồng Nai" })
        .all()
        .some((n) => n.jurisdiction === "Tiền Giang"),
    ).toBe(false);
  });

  it("keeps one norm per code", () => {
    const codes = selectNorms({ date: isoDate("2019-06-01"), province: "Đồng Nai" })
      .all()
      .map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("overrides (the Định mức sheet, layer unit) win", () => {
  it("over a national norm", () => {
    const set = selectNorms({ date: isoDate("2020-03-19") }, [unitOverride("CT.LUUTRU", "180000")]);
    expect(normAmount(set.get("CT.LUUTRU")!).toFixed()).toBe("180000");
    expect(set.get("CT.LUUTRU")!.layer).toBe("unit");
  });

  it("over a province's norm", () => {
    const set = selectNorms({ date: isoDate("2019-06-01"), province: "Đồng Nai" }, [unitOverride("TH.GIANGVIEN", "1100000")]);
    expect(normAmount(set.get("TH.GIANGVIEN")!).toFixed()).toBe("1100000");
  });

  it("for a code the catalog does not have", () => {
    const set = selectNorms({ date: isoDate("2020-03-19") }, [unitOverride("DV.RIENG", "123456")]);
    expect(normAmount(set.get("DV.RIENG")!).toFixed()).toBe("123456");
  });

  it("only while in force", () => {
    const expired = unitOverride("CT.LUUTRU", "180000", { validTo: isoDate("2019-12-31") });
    expect(level("CT.LUUTRU", "2020-03-19")).toBe("200000");
    expect(normAmount(selectNorms({ date: isoDate("2020-03-19") }, [expired]).get("CT.LUUTRU")!).toFixed()).toBe("200000");
    expect(normAmount(selectNorms({ date: isoDate("2019-03-19") }, [expired]).get("CT.LUUTRU")!).toFixed()).toBe("180000");
  });

  it("builtInNorm ignores overrides: it is the level the override replaces", () => {
    expect(normAmount(builtInNorm("CT.LUUTRU", { date: isoDate("2020-03-19") })!).toFixed()).toBe("200000");
  });
});

describe("inForce", () => {
  const norm = { validFrom: isoDate("2017-07-01"), validTo: isoDate("2025-05-03") } as Norm;
  it("includes both ends", () => {
    expect(inForce(norm, isoDate("2017-06-30"))).toBe(false);
    expect(inForce(norm, isoDate("2017-07-01"))).toBe(true);
    expect(inForce(norm, isoDate("2025-05-03"))).toBe(true);
    expect(inForce(norm, isoDate("2025-05-04"))).toBe(false);
  });
});

describe("the built-in catalog", () => {
  it.each(BUILT_IN_NORMS.map((n, i) => [`${n.code} #${i}`, n] as const))(
    "%s has a code, a line, a unit, a basis, a status and a positive level",
    (_label, norm) => {
      expect(norm.code).toMatch(/^[A-Z]+(\.[A-Z0-9]+)+$/);
      expect(norm.line.trim()).not.toBe("");
      expect(norm.unit.trim()).not.toBe("");
      expect(norm.basis.trim()).not.toBe("");
      expect(["verified", "unverified", "estimate"]).toContain(norm.status);
      expect(["max", "lump_sum", "actual"]).toContain(norm.cap);
      expect(["national", "province", "market"]).toContain(norm.layer);
      expect(norm.kind === "any" || (ACTIVITY_KINDS as readonly string[]).includes(norm.kind)).toBe(true);
      expect(normAmount(norm).isPositive() && !normAmount(norm).isZero()).toBe(true);
      if (norm.layer === "province") expect(norm.jurisdiction).not.toBe("national");
    },
  );

  it("every estimate has a note saying where the real figure comes from", () => {
    const estimates = BUILT_IN_NORMS.filter((n) => n.status === "estimate");
    expect(estimates.length).toBeGreaterThan(0);
    for (const n of estimates)
      expect({ code: n.code, note: n.note?.trim() || undefined }).toEqual({ code: n.code, note: expect.any(String) });
  });

  it("every verified figure has its source", () => {
    for (const n of BUILT_IN_NORMS.filter((x) => x.status === "verified")) {
      expect({ code: n.code, source: n.source }).toEqual({ code: n.code, source: expect.stringMatching(/^https?:\/\//) });
    }
  });

  it("no two entries of the same code and jurisdiction are in force on the same day", () => {
    const byKey = new Map<string, Norm[]>();
    for (const n of BUILT_IN_NORMS) byKey.set(`${n.code}|${n.jurisdiction}`, [...(byKey.get(`${n.code}|${n.jurisdiction}`) ?? []), n]);
    for (const [key, norms] of byKey) {
      for (let i = 0; i < norms.length; i++) {
        for (let j = i + 1; j < norms.length; j++) {
          const a = norms[i],
            b = norms[j];
          const overlap = (a.validFrom ?? "0000") <= (b.validTo ?? "9999") && (b.validFrom ?? "0000") <= (a.validTo ?? "9999");
          expect({ key, overlap }).toEqual({ key, overlap: false });
        }
      }
    }
  });

  it("dates are ISO and each period starts before it ends", () => {
    for (const n of BUILT_IN_NORMS) {
      for (const d of [n.validFrom, n.validTo]) if (d) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (n.validFrom && n.validTo) expect(n.validFrom <= n.validTo).toBe(true);
    }
  });

  it("every code a recipe needs is in force on each of the boundary dates", () => {
    const needed = [
      "HN.HOITRUONG",
      "HN.TRANGTRI",
      "HN.TAILIEU",
      "HN.NUOCUONG",
      "HN.BAOCAOVIEN",
      "HN.TIENAN.NOITHANH",
      "HN.TIENAN.TINH",
      "HN.TIENAN.XA",
      "TH.GIANGVIEN",
      "CT.LUUTRU",
      "CT.PHONG.TP",
      "CT.PHUONGTIEN",
      "BR.BANGRON",
      "PN.PANO",
      "PT.CHUONGTRINH",
      "TV.PHONGSU",
      "BAO.SO",
      "IN.TAILIEU",
      "SXSH.DANHGIA",
      "CSDL.DUYTRI",
      "CSDL.KHAOSAT",
    ];
    for (const date of [
      "2013-01-01",
      "2016-05-01",
      "2017-06-30",
      "2017-07-01",
      "2018-06-14",
      "2018-06-15",
      "2020-03-19",
      "2025-05-03",
      "2025-05-04",
    ]) {
      const set = selectNorms({ date: isoDate(date) });
      expect({ date, missing: needed.filter((c) => !set.get(c)) }).toEqual({ date, missing: [] });
    }
  });
});
