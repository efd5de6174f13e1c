import { activity, plan } from "../../../test/checks/kit";
import { estimatePlan } from "../estimate/estimate";
import { planQuarters } from "./quarterPlan";

const values = (qs: { toFixed(): string }[]) => qs.map((q) => q.toFixed());

describe("the quarterly plan of each activity", () => {
  it("phases the estimate over the quarters of Thời gian when all four cells are empty", () => {
    // 4 banners x 600.000 = 2.400.000 by the norms (the plan states 2.000.000)
    const p = plan([activity({ row: 3, kind: "banner", quantity: "4", stated: "2000000", timing: "Quý II - Quý IV" })]);
    const [q] = planQuarters(p, estimatePlan(p));
    expect(q).toMatchObject({ source: "phased", amountSource: "estimate", scheduled: [2, 3, 4] });
    expect(values(q.quarters)).toEqual(["0", "800000", "800000", "800000"]);
  });

  it("phases the stated amount when there is no estimate", () => {
    const p = plan([activity({ row: 3, kind: "banner", stated: "1000", timing: "Quý I, III" })]); // no quantity: no estimate
    const [q] = planQuarters(p, estimatePlan(p));
    expect(q).toMatchObject({ source: "phased", amountSource: "stated" });
    expect(values(q.quarters)).toEqual(["500", "0", "500", "0"]);
  });

  it("spreads over the whole year when Thời gian is empty", () => {
    const [q] = planQuarters(plan([activity({ row: 3, stated: "10" })]), undefined);
    expect(values(q.quarters)).toEqual(["2", "2", "2", "4"]);
  });

  it("keeps the user's quarters when any is filled (empty ones count as 0)", () => {
    const [q] = planQuarters(plan([activity({ row: 3, stated: "10", quarters: [undefined, "10", undefined, undefined] })]), undefined);
    expect(q.source).toBe("user");
    expect(values(q.quarters)).toEqual(["0", "10", "0", "0"]);
  });

  it("does not phase over a Thời gian it cannot read, nor without an amount", () => {
    const p = plan([activity({ row: 3, stated: "10", timing: "khi có vốn" }), activity({ row: 4, kind: "banner", timing: "Quý I" })]);
    expect(planQuarters(p, estimatePlan(p)).map((q) => q.source)).toEqual(["none", "none"]);
  });

  it("phases to the thousand when asked", () => {
    const [q] = planQuarters(plan([activity({ row: 3, stated: "10000000", timing: "Quý I - Quý III" })]), undefined, { step: 1000 });
    expect(values(q.quarters)).toEqual(["3333000", "3333000", "3334000", "0"]);
  });
});
