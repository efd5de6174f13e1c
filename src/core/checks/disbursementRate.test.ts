import { money } from "../money/money";
import { activity, brief, input, plan } from "../../../test/checks/kit";
import { actuals } from "../../../test/checks/actualsKit";
import { checkDisbursementRate } from "./disbursementRate";

const p = plan([activity({ row: 3, stated: "400", timing: "Quý I - Quý IV" })]);
const asOf = (date: string) => ({ asOf: date, q4ThresholdPercent: money(40) });

describe("cumulative disbursement rate per quarter", () => {
  it("reports the rate at the end of each quarter that has ended", () => {
    const findings = checkDisbursementRate(
      input(p, { actuals: actuals([{ activityRow: 3, spent: ["50", "100", "75", undefined] }]), options: asOf("2020-07-15") }),
    );
    expect(brief(findings)).toEqual([
      { severity: "info", code: "disbursement-rate", range: "D8" },
      { severity: "info", code: "disbursement-rate", range: "E8" },
    ]);
    expect(findings[0].amounts).toEqual({ spentCumulative: "50", plannedCumulative: "100", ratePercent: "50" });
    expect(findings[1].amounts).toEqual({ spentCumulative: "150", plannedCumulative: "200", ratePercent: "75" });
    expect(findings[1].message).toContain("75,0%");
  });

  it("reports nothing before the first quarter ends", () => {
    expect(checkDisbursementRate(input(p, { actuals: actuals([{ activityRow: 3, spent: ["50"] }]), options: asOf("2020-03-31") }))).toEqual(
      [],
    );
  });

  it("says once that nothing is recorded yet", () => {
    expect(brief(checkDisbursementRate(input(p, { actuals: actuals([{ activityRow: 3, spent: [] }]) })))).toEqual([
      { severity: "info", code: "actuals-not-recorded", range: "D8" },
    ]);
  });
});
