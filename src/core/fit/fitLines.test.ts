import type { CapType } from "../norms/norm";
import { money } from "../money/money";
import type { LineItem } from "../recipes";
import { fitLines, lawfulRange, ROUNDING_LINE } from "./fitLines";

/** A line priced at its norm: quantity x unit cost, to the đồng. */
function line(description: string, quantity: string, unitCost: string, cap: CapType): LineItem {
  const q = money(quantity);
  const u = money(unitCost);
  return { description, unit: "đv", quantity: q, unitCost: u, amount: q.times(u).toDecimalPlaces(0), basis: "b", status: "estimate", cap };
}

const table = (lines: readonly LineItem[]) =>
  lines.map((l) => [l.description, l.quantity.toFixed(), l.unitCost.toFixed(), l.amount.toFixed()]);

/** The Trà Vinh conference without meal support: hall, decoration, documents by quote; water and speakers capped. */
const conference = [
  line("hall", "2", "3000000", "actual"), //      6.000.000
  line("decoration", "2", "500000", "actual"), // 1.000.000
  line("documents", "120", "30000", "actual"), // 3.600.000
  line("water", "120", "40000", "max"), //        4.800.000
  line("speakers", "4", "1000000", "max"), //     4.000.000
]; // = 19.400.000

describe("fitting an activity's lines to a target, within the law", () => {
  it("raises the lines priced by quote, in proportion, and leaves the capped ones at their level", () => {
    const fit = fitLines(conference, money(20800000), "dong");
    if (!fit.ok) throw new Error("unreachable");
    // Free lines share 20.800.000 - 8.800.000 = 12.000.000 in proportion to 6.000.000 : 1.000.000 : 3.600.000:
    //   hall 6.792.452,83 -> 3.396.226/ngày x 2 = 6.792.452; decoration 566.037 x 2 = 1.132.074; documents 33.962 x 120 = 4.075.440;
    //   whole-đồng unit costs leave 34 đồng, which the hall takes as 17 đồng a day (2 x 17).
    expect(table(fit.lines)).toEqual([
      ["hall", "2", "3396243", "6792486"],
      ["decoration", "2", "566037", "1132074"],
      ["documents", "120", "33962", "4075440"],
      ["water", "120", "40000", "4800000"],
      ["speakers", "4", "1000000", "4000000"],
    ]);
    expect(fit.lines.reduce((s, l) => s.plus(l.amount), money(0)).toFixed()).toBe("20800000");
    expect(fit.cappedReduced).toBe(false);
    expect(fit.lines[0].fitted).toEqual({ unitCost: money(3000000), amount: money(6000000) });
    expect(fit.lines[3].fitted).toBeUndefined();
  });

  it("lowers the quote lines first; the capped lines go down only when those are at 0, and it says so", () => {
    // 19.400.000 - 12.000.000 = 7.400.000 less: the quote lines hold 10.600.000, so only they move.
    const down = fitLines(conference, money(12000000), "dong");
    expect(down.ok && down.cappedReduced).toBe(false);
    // 8.000.000 is below what the capped lines alone give (8.800.000): quote lines to 0, capped lines share 8.000.000.
    const deep = fitLines(conference, money(8000000), "dong");
    if (!deep.ok) throw new Error("unreachable");
    expect(deep.cappedReduced).toBe(true);
    expect(
      table(deep.lines)
        .slice(0, 3)
        .map((r) => r[3]),
    ).toEqual(["0", "0", "0"]);
    // water 4.800.000 x 8/8,8 = 4.363.636,36 -> 36.363/người/ngày x 120 = 4.363.560; speakers 909.090 x 4 = 3.636.360;
    // 80 đồng left: the water's 120 cannot take it, the speakers' 4 take 20 đồng each.
    expect(table(deep.lines).slice(3)).toEqual([
      ["water", "120", "36363", "4363560"],
      ["speakers", "4", "909110", "3636440"],
    ]);
    for (const l of deep.lines) expect(l.unitCost.lessThanOrEqualTo(l.fitted?.unitCost ?? l.unitCost)).toBe(true);
  });

  it("never raises a capped line: without quote lines, a target above the caps is unreachable and nothing changes", () => {
    const capped = [line("per diem", "10", "200000", "max"), line("lodging", "8", "350000", "lump_sum")];
    expect(lawfulRange(capped)).toEqual({ min: money(2800000), max: money(4800000) });
    expect(fitLines(capped, money(5000000), "dong")).toEqual({ ok: false, range: { min: money(2800000), max: money(4800000) } });
  });

  it("a level the law fixes (a lump sum) never moves: a target below it is unreachable, with the smallest lawful amount", () => {
    const tour = [line("lodging", "8", "350000", "lump_sum"), line("transport", "4", "1000000", "actual")];
    const fit = fitLines(tour, money(2000000), "dong");
    expect(fit).toEqual({ ok: false, range: { min: money(2800000) } });
    const ok = fitLines(tour, money(5000000), "dong");
    expect(ok.ok && table(ok.lines)).toEqual([
      ["lodging", "8", "350000", "2800000"],
      ["transport", "4", "550000", "2200000"],
    ]);
  });

  it("108 banners for 52.000.000: 481.481 đồng each (51.999.948) and the 52 đồng on a named rounding line", () => {
    const fit = fitLines([line("banner", "108", "600000", "actual")], money(52000000), "dong");
    if (!fit.ok) throw new Error("unreachable");
    expect(table(fit.lines)).toEqual([
      ["banner", "108", "481481", "51999948"],
      [ROUNDING_LINE, "1", "52", "52"],
    ]);
    expect(fit.remainderOn).toBe(ROUNDING_LINE);
  });

  it("with keepRemainder, the đồng it cannot reach are given back instead of a rounding line", () => {
    const fit = fitLines([line("banner", "108", "600000", "actual")], money(52000000), "dong", true);
    expect(fit.ok && [table(fit.lines), fit.leftover?.toFixed()]).toEqual([[["banner", "108", "481481", "51999948"]], "52"]);
  });

  it("under the thousand rule a target must be whole thousands, and the lines stay whole thousands", () => {
    const lines = [line("hall", "1", "3000000", "actual"), line("documents", "30", "30000", "actual")];
    expect(fitLines(lines, money(5000500), "thousand").ok).toBe(false);
    const fit = fitLines(lines, money(5000000), "thousand");
    if (!fit.ok) throw new Error("unreachable");
    expect(fit.lines.every((l) => l.amount.mod(1000).isZero())).toBe(true);
    expect(fit.lines.reduce((s, l) => s.plus(l.amount), money(0)).toFixed()).toBe("5000000");
  });

  it("the target equal to the estimate changes nothing", () => {
    const fit = fitLines(conference, money(19400000), "dong");
    expect(fit.ok && fit.lines).toEqual(conference);
  });

  it("quantities never change", () => {
    const fit = fitLines(conference, money(15555555), "dong");
    expect(fit.ok && fit.lines.slice(0, 5).map((l) => l.quantity.toFixed())).toEqual(conference.map((l) => l.quantity.toFixed()));
  });
});
