import { formatYears, parseYears, periodInText, periodYears, yearsInText } from "./years";

describe("the years of a Năm cell", () => {
  it.each([
    ["2018", [2018]],
    [2018, [2018]],
    ["2016-2020", [2016, 2017, 2018, 2019, 2020]],
    ["2016 – 2020", [2016, 2017, 2018, 2019, 2020]],
    ["năm 2017 - 2018", [2017, 2018]],
    ["2017, 2019", [2017, 2019]],
    ["2017 và 2019", [2017, 2019]],
    ["2019; 2017", [2017, 2019]],
    ["2017 đến 2018", [2017, 2018]],
  ])("reads %p as %p", (text, years) => expect(parseYears(text)).toEqual(years));

  it.each(["", "hằng năm", "18", "2020-2016", "Quý II/2018", "3000", "2018a"])("does not take %p for years", (text) =>
    expect(parseYears(text)).toBeUndefined(),
  );

  it("writes consecutive years as a range and others as a list", () => {
    expect(formatYears([2016, 2017, 2018])).toBe("2016-2018");
    expect(formatYears([2017, 2019])).toBe("2017, 2019");
    expect(formatYears([2018])).toBe("2018");
  });
});

describe("the period a plan's title names", () => {
  it.each([
    ["Kế hoạch hành động áp dụng sản xuất sạch hơn trong công nghiệp trên địa bàn tỉnh Hà Giang giai đoạn 2016 - 2020", 2016, 2020],
    ["Kế hoạch bảo vệ môi trường giai đoạn 2021-2025", 2021, 2025],
    ["Chương trình thời kỳ 2021 – 2030", 2021, 2030],
    ["Kế hoạch 2016 - 2020 về sản xuất sạch hơn", 2016, 2020],
  ])("%p covers %p-%p", (title, from, to) => expect(periodInText(title)).toEqual({ from, to }));

  it.each(["Kế hoạch tuyên truyền năm 2020", "Kế hoạch số 1419/QĐ-TTg", "Chiến lược sản xuất sạch hơn đến năm 2020", undefined])(
    "%p names no period",
    (title) => expect(periodInText(title)).toBeUndefined(),
  );

  it("lists the years of a period", () => expect(periodYears({ from: 2016, to: 2020 })).toEqual([2016, 2017, 2018, 2019, 2020]));
});

describe("the years a timing text names", () => {
  it.each([
    ["(Thời gian dự kiến thực hiện: tháng 6 năm 2017)", [2017]],
    ["năm 2017-2018", [2017, 2018]],
    ["Quý II/2018", [2018]],
    ["tháng 6 năm 2017 và tháng 11 năm 2018", [2017, 2018]],
    ["2019 - 2020", [2019, 2020]],
  ])("%p names %p", (text, years) => expect(yearsInText(text)).toEqual(years));

  it.each(["Quý II - Quý IV", "hằng quý", "6 tháng cuối năm", undefined])("%p names no year", (text) =>
    expect(yearsInText(text)).toBeUndefined(),
  );
});
