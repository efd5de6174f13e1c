import { isoDate } from "../../src/core/dates/isoDate";
import { allocationSheet, check, codes, other, planBook, row, workbook, INFO, PLAN_HEADER } from "./workbook";

/*
 * Every check, on real .xlsx workbooks: one that trips it, one that passes.
 * Kế hoạch: row 1 the header, activities from row 2; I = Kinh phí kế hoạch,
 * J..M = Quý I..IV, N = Đơn giá. "Khác" rows are estimated at their stated amount.
 */

describe("grand total against the allocation (Phân bổ)", () => {
  const rows = [other("1", "Hoạt động A", 60000000), other("2", "Hoạt động B", 27000000)];

  it("passes when the plan uses the allocation exactly", async () => {
    const { result } = await check(await planBook(rows, allocationSheet(87000000)));
    expect(codes(result, "over-allocation")).toEqual([]);
    expect(codes(result, "under-allocation")).toEqual([]);
  });

  it("trips with an error stating the excess", async () => {
    const { result } = await check(await planBook(rows, allocationSheet(80000000)));
    expect(codes(result, "over-allocation")).toEqual([{ severity: "error", at: "Phân bổ!B4" }]);
    expect(result.findings.find((f) => f.code === "over-allocation")!.amounts).toEqual({
      allocation: "80000000",
      total: "87000000",
      excess: "7000000",
    });
  });

  it("trips with a warning stating what is left", async () => {
    const { result } = await check(await planBook(rows, allocationSheet(90000000)));
    expect(codes(result, "under-allocation")).toEqual([{ severity: "warning", at: "Phân bổ!B4" }]);
  });

  it("reads the allocation from a cell the user names", async () => {
    const book = await workbook({
      "Thông tin": [...INFO, ["Nguồn", "Sự nghiệp môi trường"], ["Ghi chú", 80000000]],
      "Kế hoạch": [PLAN_HEADER, ...rows],
    });
    const { result } = await check(book, { allocation: { cell: "Thông tin!B5" } });
    expect(codes(result, "over-allocation")).toEqual([{ severity: "error", at: "Thông tin!B5" }]);
  });
});

describe("stated totals against their parts", () => {
  const plan = (subtotal: number) => [
    row({ stt: "I", name: "Truyền thông", stated: subtotal }),
    other("1", "Hoạt động A", 600000),
    other("2", "Hoạt động B", 400000),
  ];

  it("passes when the group's subtotal is the sum of its rows", async () => {
    const { result } = await check(await planBook(plan(1000000)));
    expect(codes(result, "stated-sum-mismatch")).toEqual([]);
  });

  it("trips with an error at the subtotal's cell", async () => {
    const { result } = await check(await planBook(plan(1000001)));
    expect(codes(result, "stated-sum-mismatch")).toEqual([{ severity: "error", at: "Kế hoạch!I2" }]);
  });
});

describe("stated amounts against what the norms give", () => {
  // 10 banners x 600.000 (catalog estimate) = 6.000.000
  const banners = (stated: number) => [row({ stt: "1", name: "Treo băng rôn", kind: "Băng rôn", unit: "cái", quantity: 10, stated })];

  it("passes when the plan states what the norms give", async () => {
    const { result } = await check(await planBook(banners(6000000)));
    expect(codes(result, "stated-vs-norms")).toEqual([]);
  });

  it("trips with a warning (never an error) at the stated cell", async () => {
    const { result } = await check(await planBook(banners(5000000)));
    expect(codes(result, "stated-vs-norms")).toEqual([{ severity: "warning", at: "Kế hoạch!I2" }]);
  });
});

describe("Quý I..IV against the activity's amount", () => {
  it("passes when the quarters add up", async () => {
    const { result } = await check(await planBook([other("1", "A", 1000, { quarters: [250, 250, 250, 250] })]));
    expect(codes(result, "quarter-sum-mismatch")).toEqual([]);
  });

  it("trips with an error on the quarter cells", async () => {
    const { result } = await check(await planBook([other("1", "A", 1000, { quarters: [250, 250, 250, 251] })]));
    expect(codes(result, "quarter-sum-mismatch")).toEqual([{ severity: "error", at: "Kế hoạch!J2:M2" }]);
  });
});

describe("money against Thời gian", () => {
  it("passes when the money sits in the quarters Thời gian names", async () => {
    const { result } = await check(
      await planBook([other("1", "A", 300, { timing: "Quý II, III, IV/năm", quarters: [null, 100, 100, 100] })]),
    );
    expect(result.findings.filter((f) => f.code.startsWith("timing-") || f.code === "money-outside-timing")).toEqual([]);
  });

  it("trips with a warning on the quarter outside Thời gian", async () => {
    const { result } = await check(await planBook([other("1", "A", 300, { timing: "Quý II-IV/2024", quarters: [100, 100, 100, null] })]));
    expect(codes(result, "money-outside-timing")).toEqual([{ severity: "warning", at: "Kế hoạch!J2" }]);
  });

  it("says info for an empty Thời gian and warns, naming the cell, for an unreadable one", async () => {
    const { result } = await check(await planBook([other("1", "A", 100), other("2", "B", 100, { timing: "tuỳ tình hình" })]));
    expect(codes(result, "timing-empty")).toEqual([{ severity: "info", at: "Kế hoạch!H2" }]);
    expect(codes(result, "timing-unreadable")).toEqual([{ severity: "warning", at: "Kế hoạch!H3" }]);
  });
});

describe("a scheduled activity with no money in its quarters", () => {
  it("passes when a scheduled quarter holds money", async () => {
    const { result } = await check(
      await planBook([other("1", "A", 100, { timing: "tháng 6 năm 2019", quarters: [null, 100, null, null] })]),
    );
    expect(codes(result, "scheduled-without-money")).toEqual([]);
  });

  it("trips with a warning on the scheduled quarters' cells", async () => {
    const { result } = await check(await planBook([other("1", "A", 100, { timing: "Quý III", quarters: [0, 0, 0, 0] })]));
    expect(codes(result, "scheduled-without-money")).toEqual([{ severity: "warning", at: "Kế hoạch!L2" }]);
  });
});

describe("cumulative plan against cumulative allocation", () => {
  const rows = [other("1", "A", 400, { timing: "cả năm" })]; // phased 100 a quarter

  it("passes when each quarter's money is allocated in time", async () => {
    const { result } = await check(await planBook(rows, allocationSheet(400, [100, 100, 100, 100])));
    expect(codes(result, "cumulative-over-allocation")).toEqual([]);
  });

  it("trips with a warning at the quarter the plan runs ahead", async () => {
    const { result } = await check(await planBook(rows, allocationSheet(400, [0, 200, 100, 100])));
    expect(codes(result, "cumulative-over-allocation")).toEqual([{ severity: "warning", at: "Phân bổ!C4" }]);
  });
});

describe("year-end bunching", () => {
  const rows = [other("1", "A", 1000, { quarters: [100, 200, 200, 500] })];

  it("passes at or below the threshold", async () => {
    const { result } = await check(await planBook([other("1", "A", 1000, { quarters: [200, 200, 200, 400] })]));
    expect(codes(result, "year-end-bunching")).toEqual([]);
  });

  it("trips with a warning when Quý IV holds more than 40%", async () => {
    const { result } = await check(await planBook(rows));
    expect(codes(result, "year-end-bunching")).toEqual([{ severity: "warning", at: "Kế hoạch!M2" }]);
  });

  it("follows the user's threshold", async () => {
    const { result } = await check(await planBook(rows), { q4ThresholdPercent: 50 });
    expect(codes(result, "year-end-bunching")).toEqual([]);
  });
});

describe("unit costs above the legal maximum", () => {
  const NORMS_HEADER = ["Mã", "Nội dung chi", "Loại hoạt động", "Đơn vị tính", "Mức chi (đồng)", "Loại mức", "Căn cứ"];
  const perDiem = (value: number) => [
    "CT.LUUTRU",
    "Phụ cấp lưu trú",
    "study_tour",
    "người/ngày",
    value,
    "tối đa",
    "Quy chế chi tiêu nội bộ",
  ];
  const book = (norms: (string | number)[][], rows = [other("1", "A", 100)]) =>
    workbook({ "Thông tin": INFO, "Kế hoạch": [PLAN_HEADER, ...rows], "Định mức": [["ĐỊNH MỨC"], NORMS_HEADER, ...norms] });

  it("passes a Định mức row at the legal maximum", async () => {
    const { result } = await check(await book([perDiem(200000)]));
    expect(codes(result, "unit-cost-above-max")).toEqual([]);
  });

  it("trips with an error at the Định mức row above the maximum of K1 Đ6 TT 40/2017", async () => {
    const { result } = await check(await book([perDiem(250000)]));
    expect(codes(result, "unit-cost-above-max")).toEqual([{ severity: "error", at: "Định mức!E3" }]);
    expect(result.findings.find((f) => f.code === "unit-cost-above-max")!.message).toContain("K1 Đ6 TT 40/2017/TT-BTC");
  });

  it("trips with an error on a unit cost typed above the unit's declared maximum", async () => {
    const banners = [row({ stt: "1", name: "Treo băng rôn", kind: "Băng rôn", unit: "cái", quantity: 4, unitCost: 600000 })];
    const { result } = await check(
      await book([["BR.BANGRON", "Băng rôn", "banner", "cái", 500000, "tối đa", "Quyết định của UBND tỉnh"]], banners),
    );
    expect(codes(result, "unit-cost-above-max")).toEqual([{ severity: "error", at: "Kế hoạch!N2" }]);
  });
});

describe("actuals against plan", () => {
  // 400 planned over the year: 100 a quarter (phased); the Thực hiện table from row 7 of Phân bổ.
  const rows = [other("1", "Hoạt động A", 400, { timing: "Quý I - Quý IV" }), other("2", "Hoạt động B", 100, { timing: "Quý I" })];
  const withActuals = (a: (string | number | null)[], b: (string | number | null)[]) =>
    planBook(
      rows,
      allocationSheet(
        500,
        [],
        [
          ["1", "Hoạt động A", null, ...a],
          ["2", "Hoạt động B", null, ...b],
        ],
      ),
    );

  it("passes when spending follows the plan", async () => {
    const { result } = await check(await withActuals([100, 100, 90, null], [100, null, null, null]), { asOf: isoDate("2020-10-15") });
    for (const code of ["actual-over-plan", "actual-ahead-of-plan", "planned-nothing-spent"]) expect(codes(result, code)).toEqual([]);
  });

  it("trips overspending: an error for the year, a warning for running ahead of the quarters", async () => {
    const { result } = await check(await withActuals([300, null, null, null], [101, null, null, null]), { asOf: isoDate("2020-10-15") });
    expect(codes(result, "actual-over-plan")).toEqual([{ severity: "error", at: "Phân bổ!D9:G9" }]);
    expect(codes(result, "actual-ahead-of-plan")).toEqual([{ severity: "warning", at: "Phân bổ!D8" }]);
  });

  it("reports the cumulative disbursement rate of each ended quarter", async () => {
    const { result } = await check(await withActuals([100, 50, null, null], [100, null, null, null]), { asOf: isoDate("2020-07-01") });
    expect(codes(result, "disbursement-rate")).toEqual([
      { severity: "info", at: "Phân bổ!D7" },
      { severity: "info", at: "Phân bổ!E7" },
    ]);
    expect(result.findings.filter((f) => f.code === "disbursement-rate").map((f) => f.amounts!.ratePercent)).toEqual(["100", "83.33"]);
  });

  it("reports no rate before the first quarter ends", async () => {
    const { result } = await check(await withActuals([10, null, null, null], [null, null, null, null]), { asOf: isoDate("2020-02-01") });
    expect(codes(result, "disbursement-rate")).toEqual([]);
  });

  it("trips on an activity planned in a past quarter with nothing spent, as of the date", async () => {
    const book = await withActuals([100, null, null, null], [null, null, null, null]);
    const { result } = await check(book, { asOf: isoDate("2020-04-01") });
    expect(codes(result, "planned-nothing-spent")).toEqual([{ severity: "warning", at: "Phân bổ!B9" }]);
  });
});
