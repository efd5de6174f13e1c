import ExcelJS from "exceljs";

/**
 * The sample workbook: Kế hoạch 30/KH-SCT of the Trà Vinh Department of Industry
 * and Trade, 19/3/2020 (../shared/seeds/tra-vinh-2020-bao-ve-moi-truong.txt), laid
 * out as an officer would type it: its four activities with quantities,
 * participants, quarters and the amounts the plan states, and the allocation.
 */
export function buildTraVinhWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dutoan";

  const info = wb.addWorksheet("Thông tin");
  info.addRows([
    ["Tên kế hoạch", "Bảo vệ môi trường ngành Công Thương năm 2020"],
    ["Số", "30/KH-SCT"],
    ["Ngày", "19/03/2020"],
    ["Cơ quan ban hành", "Sở Công Thương tỉnh Trà Vinh"],
    ["Tỉnh", "Trà Vinh"],
    ["Cấp tổ chức", "tỉnh"],
    ["Nguồn kinh phí", "Sự nghiệp môi trường năm 2020"],
  ]);
  info.getColumn(1).width = 22;
  info.getColumn(2).width = 50;

  const plan = wb.addWorksheet("Kế hoạch");
  plan.addRows([
    ["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian", "Kinh phí kế hoạch", "Dự toán", "Căn cứ", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["1", "Truyền thông môi trường", null, null, null, null, null, null, 75200000],
    ["a", "Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "Hội nghị", "cuộc", 2, 60, null, "Quý I - Quý IV/2020", 20800000],
    ["b", "Trang bị băng rôn tuyên truyền bảo vệ môi trường tại các chợ", "Băng rôn", "chợ", 108, null, null, "Quý I - Quý IV", 52000000],
    ["c", "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020", "Băng rôn", "cái", 4, null, null, "Quý II - Quý IV", 2400000],
    ["2", "Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương", "Cơ sở dữ liệu / website", "cơ sở", 60, null, null, "Quý I - Quý IV", 11800000],
    [null, "Tổng cộng", null, null, null, null, null, null, 87000000],
  ]);
  plan.getRow(1).font = { bold: true };
  [6, 50, 16, 10, 9, 9, 8, 20, 16, 16, 40, 14, 14, 14, 14].forEach((w, i) => (plan.getColumn(i + 1).width = w));
  plan.getColumn(9).numFmt = "#,##0";
  plan.getRow(7).font = { bold: true };

  const allocation = wb.addWorksheet("Phân bổ");
  allocation.addRows([
    ["PHÂN BỔ KINH PHÍ NĂM 2020"],
    [],
    ["Nội dung", "Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["Kinh phí được giao", 87000000],
  ]);
  allocation.getColumn(1).width = 24;
  allocation.getRow(3).font = { bold: true };
  return wb;
}
