import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { check, codes, sheetValues } from "./workbook";

/*
 * The Trà Vinh sample (Kế hoạch 30/KH-SCT, 19/3/2020). Kinh phí kế hoạch (column I):
 *   I2 group 1 = 75.200.000 = I3 20.800.000 + I4 52.000.000 + I5 2.400.000
 *   I7 Tổng cộng = 87.000.000 = I2 75.200.000 + I6 11.800.000
 * Estimate by the norms (see test/traVinh.e2e.test.ts): 43.400.000, 64.800.000,
 * 2.400.000, 11.000.000; total 121.600.000, against 87.000.000 allocated.
 */
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
    ["I3", 20800001, "I2", "75200000", "75200001"],
    ["I4", 52000001, "I2", "75200000", "75200001"],
    ["I5", 2400001, "I2", "75200000", "75200001"],
    ["I2", 75200001, "I2", "75200001", "75200000"],
    ["I6", 11800001, "I7", "87000000", "87000001"],
    ["I7", 87000001, "I7", "87000001", "87000000"],
  ] as const)("one đồng more in %s (%s) reports exactly that mismatch, at Kế hoạch!%s", async (cell, value, at, stated, parts) => {
    const { result } = await check(await sample({ cell, value }));
    const mismatches = result.findings.filter((f) => f.code === "stated-sum-mismatch");
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ severity: "error", sheet: "Kế hoạch", range: at });
    expect(mismatches[0].amounts).toEqual({ stated, parts, difference: String(BigInt(stated) - BigInt(parts)) });
  });

  it("one đồng less is reported the same way", async () => {
    const { result } = await check(await sample({ cell: "I4", value: 51999999 }));
    expect(codes(result, "stated-sum-mismatch")).toEqual([{ severity: "error", at: "Kế hoạch!I2" }]);
    expect(result.findings.find((f) => f.code === "stated-sum-mismatch")!.amounts!.difference).toBe("1");
  });

  it("reports the estimate over the allocation, and the stated amounts against the norms as warnings only", async () => {
    const { result } = await check(await sample());
    expect(codes(result, "over-allocation")).toEqual([{ severity: "error", at: "Phân bổ!B4" }]);
    expect(result.findings.find((f) => f.code === "over-allocation")!.amounts).toEqual({
      allocation: "87000000",
      total: "121600000",
      excess: "34600000",
    });
    expect(result.findings.filter((f) => f.code === "stated-vs-norms").every((f) => f.severity !== "error")).toBe(true);
  });

  it("phases the estimate into Quý I..IV (L..O), exact to the đồng, with the group and Tổng cộng sums", async () => {
    const { saved } = await check(await sample());
    const quarters = (r: number) =>
      sheetValues(
        saved,
        "Kế hoạch",
        ["L", "M", "N", "O"].map((c) => `${c}${r}`),
      );
    expect(await quarters(3)).toEqual([10850000, 10850000, 10850000, 10850000]); // 43.400.000, Quý I - Quý IV/2020
    expect(await quarters(4)).toEqual([16200000, 16200000, 16200000, 16200000]); // 64.800.000
    expect(await quarters(5)).toEqual([0, 800000, 800000, 800000]); // 2.400.000, Quý II - Quý IV
    expect(await quarters(6)).toEqual([2750000, 2750000, 2750000, 2750000]); // 11.000.000
    expect(await quarters(2)).toEqual([27050000, 27850000, 27850000, 27850000]); // group 1 = 110.600.000
    expect(await quarters(7)).toEqual([29800000, 30600000, 30600000, 30600000]); // Tổng cộng = 121.600.000
  });

  it("a second run finds the same, changes nothing it wrote, and keeps one mark per cell", async () => {
    const first = await check(await sample());
    const second = await check(first.saved);
    const brief = (r: typeof first.result) => r.findings.map((f) => `${f.code}@${f.range}`).sort();
    expect(brief(second.result)).toEqual(brief(first.result));
    expect(second.result.quarters.map((q) => q.source)).toEqual(["phased", "phased", "phased", "phased"]);
    const ws = second.saved.workbook.getWorksheet("Kế hoạch")!;
    expect(ws.getCell("L3").value).toBe(10850000);
    const note = String(ws.getCell("I3").note ?? "");
    expect(note.match(/CẢNH BÁO/g)).toHaveLength(1);
  });
});
