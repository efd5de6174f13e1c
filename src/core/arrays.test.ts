import { append, maxOf, minOf, widest } from "./arrays";

describe("array helpers for a province's plan", () => {
  const many = Array.from({ length: 300_000 }, (_, i) => i);

  it("find the largest and smallest of 300.000 values, where a spread overflows the stack", () => {
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(299_999);
    expect(minOf(many)).toBe(0);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([], 7)).toBe(7);
  });

  it("append 300.000 items and measure the widest of 300.000 rows", () => {
    const list = [1];
    expect(append(list, many)).toHaveLength(300_001);
    expect(widest([[1], [1, 2, 3], []])).toBe(3);
    expect(widest(many.map(() => [0, 0]))).toBe(2);
  });
});
