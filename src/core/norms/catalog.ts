import type { Norm } from "./norm";
import { money } from "../money/money";
import { dayBefore, isoDate, type IsoDate } from "../dates/isoDate";

/*
 * The built-in norms catalog. Every figure here is taken from ../shared/domain
 * (norms-research.md, norms-research-2026.md) with its source; figures the law
 * does not fix are status "estimate" with a note saying where the real figure
 * comes from. The README lists every estimate. A workbook's Định mức sheet
 * overrides all of them.
 *
 * Dates: a norm that cites a document is in force from the day that document can
 * be applied (documents.ts; a test checks every citation) and never before. A
 * line the law leaves to a quote cites no circular ("Báo giá / hợp đồng") and has
 * no dates.
 */

const TT97 = "TT 97/2010/TT-BTC";
const TT40 = "TT 40/2017/TT-BTC";
const TT139 = "TT 139/2010/TT-BTC";
const TT36 = "TT 36/2018/TT-BTC";
const TT97_FROM = isoDate("2010-08-20");
const TT97_TO = isoDate("2017-06-30");
const TT139_FROM = isoDate("2010-11-06");
const TT139_TO = isoDate("2018-06-14");
const TT40_FROM = isoDate("2017-07-01");
const TT40_TO = isoDate("2025-05-03");
const TT36_FROM = isoDate("2018-06-15");
const TT12_FROM = isoDate("2025-05-04");

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
const SRC_TT139 =
  "https://dtcblehongphong.hanoi.gov.vn/nghien-cuu-trao-doi/-/view_content/1564103-bao-cao-vien-la-chuyen-gia-cao-cap-tra-thu-lao-the-nao-.html";
const SRC_TT36 =
  "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/3C337-hd-muc-chi-thu-lao-cho-giang-vien-bao-cao-vien-khi-boi-duong-can-bo-cong-chuc-trong-nuoc.html";
const SRC_WATER_BENCHMARK =
  "https://luatvietnam.vn/tin-van-ban-moi/4-khoan-chi-bien-soan-tai-lieu-giao-duc-cua-dia-phuong-186-22134-article.html";
/** Bộ pháp điển mirror, cong-nghe-thong-tin.md lines 3888-3950 (norms-research-2026.md 7.7). */
const SRC_TT194 = "https://github.com/diepxuan/diepxuan.github.io (van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md, dòng 3888-3950)";

/** Lines the law prices by quote or contract (norms-research-2026.md 1.8, 7.1): no circular to cite. */
const QUOTE = "Báo giá / hợp đồng (quy chế chi tiêu nội bộ)";
const QUOTE_NOTE =
  "Không có định mức quốc gia: lấy theo báo giá / hợp đồng hoặc đơn giá của tỉnh (No national norm: use a quote, a contract or the province's unit price).";

function amount(value: string) {
  return { kind: "amount" as const, value: money(value) };
}

/** A line priced by quote: no document, no dates, always an estimate to replace. */
function quoted(code: string, kind: Norm["kind"], line: string, unit: string, value: string, note: string, basis = QUOTE): Norm {
  return {
    code,
    kind,
    line,
    unit,
    rule: amount(value),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    basis,
    status: "estimate",
    note: `Ước tính. ${note}`,
  };
}

export const BUILT_IN_NORMS: readonly Norm[] = [
  // ---- Hội nghị, hội thảo, tập huấn: hall, decoration and documents are priced by quote (TT 55/2023 Điều 4: "theo … đấu thầu").
  quoted("HN.HOITRUONG", "any", "Thuê hội trường, trang thiết bị (máy chiếu, âm thanh)", "ngày", "3000000", QUOTE_NOTE),
  quoted("HN.TRANGTRI", "any", "Trang trí, khánh tiết (maket, phông)", "cuộc", "500000", QUOTE_NOTE),
  quoted("HN.TAILIEU", "any", "Tài liệu, văn phòng phẩm cho đại biểu", "người", "30000", QUOTE_NOTE),
  // Drinking water: a level of K3 Đ12 TT 40/2017 (amount not found); before it, the conference rules of TT 97/2010.
  {
    code: "HN.NUOCUONG",
    kind: "any",
    line: "Nước uống, giải khát giữa giờ",
    unit: "người/ngày",
    rule: amount("40000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `${TT97} (chi hội nghị); mức theo quy chế chi tiêu nội bộ`,
    validFrom: TT97_FROM,
    validTo: TT97_TO,
    status: "estimate",
    source: SRC_WATER_BENCHMARK,
    note: "Ước tính: mức của TT 97/2010 cho nước uống không có trong nguồn; 40.000 đồng/người/ngày là mốc của một văn bản khác (xem nguồn).",
  },
  {
    code: "HN.NUOCUONG",
    kind: "any",
    line: "Nước uống, giải khát giữa giờ",
    unit: "người/ngày",
    rule: amount("40000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `K3 Đ12 ${TT40} (mức do HĐND tỉnh quy định)`,
    validFrom: TT40_FROM,
    status: "estimate",
    source: SRC_WATER_BENCHMARK,
    note: "Ước tính: K3 Đ12 TT 40/2017 quy định mức nhưng số tiền chưa đọc được; 40.000 đồng/người/ngày là mốc của một văn bản khác (xem nguồn). Thay bằng mức của nghị quyết HĐND tỉnh.",
  },
  // Speakers at conferences: by analogy with lecturers (TT 55/2023 Điều 4 sends them to điểm a K2 Đ5 TT 36/2018).
  {
    code: "HN.BAOCAOVIEN",
    kind: "any",
    line: "Bồi dưỡng báo cáo viên",
    unit: "buổi",
    rule: amount("1000000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `${TT139} (tối đa 1.000.000 đồng/buổi, bậc cao nhất)`,
    validFrom: TT139_FROM,
    validTo: TT139_TO,
    status: "estimate",
    source: SRC_TT139,
    note: "Ước tính: mức bậc cao nhất của TT 139/2010 (bậc sau 800.000, 600.000); báo cáo viên hội nghị áp dụng tương tự giảng viên.",
  },
  {
    code: "HN.BAOCAOVIEN",
    kind: "any",
    line: "Bồi dưỡng báo cáo viên",
    unit: "buổi",
    rule: amount("1000000"),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `Điểm a K2 Đ5 ${TT36} (thủ trưởng đơn vị quyết định mức cụ thể)`,
    validFrom: TT36_FROM,
    status: "estimate",
    source: SRC_TT36,
    note: "Ước tính: TT 36/2018 để thủ trưởng đơn vị quyết định mức; dùng mức của tỉnh hoặc quy chế chi tiêu nội bộ.",
  },
  // Meal support for delegates not paid by the state budget, K4 Đ12 TT 40/2017 (verified quotes, norms-research-2026.md 1.1-1.3).
  ...(
    [
      ["HN.TIENAN.NOITHANH", "a", "họp tại nội thành thành phố trực thuộc Trung ương", "200000"],
      ["HN.TIENAN.TINH", "b", "họp tại thành phố thuộc tỉnh, huyện, thị xã", "150000"],
      ["HN.TIENAN.XA", "c", "cuộc họp do xã, phường, thị trấn tổ chức", "100000"],
    ] as const
  ).map(([code, point, where, value]): Norm => ({
    code,
    kind: "any",
    line: `Hỗ trợ tiền ăn đại biểu không hưởng lương NSNN (${where})`,
    unit: "người/ngày",
    rule: amount(value),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `Điểm ${point} K4 Đ12 ${TT40}`,
    validFrom: TT40_FROM,
    status: "verified",
    source: SRC_TT40_MEAL,
    note: "Việc TT 12/2025 có điều chỉnh mức này hay không chưa tìm thấy (whether TT 12/2025 changed it was not found).",
  })),
  // Before TT 40/2017 the meal-support levels were in TT 97/2010; they are not in our sources.
  ...(
    [
      ["HN.TIENAN.NOITHANH", "150000"],
      ["HN.TIENAN.TINH", "100000"],
      ["HN.TIENAN.XA", "70000"],
    ] as const
  ).map(([code, value]): Norm => ({
    code,
    kind: "any",
    line: "Hỗ trợ tiền ăn đại biểu không hưởng lương NSNN",
    unit: "người/ngày",
    rule: amount(value),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: `${TT97} (chi hội nghị)`,
    validFrom: TT97_FROM,
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
    basis: `${TT139} (tối đa 1.000.000 đồng/buổi, bậc cao nhất)`,
    validFrom: TT139_FROM,
    validTo: TT139_TO,
    status: "verified",
    source: SRC_TT139,
    note: "Mức tối đa của bậc cao nhất; bậc sau 800.000, 600.000 (top tier maximum; next tiers 800.000, 600.000).",
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
    basis: `Điểm a K2 Đ5 ${TT36} (thủ trưởng đơn vị quyết định mức cụ thể)`,
    validFrom: TT36_FROM,
    status: "estimate",
    source: SRC_TT36,
    note: "Ước tính: TT 36/2018 không ấn định mức quốc gia trong phần đã đọc; dùng mức của tỉnh hoặc quy chế chi tiêu nội bộ.",
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
    basis: `NQ 180/2019/NQ-HĐND tỉnh Đồng Nai (theo ${TT36})`,
    validFrom: isoDate("2020-01-01"),
    status: "verified",
    source: SRC_DONGNAI_LECTURER,
    note: "Bậc: lãnh đạo cấp sở / CBCCVC trung ương; các bậc cao hơn 2.000.000 / 1.800.000 / 1.600.000. Ngày thông qua (kỳ họp thứ 13, năm 2019) chưa có trong nguồn: áp dụng từ 01/01/2020.",
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
    validFrom: isoDate("2018-11-07"),
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
    basis: `K3 Đ2 ${TT97}`,
    validFrom: TT97_FROM,
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
    basis: `${TT97} (theo thực tế)`,
    validFrom: TT97_FROM,
    validTo: TT97_TO,
    status: "estimate",
    note: "Ước tính. Chi theo hóa đơn / hợp đồng thực tế (paid at actual cost).",
  },
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
    validFrom: TT40_FROM,
    status: "estimate",
    note: "Ước tính. Chi theo hóa đơn / hợp đồng thực tế (paid at actual cost).",
  },
  // ---- Media and printing: quotes, contracts or the province's unit-price decisions (TT 56/2023 K5 d Đ3).
  quoted(
    "BR.BANGRON",
    "banner",
    "Thiết kế, in, treo băng rôn",
    "cái",
    "600000",
    "KH 30/KH-SCT Trà Vinh 2020 dự toán 04 băng rôn = 2.400.000 (600.000/cái). Thay bằng báo giá (replace with a quote).",
    "Báo giá / hợp đồng",
  ),
  quoted("PN.PANO", "panel", "Thiết kế, in, lắp đặt pano, bảng hiệu", "cái", "5000000", QUOTE_NOTE, "Báo giá / hợp đồng"),
  ...broadcast(
    "PT.CHUONGTRINH",
    "radio",
    "Biên soạn, phát sóng chương trình phát thanh",
    "3000000",
    "TT 09/2020/TT-BTTTT",
    isoDate("2020-04-24"),
    "phát thanh",
  ),
  ...broadcast(
    "TV.PHONGSU",
    "tv",
    "Biên soạn, sản xuất, phát sóng phóng sự truyền hình",
    "10000000",
    "TT 03/2018/TT-BTTTT",
    isoDate("2018-04-20"),
    "truyền hình",
  ),
  quoted("BAO.SO", "newspaper", "Biên soạn, đăng tin bài trên báo / bản tin", "số", "3000000", QUOTE_NOTE, "Hợp đồng với cơ quan báo chí"),
  quoted("IN.TAILIEU", "printing", "Biên soạn, in ấn tài liệu", "cuốn", "30000", QUOTE_NOTE, "Báo giá / hợp đồng in"),
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
    validFrom: isoDate("2013-01-01"),
    status: "verified",
    source: SRC_SXSH,
    note: "Tối đa 50% chi phí tư vấn và không quá 50.000.000 đồng/cơ sở. Chiến lược SXSH kéo dài đến 2020; hiệu lực sau 2020 chưa rõ (status after 2020 unknown). Ngày hiệu lực chính xác chưa kiểm chứng.",
  },
  // ---- Database / website: upkeep by contract; data entry and web pages under Điều 4 TT 194/2012 (norms-research-2026.md 7.7).
  quoted(
    "CSDL.DUYTRI",
    "database",
    "Duy trì, cập nhật hệ thống cơ sở dữ liệu / website",
    "năm",
    "5000000",
    "Chưa tìm thấy định mức cho việc duy trì (no norm found); theo hợp đồng dịch vụ.",
    "Hợp đồng / báo giá",
  ),
  quoted(
    "CSDL.KHAOSAT",
    "database",
    "Khảo sát, thu thập, cập nhật số liệu tại cơ sở",
    "cơ sở",
    "100000",
    "Chưa tìm thấy định mức (no norm found).",
    "Hợp đồng / quy chế chi tiêu nội bộ",
  ),
  ...tt194(),
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
      basis: TT97,
      validFrom: TT97_FROM,
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

/**
 * Radio and TV: priced by the station's contract or the province's unit-price
 * decision; from the Ministry's technical norms on, the decision follows them.
 */
function broadcast(code: string, kind: Norm["kind"], line: string, value: string, circular: string, from: IsoDate, what: string): Norm[] {
  const note = `Ước tính: giá theo quyết định đơn giá ${what} của UBND tỉnh hoặc bảng giá của đài (the province's unit-price decision or the station's price list).`;
  const base = {
    code,
    kind,
    line,
    unit: "chương trình",
    rule: amount(value),
    cap: "actual",
    layer: "market",
    jurisdiction: "national",
    status: "estimate",
    note,
  } as const;
  return [
    { ...base, basis: "Hợp đồng với đài / đơn giá được cấp có thẩm quyền phê duyệt", validTo: dayBefore(from) },
    { ...base, basis: `Đơn giá sản xuất chương trình ${what} được UBND tỉnh phê duyệt (định mức KTKT theo ${circular})`, validFrom: from },
  ];
}

/** Data entry and web pages, Điều 4 TT 194/2012/TT-BTC (maxima, VERIFIED in the Pháp điển mirror). */
function tt194(): Norm[] {
  const rows = [
    ["CSDL.NHAP.TRUONG", "Nhập dữ liệu có cấu trúc (trường đến 15 ký tự)", "trường", "300"],
    ["CSDL.NHAP.TRUONGDAI", "Nhập dữ liệu có cấu trúc (trường trên 50 ký tự)", "trường", "450"],
    ["CSDL.TRANGWEB", "Tạo lập trang thông tin điện tử (trang đơn giản)", "trang A4", "12000"],
    ["CSDL.TRANGWEB.PHUCTAP", "Tạo lập trang thông tin điện tử (trang phức tạp)", "trang A4", "42000"],
  ] as const;
  return rows.map(([code, line, unit, value]): Norm => ({
    code,
    kind: "database",
    line,
    unit,
    rule: amount(value),
    cap: "max",
    layer: "national",
    jurisdiction: "national",
    basis: "Điều 4 TT 194/2012/TT-BTC",
    validFrom: isoDate("2013-01-01"),
    status: "verified",
    source: SRC_TT194,
    note: "Mức tối đa. Mức cho trường 15-50 ký tự bị mất trong bản sao nguồn (the 15-50 character tier is lost in the source).",
  }));
}
