import { isoDate } from "../dates/isoDate";
import { money } from "../money/money";
import { estimatePlan } from "../estimate/estimate";
import { builtInNorm } from "../norms/select";
import type { Norm } from "../norms/norm";
import { activity, brief, input, plan } from "../../../test/checks/kit";
import { checkUnitCostCap } from "./unitCostCap";

const DATE = isoDate("2020-03-19");
const builtIn = (code: string) => builtInNorm(code, { date: DATE, province: "Trà Vinh" });

/** A Định mức row of the unit, as readNormsSheet makes it. */
function unitRow(code: string, value: string, cap: Norm["cap"], source: string): Norm {
  const base = builtIn(code)!;
  return {
    ...base,
    rule: { kind: "amount", value: money(value) },
    cap,
    layer: "unit",
    jurisdiction: "unit",
    basis: "Quy chế chi tiêu nội bộ",
    status: "estimate",
    source,
  };
}

describe("unit costs above the legal maximum", () => {
  it("is silent for a quoted unit cost on a line priced at actual cost", () => {
    const p = plan([activity({ row: 3, kind: "banner", quantity: "4", unitCost: "900000" })]);
    expect(checkUnitCostCap(input(p))).toEqual([]);
  });

  it("is an error for a typed unit cost above a maximum the unit declared, citing the basis", () => {
    const overrides = [unitRow("BR.BANGRON", "500000", "max", "Định mức!E3")];
    const p = plan([activity({ row: 3, kind: "banner", quantity: "4", unitCost: "600000" })]);
    const estimate = estimatePlan(p, { overrides, sheet: "Kế hoạch" });
    const [f] = checkUnitCostCap(input(p, { estimate, norms: { overrides, builtIn } }));
    expect(brief([f])).toEqual([{ severity: "error", code: "unit-cost-above-max", range: "P3" }]);
    expect(f.amounts).toEqual({ unitCost: "600000", maximum: "500000", excess: "100000" });
    expect(f.message).toContain("Quy chế chi tiêu nội bộ");
  });

  it("is an error for a Định mức row above a verified legal maximum, at its cell, citing the circular", () => {
    const overrides = [unitRow("CT.LUUTRU", "250000", "max", "Định mức!E5")];
    const [f] = checkUnitCostCap(input(plan([]), { norms: { overrides, builtIn } }));
    expect(f).toMatchObject({ severity: "error", code: "unit-cost-above-max", sheet: "Định mức", range: "E5" });
    expect(f.message).toContain("K1 Đ6 TT 40/2017/TT-BTC");
    expect(f.amounts).toEqual({ unitCost: "250000", maximum: "200000", excess: "50000" });
  });

  it("is a warning above a maximum the catalog only estimates", () => {
    const overrides = [unitRow("HN.NUOCUONG", "50000", "max", "Định mức!E6")];
    expect(brief(checkUnitCostCap(input(plan([]), { norms: { overrides, builtIn } })))).toEqual([
      { severity: "warning", code: "unit-cost-above-max", range: "E6" },
    ]);
  });

  it("accepts a Định mức row at or below the legal maximum", () => {
    const overrides = [unitRow("CT.LUUTRU", "200000", "max", "Định mức!E5"), unitRow("HN.TIENAN.TINH", "150000", "max", "Định mức!E7")];
    expect(checkUnitCostCap(input(plan([]), { norms: { overrides, builtIn } }))).toEqual([]);
  });
});
