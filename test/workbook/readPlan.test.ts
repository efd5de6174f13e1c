import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { readBook } from "../../src/workbook/port";
import { readPlan, type PlanReading } from "../../src/workbook/readPlan";
import { runEstimate, sheetsForEstimate } from "../../src/workbook/commands/estimate";
import { estimatePlan } from "../../src/core/estimate/estimate";
import type { Finding } from "../../src/core/findings/finding";

type Row = (string | number | null | ExcelJS.CellValue)[];

/** Builds a real .xlsx with ExcelJS, writes it to a buffer and reads it back through the adapter. */
async function readWorkbook(build: (wb: ExcelJS.Workbook) => void): Promise<PlanReading> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const port = await XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
  return readPlan(await readBook(port, sheetsForEstimate));
}

function planSheet(rows: Row[], name = "Kế hoạch"): (wb: ExcelJS.Workbook) => void {
  return (wb) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
      }),
    );
  };
}

const where = (findings: Finding[]) => findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, range: f.range }));
const values = (reading: PlanReading, field: "quantity" | "participants" | "days" | "unitCost" | "statedAmount") =>
  reading.plan.activities.map((a) => a[field]?.toFixed());

describe("readPlan: headers however the user spelled them", () => {
  it("matches headers without case or diacritics (a machine without a Vietnamese keyboard)", async () => {
    const reading = await readWorkbook(
      planSheet([
        [
          "STT",
          "NOI DUNG",
          "LOAI",
          "DON VI TINH",
          "SO LUONG",
          "SO NGUOI",
          "SO NGAY",
          "THOI GIAN",
          "KINH PHI KE HOACH",
          "DON GIA",
          "DU TOAN",
          "CAN CU",
        ],
        ["1", "Hoi nghi trien khai", "hoi nghi", "cuoc", 2, 60, 1, "Quy II - Quy IV", 20800000],
      ]),
    );
    expect(reading.table?.columns).toEqual({
      stt: 1,
      name: 2,
      kind: 3,
      unit: 4,
      quantity: 5,
      participants: 6,
      days: 7,
      timing: 8,
      statedAmount: 9,
      unitCost: 10,
      estimate: 11,
      basis: 12,
    });
    expect(reading.plan.activities).toHaveLength(1);
    expect(reading.plan.activities[0]).toMatchObject({ row: 2, kind: "conference", unit: "cuoc", timing: "Quy II - Quy IV" });
    expect(reading.findings).toEqual([]);
  });

  it("matches the synonyms officers use: TT, Nội dung công việc, ĐVT, SL, Số đại biểu, Thời gian thực hiện, Kinh phí (đồng)", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["TT", "Nội dung công việc", "ĐVT", "SL", "Số đại biểu", "Thời gian thực hiện", "Kinh phí (đồng)"],
        ["1", "Treo băng rôn hưởng ứng Ngày Môi trường thế giới", "cái", 4, null, "Quý II", 2400000],
      ]),
    );
    expect(reading.table?.columns).toEqual({ stt: 1, name: 2, unit: 3, quantity: 4, participants: 5, timing: 6, statedAmount: 7 });
    expect(reading.plan.activities[0]).toMatchObject({ kind: "banner", kindGuessed: true, unit: "cái", timing: "Quý II" });
    expect(values(reading, "quantity")).toEqual(["4"]);
    expect(values(reading, "statedAmount")).toEqual(["2400000"]);
  });

  it("reads NFD-decomposed headers and sheet name like composed ones", async () => {
    const headers = ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch"].map(
      (h) => h.normalize("NFD"),
    );
    expect(headers[1]).not.toBe("Nội dung");
    const reading = await readWorkbook((wb) => {
      const ws = wb.addWorksheet("Kế hoạch".normalize("NFD"));
      ws.addRows([headers, ["1", "Hội nghị".normalize("NFD"), "Hội nghị".normalize("NFD"), "cuộc", 1, 30, 1, null, 5000000]]);
    });
    expect(reading.findings).toEqual([]);
    expect(reading.table?.columns).toMatchObject({
      stt: 1,
      name: 2,
      kind: 3,
      unit: 4,
      quantity: 5,
      participants: 6,
      days: 7,
      timing: 8,
      statedAmount: 9,
    });
    expect(reading.plan.activities[0].kind).toBe("conference");
  });

  it("finds the header in row 5 under a title block, and reads the block's date and province", async () => {
    const reading = await readWorkbook((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      ws.addRows([
        ["KẾ HOẠCH Áp dụng sản xuất sạch hơn trong công nghiệp năm 2020"],
        ["Số: 45/KH-SCT"],
        ["Ngày: 19/03/2020"],
        ["Tỉnh: Đồng Nai"],
        ["STT", "Nội dung", "Loại", "ĐVT", "SO LUONG", "Số người", "Số ngày", "Thời gian thực hiện", "Kinh phí kế hoạch"],
        ["1", "Tập huấn sản xuất sạch hơn cho doanh nghiệp", "Tập huấn", "lớp", 1, 50, 1, "Quý III", null],
      ]);
      ws.mergeCells("A1:I1");
    });
    expect(reading.findings).toEqual([]);
    expect(reading.table).toMatchObject({ sheet: "Kế hoạch", headerRow: 5, firstRow: 6 });
    expect(reading.plan.info).toMatchObject({ date: "2020-03-19", province: "Đồng Nai", number: "45/KH-SCT" });
    expect(reading.plan.activities).toHaveLength(1);
    expect(reading.plan.activities[0]).toMatchObject({ row: 6, kind: "training" });

    // the block chooses the norms: a 2020 Đồng Nai class pays lecturers at NQ 180/2019's level
    const estimate = estimatePlan(reading.plan);
    expect(estimate.norms).toMatchObject({ date: "2020-03-19", province: "Đồng Nai" });
    const lecturers = estimate.activities[0].lines.find((l) => l.normCode === "TH.GIANGVIEN")!;
    // 1 lớp x 1 ngày x 2 buổi x 1.300.000 = 2.600.000
    expect(lecturers.amount.toFixed()).toBe("2600000");
  });

  it('reads the official date line "Trà Vinh, ngày 19 tháng 3 năm 2020" anywhere in the block above the table', async () => {
    const reading = await readWorkbook((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      ws.addRows([
        ["SỞ CÔNG THƯƠNG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 30/KH-SCT", null, null, "Trà Vinh, ngày 19 tháng 3 năm 2020"],
        [],
        ["STT", "Nội dung", "Loại", "Số lượng"],
        ["1", "Treo băng rôn", "Băng rôn", 4],
      ]);
      ws.mergeCells("D2:F2");
    });
    expect(reading.findings).toEqual([]);
    expect(reading.plan.info).toMatchObject({ date: "2020-03-19", number: "30/KH-SCT" });
    expect(reading.table?.headerRow).toBe(4);
  });

  it('a "Ngày:" label wins over the date line; a date cited in the text is not the plan\'s date', async () => {
    const reading = await readWorkbook(
      planSheet([
        ["Hà Nội, ngày 02 tháng 01 năm 2024"],
        ["Ngày: 15/01/2024"],
        ["Căn cứ Quyết định số 12/QĐ-UBND, ngày 5 tháng 6 năm 2019"],
        ["STT", "Nội dung", "Số lượng"],
        ["1", "In tờ rơi", 100],
      ]),
    );
    expect(reading.plan.info.date).toBe("2024-01-15");
    const cited = await readWorkbook(
      planSheet([["Căn cứ Quyết định số 12/QĐ-UBND, ngày 5 tháng 6 năm 2019"], ["STT", "Nội dung", "Số lượng"], ["1", "In tờ rơi", 100]]),
    );
    expect(cited.plan.info.date).toBeUndefined();
  });

  it("reads the Thông tin sheet: a date cell, the province, the organising level", async () => {
    const reading = await readWorkbook((wb) => {
      const info = wb.addWorksheet("Thông tin");
      info.addRows([
        ["Ngày", new Date(Date.UTC(2016, 4, 1))],
        ["Tỉnh", "Hà Giang"],
        ["Cấp tổ chức", "huyện"],
        ["Tổng kinh phí", "1,2 tỷ"],
      ]);
      planSheet([
        ["STT", "Nội dung", "Số lượng", "Số người"],
        ["1", "Hội nghị sơ kết", 1, 30],
      ])(wb);
    });
    expect(reading.plan.info).toMatchObject({ date: "2016-05-01", province: "Hà Giang", level: "huyen" });
    expect(reading.plan.info.statedTotal?.toFixed()).toBe("1200000000");
  });

  it("finds the plan sheet spelled without diacritics (KE HOACH)", async () => {
    const reading = await readWorkbook(
      planSheet(
        [
          ["STT", "Nội dung", "Số lượng"],
          ["1", "In tờ rơi", 1000],
        ],
        "KE HOACH",
      ),
    );
    expect(reading.table?.sheet).toBe("KE HOACH");
    expect(reading.plan.activities[0].kind).toBe("printing");
  });
});

describe("readPlan: groups, subtotals and the Tổng cộng row", () => {
  const rows: Row[] = [
    ["STT", "Nội dung", "Loại", "ĐVT", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch"],
    ["I", "Tuyên truyền, nâng cao nhận thức", null, null, null, null, null, null, 50000000],
    ["1", "Hội nghị, hội thảo", null, null, null, null, null, null, null],
    ["a", "Hội nghị triển khai kế hoạch", "Hội nghị", "cuộc", 1, 50, 1, "Quý II", null],
    ["b", "Hội thảo chuyên đề sản xuất sạch hơn", "Hội thảo", "cuộc", 1, 40, 1, "Quý III", null],
    ["2", "In tờ rơi tuyên truyền", "In ấn", "tờ", 1000, null, null, "Quý II", null],
    ["II", "Hỗ trợ kỹ thuật", null, null, null, null, null, null, "30.000.000"],
    ["1", "Đánh giá nhanh SXSH tại cơ sở", "Đánh giá nhanh SXSH", "cơ sở", 2, null, null, "Quý IV", null],
    [null, "Tổng cộng", null, null, null, null, null, null, 80000000],
  ];

  it("nests I / 1 / a and keeps each group's stated subtotal", async () => {
    const reading = await readWorkbook(planSheet(rows));
    const groups = reading.plan.groups.map((g) => ({
      row: g.row,
      stt: g.stt,
      depth: g.depth,
      parentIndex: g.parentIndex,
      stated: g.statedAmount?.toFixed(),
    }));
    expect(groups).toEqual([
      { row: 2, stt: "I", depth: 0, parentIndex: undefined, stated: "50000000" },
      { row: 3, stt: "1", depth: 1, parentIndex: 0, stated: undefined },
      { row: 7, stt: "II", depth: 0, parentIndex: undefined, stated: "30000000" },
    ]);
    expect(reading.plan.activities.map((a) => [a.row, a.stt, a.kind, a.groupIndex])).toEqual([
      [4, "a", "conference", 1],
      [5, "b", "workshop", 1],
      [6, "2", "printing", 0],
      [8, "1", "assessment", 2],
    ]);
  });

  it("a group heading merged across the row is a group, not an activity with text in its number cells", async () => {
    const reading = await readWorkbook((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      ws.addRows([
        ["STT", "Nội dung", "Loại", "Số lượng", "Số người", "Kinh phí kế hoạch"],
        ["I", "Tuyên truyền, nâng cao nhận thức"],
        ["1", "Treo băng rôn", "Băng rôn", 4, null, 2400000],
        ["2", "Hội nghị triển khai", "Hội nghị", 1, 50, null],
      ]);
      ws.mergeCells("B2:E2");
    });
    expect(reading.findings).toEqual([]);
    expect(reading.plan.groups.map((g) => [g.row, g.name])).toEqual([[2, "Tuyên truyền, nâng cao nhận thức"]]);
    expect(reading.plan.activities.map((a) => [a.row, a.kind, a.groupIndex])).toEqual([
      [3, "banner", 0],
      [4, "conference", 0],
    ]);
  });

  it("takes the Tổng cộng row as the plan's stated total, not as an activity", async () => {
    const reading = await readWorkbook(planSheet(rows));
    expect(reading.table?.totalRow).toBe(9);
    expect(reading.plan.info.statedTotal?.toFixed()).toBe("80000000");
    expect(reading.plan.activities.some((a) => a.name === "Tổng cộng")).toBe(false);
  });

  it.each([["TỔNG CỘNG"], ["Tổng cộng:"], ["Cộng"], ["Tong cong"]])("recognises %j as the total row", async (label) => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Số lượng", "Kinh phí kế hoạch"],
        ["1", "In tờ rơi", 100, 3000000],
        [null, label, null, 3000000],
      ]),
    );
    expect(reading.table?.totalRow).toBe(3);
    expect(reading.plan.activities).toHaveLength(1);
  });

  it("stops at the Tổng cộng row: the signature block and notes below it are not activities, and stay as typed", async () => {
    const build = planSheet([
      ["STT", "Nội dung", "Loại", "Số lượng", "Dự toán"],
      ["1", "Treo băng rôn", "Băng rôn", 4, null],
      [null, "Tổng cộng", null, null, null],
      [],
      [null, "Bằng chữ: Hai triệu bốn trăm nghìn đồng"],
      [null, "Người lập biểu", null, "Giám đốc", null],
      [null, "Nguyễn Văn A", null, "Trần Văn B", null],
    ]);
    const reading = await readWorkbook(build);
    expect(reading.findings).toEqual([]);
    expect(reading.plan.activities.map((a) => a.row)).toEqual([2]);

    const wb = new ExcelJS.Workbook();
    build(wb);
    const port = await XlsxWorkbook.fromBuffer(await wb.xlsx.writeBuffer());
    const result = await runEstimate(port);
    // The only finding: this plan has no date, so today's norms are used (and said).
    expect(result.findings.map((f) => f.code)).toEqual(["missing-plan-date"]);
    const ws = port.workbook.getWorksheet("Kế hoạch")!;
    // 4 x 600.000 = 2.400.000 on the activity and on the total; nothing under the table
    expect(["E2", "E3", "E5", "E6", "E7"].map((a) => ws.getCell(a).value)).toEqual([2400000, 2400000, null, null, null]);
    expect(ws.getCell("D6").value).toBe("Giám đốc");
  });

  it('keeps reading numbered rows after a per-group "Cộng" row, and rows after a total written at the top', async () => {
    const subtotals = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Kinh phí kế hoạch"],
        ["I", "Tuyên truyền", null, null, null],
        ["1", "Treo băng rôn", "Băng rôn", 4, 2400000],
        [null, "Cộng", null, null, 2400000],
        ["II", "Cơ sở dữ liệu", null, null, null],
        ["1", "Duy trì website", "Cơ sở dữ liệu / website", 1, 5000000],
        [null, "Tổng cộng", null, null, 7400000],
      ]),
    );
    expect(subtotals.plan.activities.map((a) => a.row)).toEqual([3, 6]);
    expect(subtotals.table?.totalRow).toBe(7);
    expect(subtotals.plan.info.statedTotal?.toFixed()).toBe("7400000");

    const totalFirst = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Kinh phí kế hoạch"],
        [null, "TỔNG CỘNG", null, null, 2700000],
        [null, "Treo băng rôn", "Băng rôn", 4, 2400000],
        [null, "In tờ rơi", "In ấn", 10, 300000],
      ]),
    );
    expect(totalFirst.plan.activities.map((a) => a.row)).toEqual([3, 4]);
    expect(totalFirst.table?.totalRow).toBe(2);
  });

  it("the estimate's subtotals follow the plan's nesting", async () => {
    const reading = await readWorkbook(planSheet(rows));
    const estimate = estimatePlan(reading.plan);
    const [a, b, leaflets, assessment] = estimate.activities.map((x) => x.amount);
    const [groupI, group1, groupII] = estimate.groups.map((g) => g.amount.toFixed());
    expect(group1).toBe(a.plus(b).toFixed());
    expect(groupI).toBe(a.plus(b).plus(leaflets).toFixed());
    expect(groupII).toBe(assessment.toFixed());
    expect(estimate.total.toFixed()).toBe(a.plus(b).plus(leaflets).plus(assessment).toFixed());
  });
});

describe("readPlan: numbers as officers type them", () => {
  it("reads text numbers in both conventions and numbers stored as text", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Số người", "Số ngày", "Đơn giá", "Kinh phí kế hoạch"],
        ["1", "Hội nghị A", "Hội nghị", "2,5", "60", "1.5", null, "20.800.000"],
        ["2", "In tài liệu B", "In ấn", "1.000", null, null, "12.345,5", "20,8 triệu"],
        ["3", "Đoàn công tác C", "Đoàn công tác", 2, "10 ", 3, "1,234,567", "1,2 tỷ"],
        ["4", "Băng rôn D", "Băng rôn", "108", null, null, "600.000 đồng", "87.000.000đ"],
      ]),
    );
    expect(reading.findings).toEqual([]);
    expect(values(reading, "quantity")).toEqual(["2.5", "1000", "2", "108"]);
    expect(values(reading, "participants")).toEqual(["60", undefined, "10", undefined]);
    expect(values(reading, "days")).toEqual(["1.5", undefined, "3", undefined]);
    expect(values(reading, "unitCost")).toEqual([undefined, "12345.5", "1234567", "600000"]);
    expect(values(reading, "statedAmount")).toEqual(["20800000", "20800000", "1200000000", "87000000"]);
  });

  it("reads real numeric cells exactly, decimals included", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Đơn giá"],
        ["1", "Khác", "Khác", 2.5, 1234567.89],
      ]),
    );
    expect(values(reading, "quantity")).toEqual(["2.5"]);
    expect(values(reading, "unitCost")).toEqual(["1234567.89"]);
  });

  it("an error value in a number cell is a finding naming the cell", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Số người"],
        ["1", "Hội nghị A", "Hội nghị", { error: "#REF!" } as ExcelJS.CellErrorValue, 50],
        ["2", "Hội nghị B", "Hội nghị", 1, { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue],
      ]),
    );
    expect(where(reading.findings)).toEqual([
      { severity: "error", code: "error-value", sheet: "Kế hoạch", range: "D2" },
      { severity: "error", code: "error-value", sheet: "Kế hoạch", range: "E3" },
    ]);
    expect(reading.findings[0].message).toContain("Kế hoạch!D2");
    expect(reading.findings[0].message).toContain("#REF!");
    expect(reading.findings[0].messageEn).toContain("Kế hoạch!D2");
    expect(reading.findings[1].message).toContain("#DIV/0!");
    expect(values(reading, "quantity")).toEqual([undefined, "1"]);
  });

  it("text in a number cell is a finding naming the cell, never a silent 0", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Số người"],
        ["1", "Hội nghị A", "Hội nghị", 2, "sáu mươi"],
        ["2", "Băng rôn", "Băng rôn", "1.23.4", null],
      ]),
    );
    expect(where(reading.findings)).toEqual([
      { severity: "error", code: "not-a-number", sheet: "Kế hoạch", range: "E2" },
      { severity: "error", code: "not-a-number", sheet: "Kế hoạch", range: "D3" },
    ]);
    expect(reading.findings[0].message).toContain('"sáu mươi"');
    expect(reading.findings[0].message).toContain("Số người");
    expect(reading.findings[0].messageEn).toContain("Participants");
    expect(values(reading, "participants")).toEqual([undefined, undefined]);

    // the estimate then says the row lacks participants, on the same cell
    const estimate = estimatePlan(reading.plan);
    expect(where(estimate.findings)).toContainEqual({ severity: "error", code: "missing-participants", sheet: "Kế hoạch", range: "E2" });
  });

  it("a dash or blank in a number cell means empty, not an error", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng", "Số người"],
        ["1", "In tờ rơi", "In ấn", 500, "-"],
        ["2", "In sổ tay", "In ấn", 200, "  "],
      ]),
    );
    expect(reading.findings).toEqual([]);
    expect(values(reading, "participants")).toEqual([undefined, undefined]);
  });
});

describe("readPlan: kinds", () => {
  it("guesses the kind from Nội dung when Loại is empty, and says when it cannot", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng"],
        ["1", "Phát sóng phóng sự về sản xuất sạch hơn", null, 6],
        ["2", "Mua sắm thiết bị văn phòng", null, 1],
        ["3", "Thuê chuyên gia", "xyz", 1],
      ]),
    );
    expect(reading.plan.activities.map((a) => [a.kind, a.kindGuessed])).toEqual([
      ["tv", true],
      ["other", true],
      ["other", true],
    ]);
    expect(where(reading.findings)).toEqual([
      { severity: "warning", code: "kind-not-recognised", sheet: "Kế hoạch", range: "B3" },
      { severity: "warning", code: "unknown-kind", sheet: "Kế hoạch", range: "C4" },
      { severity: "warning", code: "kind-not-recognised", sheet: "Kế hoạch", range: "B4" },
    ]);
  });

  it("reads kind codes and labels", async () => {
    const reading = await readWorkbook(
      planSheet([
        ["STT", "Nội dung", "Loại", "Số lượng"],
        ["1", "Việc 1", "study_tour", 1],
        ["2", "Việc 2", "Truyền hình / phóng sự", 1],
        ["3", "Việc 3", "PANO", 1],
      ]),
    );
    expect(reading.plan.activities.map((a) => a.kind)).toEqual(["study_tour", "tv", "panel"]);
  });
});

describe("readPlan: what it cannot read is a finding, never a crash", () => {
  it("a workbook without a Kế hoạch sheet", async () => {
    const reading = await readWorkbook((wb) => wb.addWorksheet("Sheet1").addRow(["STT", "Nội dung", "Số lượng"]));
    expect(reading.table).toBeUndefined();
    expect(reading.plan.activities).toEqual([]);
    expect(where(reading.findings)).toEqual([{ severity: "error", code: "missing-plan-sheet", sheet: undefined, range: undefined }]);
    expect(reading.findings[0].message).toContain("Kế hoạch");
    expect(reading.findings[0].messageEn).toMatch(/No "Kế hoạch" \(plan\) sheet/);
  });

  it("a Kế hoạch sheet without a header row", async () => {
    const reading = await readWorkbook(planSheet([["Danh sách việc cần làm"], ["1", "Hội nghị", 2], ["2", "Băng rôn", 4]]));
    expect(reading.table).toBeUndefined();
    expect(where(reading.findings)).toEqual([{ severity: "error", code: "missing-header", sheet: "Kế hoạch", range: "A1" }]);
  });

  it("an empty Kế hoạch sheet", async () => {
    const reading = await readWorkbook((wb) => wb.addWorksheet("Kế hoạch"));
    expect(where(reading.findings)).toEqual([{ severity: "error", code: "missing-header", sheet: "Kế hoạch", range: "A1" }]);
  });

  it("a header without activities below it", async () => {
    const reading = await readWorkbook(planSheet([["STT", "Nội dung", "Số lượng"]]));
    expect(where(reading.findings)).toEqual([{ severity: "error", code: "empty-plan", sheet: "Kế hoạch", range: "B1" }]);
  });
});
