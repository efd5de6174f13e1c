import { formatQuarters, parseTiming, type Timing } from "./timing";

describe("parseTiming", () => {
  const cases: ReadonlyArray<readonly [string, Timing]> = [
    // as the seed plans write it
    ["Quý I - Quý IV/2020", { kind: "quarters", quarters: [1, 2, 3, 4], year: 2020 }],
    ["Quý I- Quý IV.", { kind: "quarters", quarters: [1, 2, 3, 4] }],
    ["Quý II - Quý IV", { kind: "quarters", quarters: [2, 3, 4] }],
    ["Quý I - Quý IV.", { kind: "quarters", quarters: [1, 2, 3, 4] }],
    ["Quý II, III, IV/năm", { kind: "quarters", quarters: [2, 3, 4] }],
    ["Quý II, III, IV/năm.", { kind: "quarters", quarters: [2, 3, 4] }],
    ["Quý II-IV/2024", { kind: "quarters", quarters: [2, 3, 4], year: 2024 }],
    // other ways of writing quarters
    ["Quý 2 - Quý 4", { kind: "quarters", quarters: [2, 3, 4] }],
    ["Quý III", { kind: "quarters", quarters: [3] }],
    ["quý 1 và quý 3", { kind: "quarters", quarters: [1, 3] }],
    ["Quý I, Quý III", { kind: "quarters", quarters: [1, 3] }],
    ["Từ Quý II đến Quý IV năm 2024", { kind: "quarters", quarters: [2, 3, 4], year: 2024 }],
    ["Quý IV năm 2020", { kind: "quarters", quarters: [4], year: 2020 }],
    ["Quý IV 2020", { kind: "quarters", quarters: [4], year: 2020 }],
    ["Q2 - Q4", { kind: "quarters", quarters: [2, 3, 4] }],
    ["QUÝ II – QUÝ III", { kind: "quarters", quarters: [2, 3] }],
    ["Tiến độ thực hiện: Quý II, III, IV/năm.", { kind: "quarters", quarters: [2, 3, 4] }],
    ["Quy II - Quy IV", { kind: "quarters", quarters: [2, 3, 4] }],
    // months
    ["tháng 6 năm 2019", { kind: "quarters", quarters: [2], months: [6], year: 2019 }],
    ["tháng 5", { kind: "quarters", quarters: [2], months: [5] }],
    ["trong tháng 11", { kind: "quarters", quarters: [4], months: [11] }],
    ["tháng 3 - tháng 7", { kind: "quarters", quarters: [1, 2, 3], months: [3, 4, 5, 6, 7] }],
    ["Tháng 6/2019", { kind: "quarters", quarters: [2], months: [6], year: 2019 }],
    ["tháng 10, 11", { kind: "quarters", quarters: [4], months: [10, 11] }],
    ["từ tháng 3 đến tháng 4", { kind: "quarters", quarters: [1, 2], months: [3, 4] }],
    // halves of the year
    ["6 tháng đầu năm", { kind: "quarters", quarters: [1, 2] }],
    ["6 tháng cuối năm", { kind: "quarters", quarters: [3, 4] }],
    ["6 tháng cuối năm 2020", { kind: "quarters", quarters: [3, 4], year: 2020 }],
    // the whole year
    ["cả năm", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    ["Trong năm", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    ["năm 2020", { kind: "whole-year", quarters: [1, 2, 3, 4], year: 2020 }],
    ["hàng năm", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    ["hằng năm", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    ["Thường xuyên", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    ["Hằng tháng", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    ["mỗi tháng", { kind: "whole-year", quarters: [1, 2, 3, 4] }],
    // nothing written
    ["", { kind: "empty" }],
    ["   \t ", { kind: "empty" }],
    // not a timing
    ["Sở Công Thương", { kind: "unreadable", text: "Sở Công Thương" }],
    ["Quý V", { kind: "unreadable", text: "Quý V" }],
    ["Quý IV - Quý II", { kind: "unreadable", text: "Quý IV - Quý II" }],
    ["tháng 13", { kind: "unreadable", text: "tháng 13" }],
    ["quý 2 và tháng 7", { kind: "unreadable", text: "quý 2 và tháng 7" }],
    ["Quý II -", { kind: "unreadable", text: "Quý II -" }],
    ["sau khi có kinh phí", { kind: "unreadable", text: "sau khi có kinh phí" }],
  ];

  it.each(cases)("reads %j", (text, expected) => {
    expect(parseTiming(text)).toEqual(expected);
  });

  it("treats undefined as empty", () => {
    expect(parseTiming(undefined)).toEqual({ kind: "empty" });
  });

  it("reads decomposed Unicode as composed", () => {
    const composed = "Quý II, III, IV/năm";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(parseTiming(decomposed)).toEqual(parseTiming(composed));
    expect(parseTiming("tháng 6 năm 2019".normalize("NFD"))).toEqual({
      kind: "quarters",
      quarters: [2],
      months: [6],
      year: 2019,
    });
  });

  it("reads every Thời gian written in the seed plans", () => {
    const seen = ["Quý I - Quý IV/2020", "Quý I- Quý IV.", "Quý II - Quý IV", "Quý I - Quý IV.", "Quý II, III, IV/năm.", "Quý II-IV/2024"];
    for (const text of seen) expect(parseTiming(text).kind).toBe("quarters");
  });
});

describe("formatQuarters", () => {
  it.each([
    [[2, 3, 4], "Quý II - Quý IV"],
    [[1, 2, 3, 4], "Quý I - Quý IV"],
    [[1, 3], "Quý I, III"],
    [[1, 2, 4], "Quý I, II, IV"],
    [[3], "Quý III"],
    [[4, 2, 3, 3], "Quý II - Quý IV"],
    [[], ""],
  ] as const)("formats %j", (quarters, expected) => {
    expect(formatQuarters(quarters)).toBe(expected);
  });

  it("round-trips through parseTiming", () => {
    for (const q of [[1], [2, 3], [1, 3], [1, 2, 4], [2, 3, 4]] as const) {
      const t = parseTiming(formatQuarters(q));
      expect(t.kind === "quarters" ? t.quarters : undefined).toEqual(q);
    }
  });
});
