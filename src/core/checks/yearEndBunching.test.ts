import { money } from "../money/money";
import { activity, brief, input, plan } from "../../../test/checks/kit";
import type { Actuals } from "./input";
import { checkYearEndBunching } from "./yearEndBunching";

const options = (threshold: string) => ({ asOf: "2020-12-31", q4ThresholdPercent: money(threshold) });

describe("year-end bunching", () => {
  it("is silent at an even spread", () => {
    expect(checkYearEndBunching(input(plan([activity({ row: 3, stated: "400", timing: "Quý I - Quý IV" })])))).toEqual([]);
  });

  it("warns when Quý IV holds more than 40% of the planned year", () => {
    const a = activity({ row: 3, stated: "100", quarters: ["20", "20", "19", "41"] });
    const [f] = checkYearEndBunching(input(plan([a])));
    expect(brief([f])).toEqual([{ severity: "warning", code: "year-end-bunching", range: "O3" }]);
    expect(f.amounts).toMatchObject({ q4: "41", year: "100", sharePercent: "41" });
  });

  it("takes exactly the threshold as not above it, and follows the user's threshold", () => {
    const a = activity({ row: 3, stated: "100", quarters: ["20", "20", "20", "40"] });
    expect(checkYearEndBunching(input(plan([a])))).toEqual([]);
    expect(brief(checkYearEndBunching(input(plan([a]), { options: options("30") })))).toEqual([
      { severity: "warning", code: "year-end-bunching", range: "O3" },
    ]);
  });

  it("warns on spending bunched in Quý IV", () => {
    const actuals: Actuals = {
      rows: [
        {
          activityRow: 3,
          quarters: ["10", undefined, "10", "80"].map((v) => (v ? money(v) : undefined)),
          cells: [],
          nameCell: { sheet: "Phân bổ", address: "B9" },
        },
      ],
      headerCells: ["D8", "E8", "F8", "G8"].map((address) => ({ sheet: "Phân bổ", address })),
      recorded: true,
    };
    const findings = checkYearEndBunching(input(plan([activity({ row: 3, stated: "100", timing: "Quý I - Quý IV" })]), { actuals }));
    expect(brief(findings)).toEqual([{ severity: "warning", code: "year-end-bunching-spent", range: "G8" }]);
  });
});
