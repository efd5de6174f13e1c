import { runEstimate } from "../../src/workbook/commands/estimate";
import { HEADER, INFO, bannerRow, planOf, problems, runOn, workbookOf } from "./kit";

// Real .xlsx workbooks written and read back: slow on a shared machine. The tests assert behaviour, never time.
jest.setTimeout(60_000);

describe("bad input: the plan sheet and its header", () => {
  test("no Kế hoạch sheet: missing-plan-sheet, and not a cell changes", async () => {
    const o = await runOn(workbookOf({ Sheet1: [HEADER, bannerRow()] }), runEstimate);
    expect(o.findings).toEqual([expect.objectContaining({ severity: "error", code: "missing-plan-sheet" })]);
    expect(o.changes).toEqual([]);
  });

  test("an empty Kế hoạch sheet: missing-header at A1, nothing written", async () => {
    const o = await runOn(workbookOf({ "Thông tin": INFO, "Kế hoạch": [] }), runEstimate);
    expect(problems(o.findings)).toEqual(["missing-header@A1"]);
    expect(o.changes).toEqual([]);
  });

  test("a table without a header row: missing-header at A1, nothing written", async () => {
    const o = await runOn(workbookOf({ "Kế hoạch": [bannerRow(), bannerRow({ 0: "2" })] }), runEstimate);
    expect(problems(o.findings)).toEqual(["missing-header@A1"]);
    expect(o.changes).toEqual([]);
  });

  test("a misspelled Nội dung: missing-header names the header row, and the misspelled cell is pointed out", async () => {
    const o = await runOn(planOf([bannerRow()], ["STT", "Nội dug", "Loại", "ĐVT", "Số lượng"]), runEstimate);
    expect(problems(o.findings)).toEqual(["missing-header@A1:E1", "header-not-recognised@B1"]);
    expect(o.findings[1].message).toContain('"Nội dung"');
    expect(o.changes).toEqual([]);
  });

  test("a misspelled Số lượng in a header that is otherwise found: the header cell is named, each row lacks its quantity", async () => {
    const header = ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượg", "Thời gian"];
    const o = await runOn(planOf([bannerRow().slice(0, 6)], header), runEstimate);
    expect(problems(o.findings)).toEqual(["header-not-recognised@E1", "missing-quantity@B2"]);
    expect(o.strayChanges).toEqual([]);
  });

  test("a header row and no activity under it: empty-plan at the Nội dung header", async () => {
    const o = await runOn(planOf([]), runEstimate);
    expect(problems(o.findings)).toEqual(["empty-plan@B1"]);
    expect(o.changes).toEqual([]);
  });

  test("a title block above the table (the letterhead, the title, Ngày: and Tỉnh:): the table under it is read", async () => {
    const o = await runOn(
      workbookOf({
        "Kế hoạch": [
          ["UBND TỈNH TRÀ VINH"],
          ["SỞ CÔNG THƯƠNG"],
          [],
          ["KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2020"],
          ["Ngày: 19/03/2020"],
          ["Tỉnh: Trà Vinh"],
          [],
          HEADER,
          bannerRow(),
        ],
      }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.table?.headerRow).toBe(8);
    expect(o.result.reading.plan.info).toMatchObject({ date: "2020-03-19", province: "Trà Vinh" });
    expect(o.after.getWorksheet("Kế hoạch")!.getCell("J9").value).toEqual(expect.any(Number));
    expect(o.strayChanges).toEqual([]);
  });

  test("the sheet and headers typed without diacritics (KE HOACH, Noi dung, So luong): read like the real ones", async () => {
    const o = await runOn(
      workbookOf({
        "Thong tin": [
          ["Ngay", "19/03/2020"],
          ["Tinh", "Tra Vinh"],
        ],
        "KE HOACH": [
          ["STT", "Noi dung", "Loai", "DVT", "So luong", "So nguoi", "So ngay", "Thoi gian", "Kinh phi ke hoach"],
          bannerRow({ 1: "Bang ron tuyen truyen", 2: "Bang ron" }),
        ],
      }),
      runEstimate,
    );
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.estimate?.activities[0].activity).toMatchObject({ kind: "banner", row: 2 });
    expect(o.strayChanges).toEqual([]);
  });

  test("the sheet, headers and kinds in decomposed Unicode (NFD): read like composed text, and the names written back as typed", async () => {
    const nfd = (t: string) => t.normalize("NFD");
    const o = await runOn(
      workbookOf({
        [nfd("Thông tin")]: INFO.map(([a, b]) => [nfd(a), nfd(b)]),
        [nfd("Kế hoạch")]: [HEADER.map(nfd), bannerRow({ 1: nfd("Hội nghị tuyên truyền"), 2: nfd("Hội nghị"), 5: 50, 6: 1 })],
      }),
      runEstimate,
    );
    // The table has no Số đại biểu không hưởng lương column: the conference's meal support waits for it.
    expect(problems(o.findings)).toEqual(["guests-unknown@B2"]);
    expect(o.result.estimate?.activities[0].activity.kind).toBe("conference");
    const names: unknown[] = [];
    o.after
      .getWorksheet("Chi tiết dự toán")!
      .getColumn(2)
      .eachCell((c) => names.push(c.value));
    expect(names).toContain(`${nfd("Hội nghị tuyên truyền")} (Hội nghị)`);
    expect(o.strayChanges).toEqual([]);
  });

  test("a plan sheet called KH among 50 sheets: only the plan's output columns and the add-in's sheets change", async () => {
    const sheets: Record<string, unknown[][]> = { "Thông tin": INFO };
    for (let i = 1; i <= 48; i++)
      sheets[`Sheet${i}`] = [
        ["Ghi chú", i],
        [{ formula: `B1*2`, result: i * 2 }, "chữ"],
      ];
    sheets.KH = [HEADER, bannerRow(), bannerRow({ 0: "2", 1: "Pano tuyên truyền", 2: "Pano", 4: 2 })];
    const o = await runOn(workbookOf(sheets), runEstimate);
    expect(o.after.worksheets).toHaveLength(52);
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.table?.sheet).toBe("KH");
    expect(o.strayChanges).toEqual([]);
  });

  test("a protected Kế hoạch sheet: sheet-protected, and not a cell changes", async () => {
    const wb = planOf([bannerRow()]);
    await wb.getWorksheet("Kế hoạch")!.protect("", {});
    const o = await runOn(wb, runEstimate);
    expect(problems(o.findings)).toEqual(["sheet-protected@A1"]);
    expect(o.findings[0]).toMatchObject({ severity: "error", sheet: "Kế hoạch" });
    expect(o.changes).toEqual([]);
  });

  test("headers broken over two lines, in capitals, with a unit in brackets (SỐ\\nLƯỢNG, KINH PHÍ (đồng)): read", async () => {
    const header = [
      "TT",
      "NỘI DUNG\nCÔNG VIỆC",
      "LOẠI",
      "ĐVT",
      "SỐ\nLƯỢNG",
      "SỐ NGƯỜI",
      "SỐ NGÀY",
      "THỜI GIAN\nTHỰC HIỆN",
      "KINH PHÍ (đồng)",
    ];
    const o = await runOn(planOf([bannerRow({ 8: 4000000 })], header), runEstimate);
    expect(problems(o.findings)).toEqual([]);
    expect(o.result.reading.table?.columns).toMatchObject({ stt: 1, name: 2, quantity: 5, timing: 8, statedAmount: 9 });
    expect(o.strayChanges).toEqual([]);
  });
});
