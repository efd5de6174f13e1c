import fc from "fast-check";
import { money, sum } from "../money/money";
import type { Quarter } from "../plan/plan";
import { spreadOverQuarters } from "./spread";

const strings = (values: { toFixed(): string }[]) => values.map((v) => v.toFixed());

describe("spreading an activity's amount over its quarters", () => {
  it("splits evenly when the amount divides", () => {
    expect(strings(spreadOverQuarters(money("43400000"), [1, 2, 3, 4]))).toEqual(["10850000", "10850000", "10850000", "10850000"]);
  });

  it("puts the rounding remainder in the last scheduled quarter", () => {
    // 2.400.001 / 3 = 800.000,33: 800.000 + 800.000 + 800.001
    expect(strings(spreadOverQuarters(money("2400001"), [2, 3, 4]))).toEqual(["0", "800000", "800000", "800001"]);
  });

  it("leaves unscheduled quarters at zero, even in a gap", () => {
    expect(strings(spreadOverQuarters(money("1000"), [1, 3]))).toEqual(["500", "0", "500", "0"]);
  });

  it("puts everything in a single scheduled quarter", () => {
    expect(strings(spreadOverQuarters(money("7"), [4]))).toEqual(["0", "0", "0", "7"]);
  });

  it("splits to the thousand when asked, the remainder still exact", () => {
    expect(strings(spreadOverQuarters(money("10000000"), [1, 2, 3], 1000))).toEqual(["3333000", "3333000", "3334000", "0"]);
  });

  it("gives zeros when nothing is scheduled", () => {
    expect(strings(spreadOverQuarters(money("5"), []))).toEqual(["0", "0", "0", "0"]);
  });

  it("always adds up to the amount, to the đồng, with no negative share", () => {
    const quarterSets = fc.subarray([1, 2, 3, 4] as Quarter[], { minLength: 1 });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), quarterSets, (n, qs) => {
        const amount = money(n.toString());
        const split = spreadOverQuarters(amount, qs);
        expect(sum(split).eq(amount)).toBe(true);
        expect(split.every((v) => !v.isNegative() && v.isInteger())).toBe(true);
        const shares = qs.map((q) => split[q - 1]);
        // even: shares differ by less than the number of quarters (the remainder)
        const max = shares.reduce((a, b) => (a.gt(b) ? a : b));
        const min = shares.reduce((a, b) => (a.lt(b) ? a : b));
        expect(max.minus(min).lt(qs.length)).toBe(true);
      }),
    );
  });
});
