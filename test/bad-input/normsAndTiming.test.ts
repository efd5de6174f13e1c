import { runEstimate } from "../../src/workbook/commands/estimate";
import { runCheck } from "../../src/workbook/commands/check";
import { HEADER, bannerRow, planOf, problems, runOn, workbookOf } from "./kit";

// Real .xlsx workbooks written and read back: slow on a shared machine. The tests assert behaviour, never time.
jest.setTimeout(60_000);

const NORMS_HEADER = ["Mã", "Nội dung chi", "Đơn vị tính", "Mức chi (đồng)", "Căn cứ"];

describe("bad input: the Định mức sheet, the timing, the plan's date", () => {
  test("a norm code that does not exist: unknown-norm-code at the code cell; the catalog's price is used", async () => {
    const o = await runOn(
      planOf([bannerRow()], HEADER, { "Định mức": [NORMS_HEADER, ["BR.BANGRONG", "Băng rôn", "cái", 300000, "Quyết định của Sở"]] }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual(["unknown-norm-code@A2"]);
    expect(o.result.estimate?.activities[0].lines[0].normCode).toBe("BR.BANGRON");
    expect(o.result.estimate?.activities[0].lines[0].unitCost.toFixed()).not.toBe("300000");
    expect(o.strayChanges).toEqual([]);
  });

  test("a Định mức override that is not a number (ba trăm nghìn): not-a-number at that cell; the catalog's price is used", async () => {
    const o = await runOn(
      planOf([bannerRow()], HEADER, {
        "Định mức": [NORMS_HEADER, ["BR.BANGRON", "Băng rôn", "cái", "ba trăm nghìn", "Quyết định của Sở"]],
      }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual(["not-a-number@D2"]);
    expect(o.result.estimate?.activities[0].lines[0].basis).not.toBe("Quyết định của Sở");
    expect(o.strayChanges).toEqual([]);
  });

  test("a Định mức override written as text (300.000 đ): used, and its Căn cứ is the plan's", async () => {
    const o = await runOn(
      planOf([bannerRow()], HEADER, { "Định mức": [NORMS_HEADER, ["BR.BANGRON", "Băng rôn", "cái", "300.000 đ", "Quyết định của Sở"]] }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.estimate?.activities[0].lines[0]).toMatchObject({ basis: "Quyết định của Sở" });
    expect(o.result.estimate?.activities[0].amount.toFixed()).toBe("3000000");
    expect(o.strayChanges).toEqual([]);
  });

  test("a Thời gian that cannot be read (Quý V): timing-unreadable at that cell; the check marks it and changes no value", async () => {
    const o = await runOn(planOf([bannerRow({ 7: "Quý V" })]), runCheck);
    expect(o.findings).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "timing-unreadable", sheet: "Kế hoạch", range: "H2" }),
    );
    expect(o.after.getWorksheet("Kế hoạch")!.getCell("H2").value).toBe("Quý V");
    expect(o.strayChanges).toEqual([]);
  });

  test("a Thời gian in words the add-in does not read (sang năm): timing-unreadable at that cell", async () => {
    const o = await runOn(planOf([bannerRow({ 7: "sang năm" })]), runCheck);
    expect(o.findings).toContainEqual(expect.objectContaining({ code: "timing-unreadable", range: "H2" }));
    expect(o.strayChanges).toEqual([]);
  });

  test("the plan's date typed as Excel's day number (43909): read as 19/03/2020, the norms of that date apply", async () => {
    const o = await runOn(
      workbookOf({
        "Thông tin": [
          ["Ngày", 43909],
          ["Tỉnh", "Trà Vinh"],
        ],
        "Kế hoạch": [HEADER, bannerRow()],
      }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.plan.info.date).toBe("2020-03-19");
    expect(o.result.estimate?.norms.date).toBe("2020-03-19");
    expect(o.strayChanges).toEqual([]);
  });

  test("the plan's date as a real date cell, and as words (ngày 19 tháng 3 năm 2020): both read", async () => {
    for (const date of [new Date(Date.UTC(2020, 2, 19)), "ngày 19 tháng 3 năm 2020"]) {
      const o = await runOn(
        workbookOf({
          "Thông tin": [
            ["Ngày", date],
            ["Tỉnh", "Trà Vinh"],
          ],
          "Kế hoạch": [HEADER, bannerRow()],
        }),
        runEstimate,
      );
      expect(problems(o.findings)).toEqual([]);
      expect(o.result.reading.plan.info.date).toBe("2020-03-19");
      expect(o.strayChanges).toEqual([]);
    }
  });

  test("a date that cannot be read (mùa xuân 2020): unreadable-date at that cell", async () => {
    const o = await runOn(
      workbookOf({
        "Thông tin": [
          ["Ngày", "mùa xuân 2020"],
          ["Tỉnh", "Trà Vinh"],
        ],
        "Kế hoạch": [HEADER, bannerRow()],
      }),
      runEstimate,
    );
    expect(o.findings).toContainEqual(expect.objectContaining({ code: "unreadable-date", sheet: "Thông tin", range: "B1" }));
    expect(o.strayChanges).toEqual([]);
  });
});
