import { money } from "./money";
import { DEFAULT_ROUNDING, parseRoundingRule, roundAmount } from "./rounding";

const round = (value: string, rule: "dong" | "thousand") => roundAmount(money(value), rule).toFixed();

describe("roundAmount to the đồng, half up", () => {
  it.each([
    ["1499.5", "1500"],
    ["1499.49", "1499"],
    ["1499.4999999", "1499"],
    ["0.5", "1"],
    ["0.4", "0"],
    ["1500", "1500"],
    ["3086417.5", "3086418"],
    // half up means half away from zero: the negative mirrors the positive
    ["-1499.5", "-1500"],
    ["-1499.4", "-1499"],
  ])("%s -> %s", (value, expected) => {
    expect(round(value, "dong")).toBe(expected);
  });
});

describe("roundAmount to the thousand đồng, half up", () => {
  it.each([
    ["1500", "2000"],
    ["2499", "2000"],
    ["2500", "3000"],
    ["2499.999", "2000"],
    ["499.999", "0"],
    ["500", "1000"],
    ["87000000", "87000000"],
    ["3086417.5", "3086000"],
    ["64800000", "64800000"],
    ["-1500", "-2000"],
    ["-2499", "-2000"],
  ])("%s -> %s", (value, expected) => {
    expect(round(value, "thousand")).toBe(expected);
  });
});

describe("roundAmount leaves rounded amounts as they are", () => {
  it("is idempotent under both rules", () => {
    for (const v of ["0", "1", "999", "1000", "1499.5", "123456789.987"]) {
      for (const rule of ["dong", "thousand"] as const) {
        const once = roundAmount(money(v), rule);
        expect(roundAmount(once, rule).toFixed()).toBe(once.toFixed());
      }
    }
  });

  it("does not lose precision on large amounts", () => {
    expect(round("123456789012345678.5", "dong")).toBe("123456789012345679");
    expect(round("123456789012345500", "thousand")).toBe("123456789012346000");
  });
});

describe("parseRoundingRule", () => {
  it.each([
    ["dong", "dong"],
    ["đồng", "dong"],
    ["1", "dong"],
    ["thousand", "thousand"],
    ["nghìn", "thousand"],
    ["ngàn", "thousand"],
    ["1000", "thousand"],
    [" Thousand ", "thousand"],
  ])("%j -> %s", (text, rule) => {
    expect(parseRoundingRule(text)).toBe(rule);
  });

  it("leaves an absent rule to the default, the đồng", () => {
    expect(parseRoundingRule(undefined)).toBeUndefined();
    expect(DEFAULT_ROUNDING).toBe("dong");
  });

  it("refuses an unknown rule", () => {
    expect(parseRoundingRule("hundred")).toBeUndefined();
    expect(parseRoundingRule("")).toBeUndefined();
  });
});
