import type { Norm } from "./norm";
import { money } from "../money/money";

/*
 * The built-in norms catalog. Every figure here is taken from ../shared/domain
 * (norms-research.md) with its source; figures the law does not fix are marked
 * status "estimate" with a note saying where the real figure comes from. The
 * README lists every estimate. A workbook's Định mức sheet overrides all of them.
 */

const TT40 = "TT 40/2017/TT-BTC";
const TT40_CONF = `Đ12 ${TT40} (nội dung chi hội nghị); mức theo quy chế chi tiêu nội bộ / báo giá`;
const SRC_TT40_MEAL =
  "https://thuvienphapluat.vn/hoi-dap-phap-luat/2D563-hd-muc-chi-ho-tro-tien-an-cho-dai-bieu-khong-trong-danh-sach-tra-luong-cua-co-quan-nha-nuoc.html";
const SRC_TT40_2017 = "https://tuoitre.vn/tu-17-phu-cap-luu-tru-di-cong-tac-200000-dong-ngay-nguoi-1316205.htm";
const SRC_TT12_2025 = "https://bnews.vn/muc-phu-cap-luu-tru-de-chi-tra-cho-nguoi-di-cong-tac-300-000-dong-ngay/369172.html";
const SRC_TT97 =
  "http://118.69.201.250:801/lao-dong-tien-luong/muc-phu-cap-luu-tru-moi-nhat-hien-nay-thay-doi-the-nao-so-voi-quy-dinh-truoc-day-38500.html";
const SRC_TT97_ROOM = "https://baolangson.vn/xa-hoi/29944-tu-ngay-20-8-phu-cap-luu-tru-nhieu-nhat-la-200-nghin-dong-nguoi-ngay.html";
const SRC_SXSH = "http://sxsh.vn/default.aspx?page=faq&do=detail&nav-id=15&id=45";
const SRC_DONGNAI_LECTURER =
  "http://dongnailand.vn/trang-chuthong-tin-kt-xh-huong-dan-muc-chi-boi-duong-cho-giang-vien-bao-cao-vien-theo-nghi-quyet-180-2019-nq-hdnd/";
const SRC_TIENGIANG_LECTURER = "http://tgu.edu.vn/topic/?11689";
const SRC_TT51_WATER =
  "https://luatvietnam.vn/tin-van-ban-moi/4-khoan-chi-bien-soan-tai-lieu-giao-duc-cua-dia-phuong-186-22134-article.html";
const TT40_FROM = "2017-07-01";
const TT40_TO = "2025-05-03";
const TT12_FROM = "2025-05-04";
const TT97_TO = "2017-06-30";

const QUOTE_NOTE =
  "Không có định mức quốc gia: lấy theo báo giá / hợp đồng hoặc đơn giá của tỉnh (No national norm: use a quote, a contract or the province's unit price).";

function amount(value: string) {
  return { kind: "amount" as const, value: money(value) };
}

export const BUILT_IN_NORMS: readonly Norm[] = [
  // ---- Hội nghị, hội thảo, tập huấn: lines of Đ12 TT 40/2017 without a national figure.
  {
    code: "HN.HOITRUONG",
    kind: "any",
    line: "Thuê hội trường, trang thiết bị (máy chiếu, âm thanh)",
    unit: "ngày",
    rule: amount("3000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: TT40_CONF,
    status: "estimate",
    note: `Ước tính. ${QUOTE_NOTE}`,
  },
  {
    code: "HN.TRANGTRI",
    kind: "any",
    line: "Trang trí, khánh tiết (maket, phông)",
    unit: "cuộc",
    rule: amount("500000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: TT40_CONF,
    status: "estimate",
    note: `Ước tính. ${QUOTE_NOTE}`,
  },
  {
    code: "HN.TAILIEU",
    kind: "any",
    line: "Tài liệu, văn phòng phẩm cho đại biểu",
    unit: "người",
    rule: amount("30000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: TT40_CONF,
    status: "estimate",
    note: `Ước tính. ${QUOTE_NOTE}`,
  },
  {
    code: "HN.NUOCUONG",
    kind: "any",
    line: "Nước uống, giải khát giữa giờ",
    unit: "người/ngày",
    rule: amount("40000"),
    cap: "max",
    layer: "market",
    jurisdiction: "national",
    basis: `${TT40_CONF}; tham chiếu TT 51/2019/TT-BTC (tối đa 40.000 đồng/người/ngày)`,
    status: "estimate",
    source: SRC_TT51_WATER,
    note: "Ước tính: mức 40.000 của TT 51/2019 (bối cảnh khác) dùng làm mốc; mức hội nghị do nghị quyết HĐND tỉnh quy định (TT 51/2019's 40.000 used as a benchmark; the conference level is the province's).",
  },
  {
    code: "HN.BAOCAOVIEN",
    kind: "any",
    line: "Bồi dưỡng báo cáo viên",
    unit: "buổi",
    rule: amount("1000000"),
    cap: "max",
    layer: "market",
    jurisdiction: "national",
    basis: TT40_CONF,
    status: "estimate",
    note: "Ước tính: TT 40/2017 không ấn định mức quốc gia; mức theo nghị quyết HĐND tỉnh / quy chế chi tiêu nội bộ (no national figure found).",
  },
  // Meal support for delegates not paid by the state budget, K4 Đ12 TT 40/2017.
  ...(
    [
      ["HN.TIENAN.TINH", "tỉnh", "200000"],
      ["HN.TIENAN.HUYEN", "huyện", "150000"],
      ["HN.TIENAN.XA", "xã", "100000"],
    ] as const
  ).map(([code, level, value]): Norm => ({
    code,
    kind: "any",
    line: `Hỗ trợ tiền ăn đại biểu không hưởng lương NSNN (hội nghị cấp ${level})`,
    unit: "người/ngày",
    rule: amount(value),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `K4 Đ12 ${TT40}`,
    validFrom: TT40_FROM,
    status: "verified",
    source: SRC_TT40_MEAL,
    note: "Việc TT 12/2025 có điều chỉnh mức này hay không chưa tìm thấy (whether TT 12/2025 changed it was not found).",
  })),
  // Before TT 40/2017 the meal-support levels were in TT 97/2010; they are not in our sources.
  ...(["TINH", "HUYEN", "XA"] as const).map((level): Norm => ({
    code: `HN.TIENAN.${level}`,
    kind: "any",
    line: "Hỗ trợ tiền ăn đại biểu không hưởng lương NSNN",
    unit: "người/ngày",
    rule: amount({ TINH: "150000", HUYEN: "100000", XA: "70000" }[level]),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: "TT 97/2010/TT-BTC",
    validTo: TT97_TO,
    status: "estimate",
    note: "Ước tính: mức của TT 97/2010 không có trong nguồn đã kiểm chứng; cần đối chiếu văn bản gốc (the TT 97/2010 level is not in our sources).",
  })),
  // ---- Lecturers of training classes (thù lao giảng viên), per session (buổi).
  {
    code: "TH.GIANGVIEN",
    kind: "training",
    line: "Thù lao giảng viên, báo cáo viên",
    unit: "buổi",
    rule: amount("1000000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: "Điểm a K2 Đ5 TT 36/2018/TT-BTC (thủ trưởng đơn vị quyết định mức cụ thể)",
    validFrom: "2018-06-15",
    status: "estimate",
    note: "Ước tính: bảng mức quốc gia của TT 36/2018 chưa tìm thấy; dùng mức của tỉnh hoặc quy chế chi tiêu nội bộ (the national table was not found).",
  },
  {
    code: "TH.GIANGVIEN",
    kind: "training",
    line: "Thù lao giảng viên, báo cáo viên",
    unit: "buổi",
    rule: amount("1000000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: "TT 139/2010/TT-BTC (tối đa 1.000.000 đồng/buổi, bậc cao nhất)",
    validTo: "2018-06-14",
    status: "verified",
    source: "https://www.baomoi.com/bo-truong-duoc-toi-da-1-trieu-dong-mot-buoi-giang-bai/c/4917770.epi",
    note: "Mức tối đa của bậc cao nhất; bậc thấp hơn 800.000 (top tier maximum; next tier 800.000).",
  },
  {
    code: "TH.GIANGVIEN",
    kind: "training",
    line: "Thù lao giảng viên, báo cáo viên (CBCCVC cấp sở, 1 buổi = 4 tiết)",
    unit: "buổi",
    rule: amount("1300000"),
    cap: "max",
    layer: "province",
    jurisdiction: "Đồng Nai",
    basis: "NQ 180/2019/NQ-HĐND tỉnh Đồng Nai (theo TT 36/2018/TT-BTC)",
    validFrom: "2019-01-01",
    status: "verified",
    source: SRC_DONGNAI_LECTURER,
    note: "Bậc: lãnh đạo cấp sở / CBCCVC trung ương. Các bậc cao hơn: 2.000.000 / 1.800.000 / 1.600.000 (higher tiers).",
  },
  {
    code: "TH.GIANGVIEN",
    kind: "training",
    line: "Thù lao giảng viên (bậc 3, 1 buổi = 5 tiết)",
    unit: "buổi",
    rule: amount("600000"),
    cap: "max",
    layer: "province",
    jurisdiction: "Tiền Giang",
    basis: "CV 4988/UBND-TC ngày 07/11/2018 của UBND tỉnh Tiền Giang",
    validFrom: "2018-11-07",
    status: "verified",
    source: SRC_TIENGIANG_LECTURER,
    note: "Các bậc: 1.000.000 / 800.000 / 600.000 (tiers).",
  },
  // ---- Travel (công tác phí): per diem and lump-sum lodging.
  {
    code: "CT.LUUTRU",
    kind: "study_tour",
    line: "Phụ cấp lưu trú",
    unit: "người/ngày",
    rule: amount("150000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: "TT 97/2010/TT-BTC",
    validTo: TT97_TO,
    status: "verified",
    source: SRC_TT97,
  },
  {
    code: "CT.LUUTRU",
    kind: "study_tour",
    line: "Phụ cấp lưu trú",
    unit: "người/ngày",
    rule: amount("200000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `K1 Đ6 ${TT40}`,
    validFrom: TT40_FROM,
    validTo: TT40_TO,
    status: "verified",
    source: SRC_TT40_2017,
  },
  {
    code: "CT.LUUTRU",
    kind: "study_tour",
    line: "Phụ cấp lưu trú",
    unit: "người/ngày",
    rule: amount("300000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `K3 Đ1 TT 12/2025/TT-BTC sửa đổi ${TT40}`,
    validFrom: TT12_FROM,
    status: "verified",
    source: SRC_TT12_2025,
  },
  ...lodging(),
  {
    code: "CT.PHUONGTIEN",
    kind: "study_tour",
    line: "Thuê phương tiện đi lại (khứ hồi)",
    unit: "người",
    rule: amount("1000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: `${TT40} (theo thực tế)`,
    status: "estimate",
    note: `Ước tính. Chi theo hóa đơn / hợp đồng thực tế (paid at actual cost).`,
  },
  // ---- Media and printing: quotes or the province's unit-price decisions.
  {
    code: "BR.BANGRON",
    kind: "banner",
    line: "Thiết kế, in, treo băng rôn",
    unit: "cái",
    rule: amount("600000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Báo giá / hợp đồng",
    status: "estimate",
    note: "Ước tính: KH 30/KH-SCT Trà Vinh 2020 dự toán 04 băng rôn = 2.400.000 (600.000/cái). Thay bằng báo giá (replace with a quote).",
  },
  {
    code: "PN.PANO",
    kind: "panel",
    line: "Thiết kế, in, lắp đặt pano, bảng hiệu",
    unit: "cái",
    rule: amount("5000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Báo giá / hợp đồng",
    status: "estimate",
    note: `Ước tính. ${QUOTE_NOTE}`,
  },
  {
    code: "PT.CHUONGTRINH",
    kind: "radio",
    line: "Biên soạn, phát sóng chương trình phát thanh",
    unit: "chương trình",
    rule: amount("3000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Đơn giá sản xuất chương trình phát thanh của UBND tỉnh (theo TT 09/2020/TT-BTTTT)",
    status: "estimate",
    note: "Ước tính: giá theo quyết định đơn giá của tỉnh hoặc bảng giá của đài (the province's unit-price decision or the station's price list).",
  },
  {
    code: "TV.PHONGSU",
    kind: "tv",
    line: "Biên soạn, sản xuất, phát sóng phóng sự truyền hình",
    unit: "chương trình",
    rule: amount("10000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Đơn giá sản xuất chương trình truyền hình của UBND tỉnh (theo TT 03/2018/TT-BTTTT)",
    status: "estimate",
    note: "Ước tính: giá một phóng sự chưa tìm thấy; lấy theo quyết định đơn giá của tỉnh hoặc bảng giá của đài (no price per report found).",
  },
  {
    code: "BAO.SO",
    kind: "newspaper",
    line: "Biên soạn, đăng tin bài trên báo / bản tin",
    unit: "số",
    rule: amount("3000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Hợp đồng với cơ quan báo chí",
    status: "estimate",
    note: `Ước tính. ${QUOTE_NOTE}`,
  },
  {
    code: "IN.TAILIEU",
    kind: "printing",
    line: "Biên soạn, in ấn tài liệu",
    unit: "cuốn",
    rule: amount("30000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Báo giá / hợp đồng in",
    status: "estimate",
    note: `Ước tính. ${QUOTE_NOTE}`,
  },
  // ---- Cleaner-production assessment support: the one figure TTLT 221/2012 sets itself.
  {
    code: "SXSH.DANHGIA",
    kind: "assessment",
    line: "Hỗ trợ đánh giá nhanh sản xuất sạch hơn",
    unit: "cơ sở",
    rule: { kind: "share-capped", share: money("0.5"), cap: money("50000000"), baseLabel: "chi phí tư vấn" },
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: "TTLT 221/2012/TTLT-BTC-BCT",
    validFrom: "2013-01-01",
    status: "verified",
    source: SRC_SXSH,
    note: "Tối đa 50% chi phí tư vấn và không quá 50.000.000 đồng/cơ sở. Chiến lược SXSH kéo dài đến 2020; hiệu lực sau 2020 chưa rõ (status after 2020 unknown). Ngày hiệu lực chính xác chưa kiểm chứng.",
  },
  // ---- Database / website upkeep: no norm found (TT 194/2012 is unverified memory).
  {
    code: "CSDL.DUYTRI",
    kind: "database",
    line: "Duy trì, cập nhật hệ thống cơ sở dữ liệu / website",
    unit: "năm",
    rule: amount("5000000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Hợp đồng / báo giá",
    status: "estimate",
    note: "Ước tính: chưa tìm thấy định mức (no norm found); theo hợp đồng dịch vụ.",
  },
  {
    code: "CSDL.KHAOSAT",
    kind: "database",
    line: "Khảo sát, thu thập, cập nhật số liệu tại cơ sở",
    unit: "cơ sở",
    rule: amount("100000"),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis: "Hợp đồng / quy chế chi tiêu nội bộ",
    status: "estimate",
    note: "Ước tính: chưa tìm thấy định mức (no norm found).",
  },
];

/** Lump-sum lodging (khoán tiền thuê phòng nghỉ) for other staff, by area class and period. */
function lodging(): Norm[] {
  const areas = [
    ["CT.PHONG.DT1", "quận của TP trực thuộc TW, đô thị loại I", "350000", "450000"],
    ["CT.PHONG.TP", "huyện, thị xã của TP trực thuộc TW; thị xã, TP thuộc tỉnh", "250000", "350000"],
    ["CT.PHONG.KHAC", "vùng còn lại", "250000", "300000"],
  ] as const;
  return areas.flatMap(([code, area, tt97, tt40]): Norm[] => [
    {
      code,
      kind: "study_tour",
      line: `Khoán tiền thuê phòng nghỉ (${area})`,
      unit: "người/đêm",
      rule: amount(tt97),
      cap: "lump_sum",
      layer: "national",
      jurisdiction: "national",
      basis: "TT 97/2010/TT-BTC",
      validTo: TT97_TO,
      status: code === "CT.PHONG.KHAC" ? "estimate" : "verified",
      source: SRC_TT97_ROOM,
      note:
        code === "CT.PHONG.KHAC"
          ? "Ước tính: TT 97/2010 chỉ nêu 2 mức trong nguồn; dùng mức thấp (only two levels in our source)."
          : undefined,
    },
    {
      code,
      kind: "study_tour",
      line: `Khoán tiền thuê phòng nghỉ (${area})`,
      unit: "người/đêm",
      rule: amount(tt40),
      cap: "lump_sum",
      layer: "national",
      jurisdiction: "national",
      basis: TT40,
      validFrom: TT40_FROM,
      validTo: TT40_TO,
      status: "verified",
      source: SRC_TT40_2017,
    },
    {
      code,
      kind: "study_tour",
      line: `Khoán tiền thuê phòng nghỉ (${area})`,
      unit: "người/đêm",
      rule: amount(tt40),
      cap: "lump_sum",
      layer: "national",
      jurisdiction: "national",
      basis: `${TT40} sửa đổi bởi TT 12/2025/TT-BTC`,
      validFrom: TT12_FROM,
      status: "estimate",
      note: "Ước tính: mức khoán cho cán bộ khác sau TT 12/2025 chưa tìm thấy; tạm dùng mức TT 40/2017 (the post-2025 level was not found).",
    },
  ]);
}
