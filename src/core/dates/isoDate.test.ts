import { dateFromSerial, dateOf, dayBefore, formatDmy, isDateText, parseDate } from "./isoDate";

const read = (text: string) => {
  const r = parseDate(text);
  return r.ok ? r.date : `error: ${r.reasonEn}`;
};

describe("one reader for every date the product is given", () => {
  it.each([
    ["19/03/2020", "2020-03-19"],
    ["19/3/2020", "2020-03-19"],
    ["9/3/2020", "2020-03-09"],
    ["2020-03-19", "2020-03-19"],
    ["19-03-2020", "2020-03-19"],
    ["19.03.2020", "2020-03-19"],
    ["ngày 19 tháng 3 năm 2020", "2020-03-19"],
    ["Ngày 02 tháng 4 năm 2019", "2019-04-02"],
    ["Trà Vinh, ngày 19 tháng 3 năm 2020", "2020-03-19"],
    ["ngay 19 thang 3 nam 2020", "2020-03-19"],
    ["  29/02/2024 ", "2024-02-29"],
  ])("reads %s as %s", (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it.each([
    ["abc", /is not a date/],
    ["2020-02-30", /does not exist/],
    ["29/02/2023", /does not exist/],
    ["31/04/2020", /does not exist/],
    ["13/13/2020", /does not exist/],
    ["19/03/1850", /outside 1990–2100/],
    ["ngày tháng năm 2023", /is not a date/],
    ["19/03/2020 abc", /is not a date/],
    ["", /is not a date/],
  ])("refuses %s, saying why", (text, why) => {
    expect(read(text)).toMatch(why);
    const r = parseDate(text);
    if (!r.ok) expect(r.reason).not.toBe("");
  });

  it("reads Excel's day numbers (43909 = 19/03/2020) within the product's years only", () => {
    expect(dateFromSerial(43909)).toBe("2020-03-19");
    expect(dateFromSerial(12)).toBeUndefined();
    expect(dateFromSerial(43909.5)).toBeUndefined();
  });

  it("dates compare as the calendar does, and print as officers write them", () => {
    const a = dateOf(2017, 6, 30)!;
    const b = dateOf(2017, 7, 1)!;
    expect(a < b).toBe(true);
    expect(dayBefore(b)).toBe(a);
    expect(formatDmy(b)).toBe("01/07/2017");
    expect(isDateText("Đồng Nai, ngày 02 tháng 4 năm 2019")).toBe(true);
    expect(isDateText("Kế hoạch năm 2019")).toBe(false);
  });
});
