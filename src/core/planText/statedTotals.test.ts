import { money } from "../money/money";
import type { ImportedActivity, ImportedGroup } from "./parsePlanText";
import { checkStatedTotals } from "./statedTotals";

const a = (stt: string, group: string | undefined, amount?: string): ImportedActivity => ({
  stt,
  label: stt,
  name: stt,
  kind: "other",
  kindGuessed: true,
  quarters: [],
  sourceLine: 1,
  ...(group ? { group } : {}),
  ...(amount ? { statedAmount: money(amount) } : {}),
});

describe("checkStatedTotals", () => {
  const groups: ImportedGroup[] = [{ stt: "I", name: "Truyền thông", depth: 0, statedAmount: money("75200000") }];

  it("is silent when the parts add up", () => {
    expect(
      checkStatedTotals([a("1", "I", "20800000"), a("2", "I", "54400000"), a("3", undefined, "11800000")], groups, money("87000000")),
    ).toEqual([]);
  });

  it("reports a subtotal and a total that do not add up", () => {
    const f = checkStatedTotals(
      [a("1", "I", "20800000"), a("2", "I", "50000000"), a("3", undefined, "11800000")],
      groups,
      money("90000000"),
    );
    expect(f.map((x) => [x.code, x.amounts])).toEqual([
      ["group-amount-mismatch", { stated: "75200000", sum: "70800000" }],
      ["total-mismatch", { stated: "90000000", sum: "87000000" }],
    ]);
  });

  it("does not call a missing amount a mismatch", () => {
    expect(checkStatedTotals([a("1", "I", "20800000"), a("2", "I")], groups, money("75200000"))).toEqual([]);
    const unstated: ImportedGroup[] = [{ stt: "I", name: "Truyền thông", depth: 0 }];
    expect(checkStatedTotals([a("1", "I", "20800000"), a("2", "I")], unstated, money("1"))).toEqual([]);
  });
});
