import { money } from "../money/money";
import type { IsoDate } from "../dates/isoDate";
import { consolidate } from "./consolidate";
import { lineKey } from "./lineKey";
import type { UnitSummary } from "./unit";

function unit(file: string, province: string, date: string, activities: [string, string][], allocation?: string): UnitSummary {
  const acts = activities.map(([kind, amount], i) => ({
    row: i + 2,
    stt: String(i + 1),
    name: `Hoạt động ${i + 1}`,
    kind: kind as UnitSummary["activities"][number]["kind"],
    amount: money(amount),
    source: { sheet: "Kế hoạch", address: `M${i + 2}` },
  }));
  const line = { description: "Thiết kế, in, treo băng rôn", unit: "cái", normCode: "BR.BANGRON" };
  return {
    file,
    name: file,
    province,
    normsDate: date as IsoDate,
    normsDateAssumed: false,
    origin: "file",
    total: acts.reduce((s, a) => s.plus(a.amount), money(0)),
    totalSource: { sheet: "Kế hoạch", address: "M20" },
    allocation: allocation === undefined ? undefined : money(allocation),
    activities: acts,
    lines: acts.map((a) => ({ ...line, key: lineKey(line), quantity: money(1), amount: a.amount, sources: [a.source] })).slice(0, 1),
    errors: [],
    warnings: 0,
    notes: [],
  };
}

test("totals are the sums of the units' amounts to the đồng, by kind and by line", () => {
  const c = consolidate([
    unit(
      "a.xlsx",
      "Trà Vinh",
      "2020-03-19",
      [
        ["banner", "1000000.5"],
        ["conference", "2"],
      ],
      "5000000",
    ),
    unit("b.xlsx", "tỉnh Trà Vinh", "2020-03-19", [["banner", "0.5"]]),
  ]);
  expect(c.total.toFixed()).toBe("1000003");
  expect(c.allocation.toFixed()).toBe("5000000");
  expect(c.withoutAllocation).toBe(1);
  expect(c.byKind.map((k) => [k.kind, k.amount.toFixed(), k.activities, k.units])).toEqual([
    ["conference", "2", 1, 1],
    ["banner", "1000001", 2, 2],
  ]);
  expect(c.byLine).toHaveLength(1);
  expect(c.byLine[0].units).toBe(2);
  // One province however it is spelled, one day: nothing mixed.
  expect(c.findings).toEqual([]);
});

test("units under different provinces' or days' norms are said, never converted", () => {
  const c = consolidate([
    unit("a.xlsx", "Trà Vinh", "2020-03-19", [["banner", "1"]]),
    unit("b.xlsx", "Đồng Nai", "2019-04-02", [["banner", "2"]]),
  ]);
  expect(c.findings.map((f) => [f.severity, f.code])).toEqual([
    ["warning", "units-mixed-provinces"],
    ["warning", "units-mixed-norms-dates"],
  ]);
  expect(c.findings[0].message).toContain("(Đồng Nai: 1; Trà Vinh: 1)");
  expect(c.total.toFixed()).toBe("3");
});

test("lines are the same line when they price the same norm in the same unit of measure", () => {
  expect(lineKey({ normCode: "BR.BANGRON", description: "a", unit: "Cái" })).toBe(
    lineKey({ normCode: "BR.BANGRON", description: "b", unit: "cái" }),
  );
  expect(lineKey({ normCode: "BR.BANGRON", description: "a", unit: "chợ" })).not.toBe(
    lineKey({ normCode: "BR.BANGRON", description: "a", unit: "cái" }),
  );
  expect(lineKey({ description: "Thuê xe", unit: "chuyến" })).toBe(lineKey({ description: "thue xe", unit: "chuyen" }));
});
