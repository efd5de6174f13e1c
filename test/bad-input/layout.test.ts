import { runEstimate } from "../../src/workbook/commands/estimate";
import { HEADER, INFO, bannerRow, planOf, problems, runOn, workbookOf } from "./kit";

// Real .xlsx workbooks written and read back: slow on a shared machine. The tests assert behaviour, never time.
jest.setTimeout(60_000);

describe("bad input: how the table is laid out", () => {
  test("Số lượng merged over two activity rows: merged-cells names the area; the second row lacks its quantity", async () => {
    const wb = planOf([bannerRow({ 4: 2 }), bannerRow({ 0: "2", 4: null })]);
    wb.getWorksheet("Kế hoạch")!.mergeCells("E2:E3");
    const o = await runOn(wb, runEstimate);
    expect(problems(o.findings)).toEqual(["merged-cells@E2:E3", "missing-quantity@E3"]);
    expect(o.result.reading.plan.activities.map((a) => a.quantity?.toFixed())).toEqual(["2", undefined]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a group heading merged across the row: a group, not an activity with text in its number cells", async () => {
    const wb = planOf([["I", "Truyền thông về sản xuất sạch hơn"], bannerRow()]);
    wb.getWorksheet("Kế hoạch")!.mergeCells("B2:I2");
    const o = await runOn(wb, runEstimate);
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.plan.groups.map((g) => g.row)).toEqual([2]);
    expect(o.result.reading.plan.activities.map((a) => a.row)).toEqual([3]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a hidden activity row: hidden-row at its Nội dung, and it still counts", async () => {
    const wb = planOf([bannerRow(), bannerRow({ 0: "2", 1: "Băng rôn đã ẩn" }), bannerRow({ 0: "3" })]);
    wb.getWorksheet("Kế hoạch")!.getRow(3).hidden = true;
    const o = await runOn(wb, runEstimate);
    expect(problems(o.findings)).toEqual(["hidden-row@B3"]);
    expect(o.result.estimate?.activities).toHaveLength(3);
    expect(o.after.getWorksheet("Kế hoạch")!.getRow(3).hidden).toBe(true);
    expect(o.strayChanges).toEqual([]);
  });

  test("a group row with no activities: empty-group at its Nội dung, not an activity of kind Khác", async () => {
    const o = await runOn(
      planOf([["I", "Truyền thông"], bannerRow(), ["II", "Đào tạo"], ["III", "Đánh giá"], bannerRow({ 1: "Pano", 2: "Pano", 4: 2 })]),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual(["empty-group@B4"]);
    expect(o.result.reading.plan.groups.map((g) => g.stt)).toEqual(["I", "II", "III"]);
    expect(o.result.estimate?.activities.map((a) => a.activity.row)).toEqual([3, 6]);
    expect(o.strayChanges).toEqual([]);
  });

  test("blank rows and a row of spaces in the middle of the table: skipped", async () => {
    const o = await runOn(planOf([bannerRow(), [], [], bannerRow({ 0: "2" }), [null, "   "], bannerRow({ 0: "3" })]), runEstimate);
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.estimate?.activities.map((a) => a.activity.row)).toEqual([2, 5, 7]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a Tổng cộng row: the plan's stated total, not an activity; the estimate's total lands on it", async () => {
    const o = await runOn(
      planOf([bannerRow(), bannerRow({ 0: "2" }), [null, "Tổng cộng", null, null, null, null, null, null, 5000000]]),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.table?.totalRow).toBe(4);
    expect(o.result.reading.plan.info.statedTotal?.toFixed()).toBe("5000000");
    expect(o.after.getWorksheet("Kế hoạch")!.getCell("J4").value).toBe(Number(o.result.estimate!.total.toFixed()));
    expect(o.strayChanges).toEqual([]);
  });

  test("a Nội dung in rich text (part bold) and one computed by a formula: read as their text", async () => {
    const o = await runOn(
      planOf([
        bannerRow({ 1: { richText: [{ text: "Băng rôn ", font: { bold: true } }, { text: "tuyên truyền" }] } }),
        bannerRow({ 0: "2", 1: { formula: '"Pano "&"tuyên truyền"', result: "Pano tuyên truyền" }, 2: "Pano", 4: 2 }),
      ]),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.plan.activities.map((a) => a.name)).toEqual(["Băng rôn tuyên truyền", "Pano tuyên truyền"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a kind the add-in does not know (Hội chợ): unknown-kind at Loại, guessed from Nội dung", async () => {
    const o = await runOn(planOf([bannerRow({ 2: "Hội chợ" })]), runEstimate);
    expect(problems(o.findings)).toEqual(["unknown-kind@C2"]);
    expect(o.result.estimate?.activities[0].activity.kind).toBe("banner");
    expect(o.strayChanges).toEqual([]);
  });

  test("an activity with neither kind nor number, only a stated amount: priced at the stated amount", async () => {
    const o = await runOn(planOf([["1", "Chi phí quản lý chung", null, null, null, null, null, "Quý IV", 3000000]]), runEstimate);
    expect(problems(o.findings)).toEqual(["kind-not-recognised@B2"]);
    expect(o.result.estimate?.total.toFixed()).toBe("3000000");
    expect(o.strayChanges).toEqual([]);
  });

  test("Dự toán and Căn cứ already filled by hand: user-value-kept at each cell, the officer's figures stay", async () => {
    const header = [...HEADER, "Dự toán", "Căn cứ"];
    const o = await runOn(
      workbookOf({
        "Thông tin": INFO,
        "Kế hoạch": [header, [...bannerRow(), 2500000, "báo giá 2020"], [...bannerRow({ 0: "2" }), null, null]],
      }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual(["user-value-kept@J2", "user-value-kept@K2"]);
    const plan = o.after.getWorksheet("Kế hoạch")!;
    expect(plan.getCell("J2").value).toBe(2500000);
    expect(plan.getCell("K2").value).toBe("báo giá 2020");
    expect(plan.getCell("J3").value).toEqual(expect.any(Number));
    expect(o.strayChanges).toEqual([]);
  });

  test("the plan's own cells around the table (notes under it, a signature block, a column of remarks) stay as typed", async () => {
    const header = [...HEADER, null, null, "Ghi chú riêng"];
    const o = await runOn(
      workbookOf({
        "Thông tin": INFO,
        "Kế hoạch": [
          header,
          [...bannerRow(), null, null, "đã có báo giá"],
          [null, "Tổng cộng"],
          [],
          [null, "Người lập biểu", null, null, "Thủ trưởng đơn vị"],
          [null, "Ghi chú: số liệu tạm tính"],
        ],
      }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.estimate?.activities).toHaveLength(1);
    expect(o.strayChanges).toEqual([]);
  });
});
