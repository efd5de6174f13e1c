import { runEstimate } from "../../src/workbook/commands/estimate";
import { bannerRow, planOf, problems, runOn } from "./kit";

// Real .xlsx workbooks written and read back: slow on a shared machine. The tests assert behaviour, never time.
jest.setTimeout(60_000);

const quantities = (o: Awaited<ReturnType<typeof runOn<Awaited<ReturnType<typeof runEstimate>>>>>) =>
  o.result.reading.plan.activities.map((a) => a.quantity?.toFixed());
const stated = (o: Awaited<ReturnType<typeof runOn<Awaited<ReturnType<typeof runEstimate>>>>>) =>
  o.result.reading.plan.activities.map((a) => a.statedAmount?.toFixed());

describe("bad input: numbers as officers type them", () => {
  test("text numbers in the Vietnamese convention (2.000, 2,5, 1.234.567 đồng): read exactly, no finding", async () => {
    const o = await runOn(planOf([bannerRow({ 4: "2.000" }), bannerRow({ 4: "2,5" }), bannerRow({ 8: "1.234.567 đồng" })]), runEstimate);
    expect(problems(o.findings)).toEqual([]);
    expect(quantities(o)).toEqual(["2000", "2.5", "10"]);
    expect(stated(o)).toEqual([undefined, undefined, "1234567"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("text numbers in the English convention (2,000, 2.5, 1,234,567): read exactly, no finding", async () => {
    const o = await runOn(planOf([bannerRow({ 4: "2,000" }), bannerRow({ 4: "2.5" }), bannerRow({ 8: "1,234,567" })]), runEstimate);
    expect(problems(o.findings)).toEqual([]);
    expect(quantities(o)).toEqual(["2000", "2.5", "10"]);
    expect(stated(o)).toEqual([undefined, undefined, "1234567"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("amounts written with a no-break space or narrow no-break space between thousands, and in triệu: read", async () => {
    const o = await runOn(
      planOf([
        bannerRow({ 8: "1\u00a0234\u00a0567" }),
        bannerRow({ 8: "20\u202f000\u202f000 đ" }),
        bannerRow({ 8: "20,8 triệu" }),
        bannerRow({ 8: "87.000.000đ" }),
      ]),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(stated(o)).toEqual(["1234567", "20000000", "20800000", "87000000"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("words in a number cell (hai): not-a-number at that cell, never a silent 0", async () => {
    const o = await runOn(planOf([bannerRow({ 4: "hai" })]), runEstimate);
    expect(problems(o.findings)).toEqual(["not-a-number@E2", "missing-quantity@E2"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a malformed grouping (1.23.4) in Kinh phí kế hoạch: not-a-number at that cell", async () => {
    const o = await runOn(planOf([bannerRow({ 8: "1.23.4" })]), runEstimate);
    expect(problems(o.findings)).toEqual(["not-a-number@I2"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a negative and a zero quantity: invalid-quantity at each cell, nothing priced for them", async () => {
    const o = await runOn(planOf([bannerRow({ 4: -5 }), bannerRow({ 0: "2", 4: 0 }), bannerRow({ 0: "3" })]), runEstimate);
    expect(problems(o.findings)).toEqual(["invalid-quantity@E2", "invalid-quantity@E3"]);
    const amounts = o.result.estimate!.activities.map((a) => a.amount.toFixed());
    expect(amounts[0]).toBe("0");
    expect(amounts[1]).toBe("0");
    expect(amounts[2]).not.toBe("0");
    expect(o.strayChanges).toEqual([]);
  });

  test("a quantity of 10^15: number-too-large at that cell, not an amount Excel would round", async () => {
    const o = await runOn(planOf([bannerRow({ 4: 1e15 })]), runEstimate);
    expect(problems(o.findings)).toEqual(["number-too-large@E2", "missing-quantity@E2"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("error values #REF!, #DIV/0!, #N/A in Số lượng, Số người, Kinh phí kế hoạch: error-value at each cell", async () => {
    const o = await runOn(
      planOf([
        bannerRow({ 4: { error: "#REF!" } }),
        bannerRow({ 0: "2", 1: "Hội nghị tuyên truyền", 2: "Hội nghị", 4: 1, 5: { error: "#DIV/0!" }, 6: 1 }),
        bannerRow({ 0: "3", 8: { error: "#N/A" } }),
      ]),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([
      "error-value@E2",
      "error-value@F3",
      "error-value@I4",
      "missing-quantity@E2",
      "missing-participants@F3",
    ]);
    expect(o.findings.find((f) => f.range === "F3" && f.code === "error-value")!.message).toContain("#DIV/0!");
    expect(o.strayChanges).toEqual([]);
  });

  test("an error a formula returns (=1/0 in Số lượng): error-value at that cell", async () => {
    const o = await runOn(planOf([bannerRow({ 4: { formula: "1/0", result: { error: "#DIV/0!" } } })]), runEstimate);
    expect(problems(o.findings)).toEqual(["error-value@E2", "missing-quantity@E2"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("formulas in input cells: their calculated value is used, and the formulas stay", async () => {
    const o = await runOn(
      planOf([bannerRow({ 4: { formula: "2*20", result: 40 }, 8: { formula: "E2*200000", result: 8000000 } })]),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(quantities(o)).toEqual(["40"]);
    expect(stated(o)).toEqual(["8000000"]);
    expect(o.after.getWorksheet("Kế hoạch")!.getCell("E2").formula).toBe("2*20");
    expect(o.strayChanges).toEqual([]);
  });

  test("a formula never calculated (a file saved by a program that does not calculate): formula-not-calculated at that cell", async () => {
    const o = await runOn(planOf([bannerRow({ 4: { formula: "2*20" } })]), runEstimate);
    expect(problems(o.findings)).toEqual(["formula-not-calculated@E2", "missing-quantity@E2"]);
    expect(o.findings[0].message).toContain("=2*20");
    expect(o.strayChanges).toEqual([]);
  });

  test("TRUE and a date in a number cell: not-a-number at each cell", async () => {
    const o = await runOn(planOf([bannerRow({ 4: true }), bannerRow({ 0: "2", 4: new Date(Date.UTC(2020, 1, 3)) })]), runEstimate);
    expect(problems(o.findings)).toEqual(["not-a-number@E2", "not-a-number@E3", "missing-quantity@E2", "missing-quantity@E3"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a dash or spaces in a number cell mean empty: the quantity is missing, not an error in the cell", async () => {
    const o = await runOn(planOf([bannerRow({ 4: "-" }), bannerRow({ 0: "2", 4: "   " })]), runEstimate);
    expect(problems(o.findings)).toEqual(["missing-quantity@E2", "missing-quantity@E3"]);
    expect(o.strayChanges).toEqual([]);
  });
});
