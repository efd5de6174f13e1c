import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { check, codes, sheetValues } from "./workbook";
import { planColumnOf } from "../../src/workbook/layout";
import { columnLetter } from "../../src/workbook/address";

/*
 * The Trà Vinh sample (Kế hoạch 30/KH-SCT, 19/3/2020). Kinh phí kế hoạch (column K):
 *   K2 group 1 = 75.200.000 = K3 20.800.000 + K4 52.000.000 + K5 2.400.000
 *   K7 Tổng cộng = 87.000.000 = K2 75.200.000 + K6 11.800.000
 * Estimate by the norms (see test/traVinh.e2e.test.ts): 19.400.000 (no meal support:
 * the guests' count is not given), 64.800.000, 2.400.000, 11.000.000; total
 * 97.600.000, against 87.000.000 allocated.
 */
const K = columnLetter(planColumnOf("statedAmount"));
const QUARTERS = (["q1", "q2", "q3", "q4"] as const).map((q) => columnLetter(planColumnOf(q)));
async function sample(change?: { cell: string; value: number }): Promise<XlsxWorkbook> {
  const wb = buildTraVinhWorkbook();
  if (change) wb.getWorksheet("Kế hoạch")!.getCell(change.cell).value = change.value;
  return XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
}

describe("the Trà Vinh sample", () => {
  it("reconciles: no stated total mismatches its parts", async () => {
    const { result } = await check(await sample());
    expect(codes(result, "stated-sum-mismatch")).toEqual([]);
  });

  it.each([
    // changed cell, new value, where the mismatch is, stated, parts
    [`${K}3`, 20800001, `${K}2`, "75200000", "75200001"],
    [`${K}4`, 52000001, `${K}2`, "75200000", "75200001"],
    [`${K}5`, 2400001, `${K}2`, "75200000", "75200001"],
    [`${K}2`, 75200001, `${K}2`, "75200001", "75200000"],
    [`${K}6`, 11800001, `${K}7`, "87000000", "87000001"],
    [`${K}7`, 87000001, `${K}7`, "87000001", "87000000"],
  ] as const)("one đồng more in %s (%s) reports exactly that mismatch, at Kế hoạch!%s", async (cell, value, at, stated, parts) => {
    const { result } = await check(await sample({ cell, value }));
    const mismatches = result.findings.filter((f) => f.code === "stated-sum-mismatch");
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ severity: "error", sheet: "Kế hoạch", range: at });
    expect(mismatches[0].amounts).toEqual({ stated, parts, difference: String(BigInt(stated) - BigInt(parts)) });
  });

  it("one đồng less is reported the same way", async () => {
    const { result } = await check(await sample({ cell: `${K}4`, value: 51999999 }));
    expect(codes(result, "stated-sum-mismatch")).toEqual([{ severity: "error", at: `Kế hoạch!${K}2` }]);
    expect(result.findings.find((f) => f.code === "stated-sum-mismatch")!.amounts!.difference).toBe("1");
  });

  it("reports the estimate over the allocation, and the stated amounts against the norms as warnings only", async () => {
    const { result } = await check(await sample());
    expect(codes(result, "over-allocation")).toEqual([{ severity: "error", at: "Phân bổ!B4" }]);
    expect(result.findings.find((f) => f.code === "over-allocation")!.amounts).toEqual({
      allocation: "87000000",
      total: "97600000",
      excess: "10600000",
    });
    expect(result.findings.filter((f) => f.code === "stated-vs-norms").every((f) => f.severity !== "error")).toBe(true);
  });

  it("phases the estimate into Quý I..IV (O..R), exact to the đồng, with the group and Tổng cộng sums", async () => {
    const { saved } = await check(await sample());
    const quarters = (r: number) =>
      sheetValues(
        saved,
        "Kế hoạch",
        QUARTERS.map((c) => `${c}${r}`),
      );
    expect(await quarters(3)).toEqual([4850000, 4850000, 4850000, 4850000]); // 19.400.000, Quý I - Quý IV/2020
    expect(await quarters(4)).toEqual([16200000, 16200000, 16200000, 16200000]); // 64.800.000
    expect(await quarters(5)).toEqual([0, 800000, 800000, 800000]); // 2.400.000, Quý II - Quý IV
    expect(await quarters(6)).toEqual([2750000, 2750000, 2750000, 2750000]); // 11.000.000
    expect(await quarters(2)).toEqual([21050000, 21850000, 21850000, 21850000]); // group 1 = 86.600.000
    expect(await quarters(7)).toEqual([23800000, 24600000, 24600000, 24600000]); // Tổng cộng = 97.600.000
  });

  it("a second run finds the same, changes nothing it wrote, and keeps one mark per cell", async () => {
    const first = await check(await sample());
    const second = await check(first.saved);
    const brief = (r: typeof first.result) => r.findings.map((f) => `${f.code}@${f.range}`).sort();
    expect(brief(second.result)).toEqual(brief(first.result));
    expect(second.result.quarters.map((q) => q.source)).toEqual(["phased", "phased", "phased", "phased"]);
    const ws = second.saved.workbook.getWorksheet("Kế hoạch")!;
    expect(ws.getCell(`${QUARTERS[0]}3`).value).toBe(4850000);
    const note = String(ws.getCell(`${K}4`).note ?? "");
    expect(note.match(/CẢNH BÁO/g)).toHaveLength(1);
  });
});
