import ExcelJS from "exceljs";

/** An activity of a generated plan: [Loại, ĐVT, Số lượng, Số người, Số ngày, Thời gian]. */
export type PlanKind = [string, string, number, number | null, number | null, string];

/** Kinds the generated plans cycle through. */
export const KINDS: PlanKind[] = [
  ["Hội nghị", "cuộc", 2, 60, 1, "Quý II - Quý IV"],
  ["Băng rôn", "cái", 40, null, null, "Quý II"],
  ["Tập huấn", "lớp", 1, 40, 2, "Quý III"],
  ["Truyền hình", "phóng sự", 6, null, null, "Quý I - Quý IV"],
  ["In ấn tài liệu", "cuốn", 500, null, null, "Quý II, III"],
  ["Pano", "cái", 2, null, null, "tháng 6"],
];

/**
 * A province-sized plan of `n` activities in the workbook layout: Thông tin, a
 * Kế hoạch grouped by tens (1, 2 ... with activities 1.1 ... 1.10), the amounts
 * the plan states, a Tổng cộng row, and a Phân bổ sheet with the allocation.
 */
export function benchPlan(n: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thông tin").addRows([
    ["Tên kế hoạch", `Kế hoạch thử ${n} hoạt động`],
    ["Ngày", "19/03/2020"],
    ["Tỉnh", "Trà Vinh"],
    ["Cấp tổ chức", "tỉnh"],
  ]);
  const plan = wb.addWorksheet("Kế hoạch");
  plan.addRow(["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch"]);
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / 10) + 1;
    if (i % 10 === 0) plan.addRow([String(group), `Nhóm nhiệm vụ ${group}`]);
    const [kind, unit, quantity, people, days, timing] = KINDS[i % KINDS.length];
    plan.addRow([
      `${group}.${(i % 10) + 1}`,
      `Hoạt động số ${i + 1}: ${kind.toLowerCase()} về sản xuất sạch hơn`,
      kind,
      unit,
      quantity,
      people,
      days,
      timing,
      10_000_000 + (i % 7) * 1_000_000,
    ]);
  }
  plan.addRow([null, "Tổng cộng"]);
  wb.addWorksheet("Phân bổ").addRows([
    ["PHÂN BỔ KINH PHÍ"],
    [],
    ["Nội dung", "Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["Kinh phí được giao", n * 12_000_000],
  ]);
  return wb;
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
