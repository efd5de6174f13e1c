import {
  PROVINCES_BEFORE_2025,
  PROVINCES_FROM_2025,
  REORGANISATION_DATE,
  canonicalProvince,
  provinceNormApplies,
  provinceOnDate,
  successorOf,
} from "./provinces";

describe("the 2025 reorganisation table", () => {
  it("takes effect on 2025-07-01", () => {
    expect(REORGANISATION_DATE).toBe("2025-07-01");
  });

  it("lists exactly 63 distinct old provinces", () => {
    expect(PROVINCES_BEFORE_2025).toHaveLength(63);
    expect(new Set(PROVINCES_BEFORE_2025).size).toBe(63);
  });

  it("lists exactly 34 distinct new provinces: 28 tỉnh and 6 thành phố", () => {
    expect(PROVINCES_FROM_2025).toHaveLength(34);
    expect(new Set(PROVINCES_FROM_2025.map((p) => p.name)).size).toBe(34);
    expect(PROVINCES_FROM_2025.filter((p) => p.kind === "thành phố")).toHaveLength(6);
  });

  it("puts every old province in exactly one formedFrom, and nothing else", () => {
    const all = PROVINCES_FROM_2025.flatMap((p) => p.formedFrom);
    expect(all).toHaveLength(63);
    expect([...all].sort()).toEqual([...PROVINCES_BEFORE_2025].sort());
  });

  it("has 11 unchanged provinces and 23 formed from 52 old ones", () => {
    const unchanged = PROVINCES_FROM_2025.filter((p) => p.formedFrom.length === 1);
    expect(unchanged).toHaveLength(11);
    expect(PROVINCES_FROM_2025.filter((p) => p.formedFrom.length > 1).flatMap((p) => p.formedFrom)).toHaveLength(52);
  });

  it("keeps a source and a quote for every verified line", () => {
    for (const p of PROVINCES_FROM_2025) {
      if (p.status === "verified") {
        expect(p.source).toMatch(/^https?:\/\//);
        expect(p.quote).toBeTruthy();
      }
    }
  });

  it("names a merged province after one of its predecessors, listed first", () => {
    for (const p of PROVINCES_FROM_2025.filter((x) => x.formedFrom.length > 1)) {
      expect(p.formedFrom[0]).toBe(p.name);
    }
  });
});

describe("canonicalProvince: how officers write a province", () => {
  it.each([
    ["Đồng Nai", "Đồng Nai"],
    ["tỉnh Đồng Nai", "Đồng Nai"],
    ["TỈNH ĐỒNG NAI", "Đồng Nai"],
    ["dong nai", "Đồng Nai"],
    ["  Dong   Nai ", "Đồng Nai"],
    ["TP.HCM", "Thành phố Hồ Chí Minh"],
    ["TP HCM", "Thành phố Hồ Chí Minh"],
    ["TPHCM", "Thành phố Hồ Chí Minh"],
    ["HCM", "Thành phố Hồ Chí Minh"],
    ["Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
    ["Tp. Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
    ["thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
    ["Sài Gòn", "Thành phố Hồ Chí Minh"],
    ["Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["BR-VT", "Bà Rịa - Vũng Tàu"],
    ["Thừa Thiên Huế", "Thừa Thiên Huế"],
    ["Thừa Thiên - Huế", "Thừa Thiên Huế"],
    ["Huế", "Thừa Thiên Huế"],
    ["TP Huế", "Thừa Thiên Huế"],
    ["Hòa Bình", "Hòa Bình"],
    ["Hoà Bình", "Hòa Bình"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["Đắk Lắk", "Đắk Lắk"],
    ["Đắc Lắc", "Đắk Lắk"],
    ["Dak Lak", "Đắk Lắk"],
    ["Daklak", "Đắk Lắk"],
    ["Đắk Nông", "Đắk Nông"],
    ["Dak Nong", "Đắk Nông"],
    ["Kon Tum", "Kon Tum"],
    ["Kontum", "Kon Tum"],
    ["Bắc Cạn", "Bắc Kạn"],
    ["TP. Cần Thơ", "Cần Thơ"],
    ["thành phố Hà Nội", "Hà Nội"],
    ["Thủ đô Hà Nội", "Hà Nội"],
    ["tỉnh Vĩnh Long (mới)", "Vĩnh Long"],
    ["Trà Vinh", "Trà Vinh"],
  ])("reads %j as %j", (text, expected) => {
    expect(canonicalProvince(text)).toBe(expected);
  });

  it.each(["", "   ", "Hà", "Miền Tây", "national", "Vũng Tàu Bà Rịa"])("does not recognise %j", (text) => {
    expect(canonicalProvince(text)).toBeUndefined();
  });

  it("recognises every canonical old name and every new name", () => {
    for (const name of PROVINCES_BEFORE_2025) expect(canonicalProvince(name)).toBe(name);
    for (const p of PROVINCES_FROM_2025) expect(canonicalProvince(p.name)).toBeDefined();
  });
});

describe("provinceOnDate: the province a plan names on its date", () => {
  it("takes Trà Vinh as a province on 2020-03-19", () => {
    expect(provinceOnDate("Trà Vinh", "2020-03-19")).toEqual({ name: "Trà Vinh", era: "before", status: "ok" });
  });

  it("reports Trà Vinh dissolved into Vĩnh Long on 2025-08-01", () => {
    expect(provinceOnDate("tỉnh Trà Vinh", "2025-08-01")).toEqual({
      name: "Trà Vinh",
      era: "from2025",
      status: "dissolved",
      successor: "Vĩnh Long",
    });
  });

  it("takes Vĩnh Long on 2025-08-01 as the new province with its three predecessors", () => {
    const r = provinceOnDate("Vĩnh Long", "2025-08-01");
    expect(r.status).toBe("ok");
    expect(r.era).toBe("from2025");
    expect(r.name).toBe("Vĩnh Long");
    expect([...(r.predecessors ?? [])].sort()).toEqual(["Bến Tre", "Trà Vinh", "Vĩnh Long"].sort());
  });

  it("switches era on 2025-07-01 itself, not the day before", () => {
    expect(provinceOnDate("Bình Dương", "2025-06-30").status).toBe("ok");
    expect(provinceOnDate("Bình Dương", "2025-07-01")).toMatchObject({
      status: "dissolved",
      successor: "Thành phố Hồ Chí Minh",
    });
  });

  it("takes Huế and Thừa Thiên Huế after 2025 as the unchanged city Huế", () => {
    for (const text of ["Huế", "Thừa Thiên Huế"]) {
      expect(provinceOnDate(text, "2025-09-01")).toEqual({
        name: "Huế",
        era: "from2025",
        status: "ok",
        predecessors: ["Thừa Thiên Huế"],
      });
    }
  });

  it("reports unrecognised text as unknown, as written", () => {
    expect(provinceOnDate(" Miền Tây ", "2020-01-01")).toEqual({ name: "Miền Tây", era: "before", status: "unknown" });
    expect(provinceOnDate("xyz", "2025-08-01").status).toBe("unknown");
  });
});

describe("provinceNormApplies: a provincial norm on a plan", () => {
  it("applies a 2019 Đồng Nai norm to a 2020 Đồng Nai plan", () => {
    expect(provinceNormApplies("Đồng Nai", "tỉnh Đồng Nai", "2020-05-01")).toBe("applies");
  });

  it("flags a 2019 Đồng Nai norm on a 2025-09-01 Đồng Nai plan as a predecessor's norm", () => {
    expect(provinceNormApplies("Đồng Nai", "Đồng Nai", "2025-09-01")).toBe("predecessor");
  });

  it("flags a Bình Phước norm on a 2025-09-01 Đồng Nai plan as a predecessor's norm", () => {
    expect(provinceNormApplies("Bình Phước", "Đồng Nai", "2025-09-01")).toBe("predecessor");
  });

  it("does not apply a Đồng Nai norm to a Tiền Giang plan of 2020", () => {
    expect(provinceNormApplies("Đồng Nai", "Tiền Giang", "2020-05-01")).toBe("no");
  });

  it("applies a Hà Nội norm after 2025, Hà Nội being unchanged", () => {
    expect(provinceNormApplies("Hà Nội", "TP Hà Nội", "2025-09-01")).toBe("applies");
  });

  it("applies a Thừa Thiên Huế norm to a 2025-09-01 plan of Huế", () => {
    expect(provinceNormApplies("Thừa Thiên Huế", "Huế", "2025-09-01")).toBe("applies");
  });

  it("does not apply a norm of another predecessor to a plan naming a dissolved province", () => {
    expect(provinceNormApplies("Trà Vinh", "Trà Vinh", "2025-09-01")).toBe("predecessor");
    expect(provinceNormApplies("Bến Tre", "Trà Vinh", "2025-09-01")).toBe("no");
  });

  it("does not apply anything to an unrecognised province", () => {
    expect(provinceNormApplies("Đồng Nai", "xyz", "2020-01-01")).toBe("no");
    expect(provinceNormApplies("national", "Đồng Nai", "2020-01-01")).toBe("no");
  });
});

describe("successorOf", () => {
  it.each([
    ["Trà Vinh", "Vĩnh Long"],
    ["Bình Dương", "Thành phố Hồ Chí Minh"],
    ["BR-VT", "Thành phố Hồ Chí Minh"],
    ["Kon Tum", "Quảng Ngãi"],
    ["Hà Giang", "Tuyên Quang"],
    ["Thừa Thiên Huế", "Huế"],
    ["Hà Nội", "Hà Nội"],
  ])("gives %j -> %j", (oldName, expected) => {
    expect(successorOf(oldName)).toBe(expected);
  });

  it("gives undefined for an unknown name", () => {
    expect(successorOf("xyz")).toBeUndefined();
  });
});
