import { activity, brief, input, plan } from "../../../test/checks/kit";
import { checkTimingQuarters } from "./timingQuarters";

describe("money against Thời gian", () => {
  it("accepts money inside the quarters Thời gian names", () => {
    const a = activity({ row: 3, stated: "300", timing: "Quý II - Quý IV", quarters: [undefined, "100", "100", "100"] });
    expect(checkTimingQuarters(input(plan([a])))).toEqual([]);
  });

  it("warns on each quarter cell holding money outside Thời gian", () => {
    const a = activity({ row: 3, stated: "300", timing: "Quý II, III/2020", quarters: ["100", "100", "100", "0"] });
    const findings = checkTimingQuarters(input(plan([a])));
    expect(brief(findings)).toEqual([{ severity: "warning", code: "money-outside-timing", range: "L3" }]);
    expect(findings[0].amounts).toEqual({ amount: "100" });
  });

  it("reads months: money in Quý I for 'tháng 6 năm 2019' is outside", () => {
    const a = activity({ row: 3, stated: "100", timing: "tháng 6 năm 2019", quarters: ["100", undefined, undefined, undefined] });
    expect(brief(checkTimingQuarters(input(plan([a]))))).toEqual([{ severity: "warning", code: "money-outside-timing", range: "L3" }]);
  });

  it("says an empty Thời gian puts no constraint (info)", () => {
    const a = activity({ row: 3, stated: "100" });
    const [f] = checkTimingQuarters(input(plan([a])));
    expect(brief([f])).toEqual([{ severity: "info", code: "timing-empty", range: "H3" }]);
  });

  it("warns, naming the cell, when Thời gian cannot be read", () => {
    const a = activity({ row: 3, stated: "100", timing: "sau khi có kinh phí" });
    const [f] = checkTimingQuarters(input(plan([a])));
    expect(brief([f])).toEqual([{ severity: "warning", code: "timing-unreadable", range: "H3" }]);
    expect(f.message).toContain("sau khi có kinh phí");
  });
});

describe("a plan without a Thời gian column", () => {
  it("says so once, without marking every row", () => {
    const rows = [activity({ row: 3, stated: "100" }), activity({ row: 4, stated: "100" })].map((a) => ({
      ...a,
      cells: { ...a.cells, timing: undefined },
    }));
    const findings = checkTimingQuarters(input(plan(rows)));
    expect(findings.map((f) => [f.severity, f.code, f.range])).toEqual([["info", "timing-column-missing", undefined]]);
  });
});
