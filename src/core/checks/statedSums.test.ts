import { money } from "../money/money";
import { activity, group, input, plan } from "../../../test/checks/kit";
import { checkStatedSums } from "./statedSums";

/** The Trà Vinh shape: group 1 (row 2) = rows 3..5, activity 2 (row 6), Tổng cộng on row 7. */
function traVinh(figures: Partial<Record<"I2" | "I3" | "I4" | "I5" | "I6" | "I7", string>> = {}) {
  const f = { I2: "75200000", I3: "20800000", I4: "52000000", I5: "2400000", I6: "11800000", I7: "87000000", ...figures };
  const p = plan(
    [
      activity({ row: 3, stated: f.I3, group: 0 }),
      activity({ row: 4, stated: f.I4, group: 0 }),
      activity({ row: 5, stated: f.I5, group: 0 }),
      activity({ row: 6, stated: f.I6 }),
    ],
    [group(2, f.I2, { stt: "1", depth: 1 })],
  );
  return input(p, { estimate: null, statedTotals: [{ amount: money(f.I7), cell: { sheet: "Kế hoạch", address: "I7" } }] });
}

describe("stated totals against what their parts add up to", () => {
  it("reconciles 20.800.000 + 52.000.000 + 2.400.000 = 75.200.000 and 75.200.000 + 11.800.000 = 87.000.000", () => {
    expect(checkStatedSums(traVinh())).toEqual([]);
  });

  it.each([
    ["I3", "20800001", "I2", "75200000", "75200001"],
    ["I4", "52000001", "I2", "75200000", "75200001"],
    ["I5", "2400001", "I2", "75200000", "75200001"],
    ["I2", "75200001", "I2", "75200001", "75200000"],
    ["I6", "11800001", "I7", "87000000", "87000001"],
    ["I7", "87000001", "I7", "87000001", "87000000"],
  ] as const)("one đồng more in %s is exactly one mismatch, at %s", (cell, value, at, stated, parts) => {
    const findings = checkStatedSums(traVinh({ [cell]: value }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", code: "stated-sum-mismatch", sheet: "Kế hoạch", range: at });
    expect(findings[0].amounts).toEqual({ stated, parts, difference: money(stated).minus(parts).toFixed() });
  });

  it("names the parts' cells in the message", () => {
    const [f] = checkStatedSums(traVinh({ I3: "20800001" }));
    expect(f.message).toContain("I3 + I4 + I5");
    expect(f.message).toContain("75.200.001");
  });

  it("leaves a total alone when one of its parts states no amount", () => {
    const p = plan([activity({ row: 3, stated: "10" }), activity({ row: 4 })]);
    expect(
      checkStatedSums(input(p, { estimate: null, statedTotals: [{ amount: money("99"), cell: { sheet: "Kế hoạch", address: "I5" } }] })),
    ).toEqual([]);
  });

  it("counts a sub-group without a stated subtotal as its parts", () => {
    const p = plan(
      [activity({ row: 3, stated: "10", group: 1 }), activity({ row: 4, stated: "5", group: 1 })],
      [group(1, "15", { stt: "I", depth: 0 }), group(2, undefined, { stt: "1", depth: 1, parent: 0 })],
    );
    expect(checkStatedSums(input(p, { estimate: null }))).toEqual([]);
  });
});
