import { readFileSync } from "fs";
import { join } from "path";
import type { ImportedActivity, ImportedGroup, ImportedPlan } from "./parsePlanText";
import { parsePlanText } from "./parsePlanText";

const SEEDS = join(__dirname, "../../../test/fixtures/seeds");
const seed = (name: string): string => readFileSync(join(SEEDS, name), "utf8");

/** An activity with its Decimals as strings, for toEqual. */
function row(a: ImportedActivity) {
  return {
    stt: a.stt,
    group: a.group,
    kind: a.kind,
    quantity: a.quantity?.toFixed(),
    unit: a.unit,
    participants: a.participants?.toFixed(),
    days: a.days?.toFixed(),
    minutes: a.durationMinutes && `${a.durationMinutes.min.toFixed()}-${a.durationMinutes.max.toFixed()}`,
    timing: a.timing,
    quarters: a.quarters,
    statedAmount: a.statedAmount?.toFixed(),
  };
}
type Row = ReturnType<typeof row>;

const groupRow = (g: ImportedGroup) => ({
  stt: g.stt,
  name: g.name,
  depth: g.depth,
  parent: g.parent,
  statedAmount: g.statedAmount?.toFixed(),
});

const facts = (p: ImportedPlan) => ({ ...p.facts, total: p.facts.total?.toFixed() });
const codes = (p: ImportedPlan) => p.findings.map((f) => `${f.severity}:${f.code}`);

describe("parsePlanText on the Trà Vinh 2020 plan (30/KH-SCT)", () => {
  const plan = parsePlanText(seed("tra-vinh-2020-bao-ve-moi-truong.txt"));

  it("reads the plan's facts", () => {
    expect(facts(plan)).toEqual({
      number: "30/KH-SCT",
      place: "Trà Vinh",
      date: "2020-03-19",
      province: "Trà Vinh",
      title: "Bảo vệ môi trường ngành Công Thương năm 2020",
      issuer: "Sở Công Thương",
      total: "87000000",
      fundingSource: "Nguồn kinh phí sự nghiệp môi trường phân bổ cho Sở Công Thương năm 2020",
    });
  });

  it("reads the four activities with the amounts of the KINH PHÍ section placed on them", () => {
    const expected: Row[] = [
      // a. Tổ chức 02 cuộc Hội nghị ...; Số đại biểu dự kiến: 60 người x 2 cuộc = 120 người; Quý I - Quý IV/2020
      {
        stt: "II.1.a",
        group: "II.1",
        kind: "conference",
        quantity: "2",
        unit: "cuộc",
        participants: "60",
        days: undefined,
        minutes: undefined,
        timing: "Quý I - Quý IV/2020",
        quarters: [1, 2, 3, 4],
        statedAmount: "20800000",
      },
      // b. Trang bị băng rôn ... tại các chợ; Đối tượng: 108 chợ; Quý I- Quý IV.; "Treo băng rôn ... tại các chợ: 52.000.000"
      {
        stt: "II.1.b",
        group: "II.1",
        kind: "banner",
        quantity: "108",
        unit: "chợ",
        participants: undefined,
        days: undefined,
        minutes: undefined,
        timing: "Quý I- Quý IV",
        quarters: [1, 2, 3, 4],
        statedAmount: "52000000",
      },
      // c. Treo băng rôn hưởng ứng các Ngày lễ môi trường; Số lượng băng rôn: 04 cái; Quý II - Quý IV
      {
        stt: "II.1.c",
        group: "II.1",
        kind: "banner",
        quantity: "4",
        unit: "cái",
        participants: undefined,
        days: undefined,
        minutes: undefined,
        timing: "Quý II - Quý IV",
        quarters: [2, 3, 4],
        statedAmount: "2400000",
      },
      // 2. Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu ...; dự kiến 60 cơ sở; "Duy trì hoạt động cơ sở dữ liệu ...: 11.800.000"
      {
        stt: "II.2",
        group: "II",
        kind: "database",
        quantity: "60",
        unit: "cơ sở",
        participants: undefined,
        days: undefined,
        minutes: undefined,
        timing: "Quý I - Quý IV",
        quarters: [1, 2, 3, 4],
        statedAmount: "11800000",
      },
    ];
    expect(plan.activities.map(row)).toEqual(expected);
    expect(plan.activities.map((a) => a.name)).toEqual([
      "Tổ chức 02 cuộc Hội nghị truyền thông môi trường",
      "Trang bị băng rôn về tuyên truyền bảo vệ môi trường tại các chợ",
      "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020",
      "Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường ngành Công Thương",
    ]);
    expect(plan.activities.every((a) => a.kindGuessed)).toBe(true);
    expect(plan.activities.map((a) => a.sourceLine)).toEqual([24, 34, 40, 46]);
  });

  it("puts the communication subtotal on group 1 and nothing on the sections that hold no activities", () => {
    expect(plan.groups.map(groupRow)).toEqual([
      {
        stt: "II",
        name: "Các hoạt động bảo vệ môi trường ngành Công Thương năm 2020",
        depth: 0,
        parent: undefined,
        statedAmount: undefined,
      },
      { stt: "II.1", name: "Truyền thông môi trường", depth: 1, parent: "II", statedAmount: "75200000" },
    ]);
  });

  it("finds that the stated amounts add up, and reports only that the conference's audience is mixed", () => {
    // "Công chức/viên … Phòng Kinh tế …; Chủ doanh nghiệp và cán bộ … doanh nghiệp": the guests' count is the officer's to fill.
    expect(plan.findings.map((f) => f.code)).toEqual(["audience-mixed"]);
    const conference = plan.activities.find((a) => a.kind === "conference")!;
    expect([conference.audience, conference.guests]).toEqual(["mixed", undefined]);
  });
});

describe("parsePlanText on the Đồng Nai 2019 cleaner-production plan", () => {
  const plan = parsePlanText(seed("dong-nai-2019-san-xuat-sach-hon.txt"));
  const q234 = { timing: "Quý II, III, IV/năm", quarters: [2, 3, 4] as ImportedActivity["quarters"] };
  const none = { participants: undefined, days: undefined, minutes: undefined, statedAmount: undefined };

  it("reads the plan's facts", () => {
    expect(facts(plan)).toEqual({
      place: "Đồng Nai",
      date: "2019-04-02",
      province: "Đồng Nai",
      title: "Thực hiện nhiệm vụ sản xuất sạch hơn trong công nghiệp trên địa bàn tỉnh Đồng Nai năm 2019",
      issuer: "UBND tỉnh Đồng Nai",
      total: "955651000",
      fundingSource: "Sự nghiệp môi trường năm 2019",
    });
  });

  it("reads the activities of section II, each with the quarters II-IV", () => {
    const expected: Row[] = [
      // a) Đài Phát thanh - Truyền hình các huyện: "phát trên Đài Phát thanh các huyện ... 04 chương trình/năm"
      { ...none, ...q234, stt: "II.1.a", group: "II.1", kind: "radio", quantity: "4", unit: "chương trình" },
      // b) "quay video các chuyên mục, phóng sự ... Dự kiến 06 chương trình với thời lượng 05 - 07 phút/chương trình"
      {
        ...none,
        ...q234,
        stt: "II.1.b",
        group: "II.1",
        kind: "tv",
        quantity: "6",
        unit: "chương trình",
        minutes: "5-7",
      },
      // c) bản tin: "01 số/quý, phát hành 04 số trong 04 quý"
      { ...none, ...q234, stt: "II.1.c", group: "II.1", kind: "newspaper", quantity: "4", unit: "số" },
      // d) Báo Lao động Đồng Nai: "04 số/quý, phát hành 12 số trong 03 quý"
      { ...none, ...q234, stt: "II.1.d", group: "II.1", kind: "newspaper", quantity: "12", unit: "số" },
      // 2. a) tài liệu, chuyên san: "khoảng 2.000 cuốn"
      { ...none, ...q234, stt: "II.2.a", group: "II.2", kind: "printing", quantity: "2000", unit: "cuốn" },
      // b) băng rôn: "440 cái"
      { ...none, ...q234, stt: "II.2.b", group: "II.2", kind: "banner", quantity: "440", unit: "cái" },
      // c) pano, bảng hiệu: "09 cái"
      { ...none, ...q234, stt: "II.2.c", group: "II.2", kind: "panel", quantity: "9", unit: "cái" },
      // 3. a) "02 lớp/năm, mỗi lớp khoảng 50 người"; the quarters come from "b) Tiến độ thực hiện"
      {
        ...none,
        ...q234,
        stt: "II.3.a",
        group: "II.3",
        kind: "training",
        quantity: "2",
        unit: "lớp",
        participants: "50",
      },
      // 4. a) Báo cáo đánh giá nhanh SXSH "cho 05 cơ sở sản xuất"
      { ...none, ...q234, stt: "II.4.a", group: "II.4", kind: "assessment", quantity: "5", unit: "cơ sở" },
      // b) "05 lớp tại 05 doanh nghiệp điển hình, mỗi lớp khoảng 50 người"
      {
        ...none,
        ...q234,
        stt: "II.4.b",
        group: "II.4",
        kind: "training",
        quantity: "5",
        unit: "lớp",
        participants: "50",
      },
      // 5. b) "biên tập tài liệu về SXSH phục vụ tập huấn": materials, no quantity written
      { ...none, ...q234, stt: "II.5.b", group: "II.5", kind: "printing", quantity: undefined, unit: undefined },
      // c) "quản trị Website về SXSH"; the quarters come from "đ) Tiến độ thực hiện"
      { ...none, ...q234, stt: "II.5.c", group: "II.5", kind: "database", quantity: undefined, unit: undefined },
    ];
    expect(plan.activities.map(row)).toEqual(expected);
  });

  it("keeps the groups of section II", () => {
    expect(plan.groups.map((g) => [g.stt, g.depth, g.parent])).toEqual([
      ["II", 0, undefined],
      ["II.1", 1, "II"],
      ["II.2", 1, "II"],
      ["II.3", 1, "II"],
      ["II.4", 1, "II"],
      ["II.5", 1, "II"],
    ]);
    expect(plan.groups[3].name).toBe("Tổ chức thực hiện các chương trình tập huấn");
  });

  it("reports what it did not take: the second count in 4.b and the items of 5 without a kind", () => {
    expect(codes(plan)).toEqual(["info:extra-quantity", "info:item-not-activity", "info:item-not-activity"]);
    expect(plan.findings[0].messageEn).toContain("5 doanh nghiệp");
    expect(plan.findings[1].messageEn).toContain("Khảo sát thực tế");
    expect(plan.findings[2].messageEn).toContain("Tư vấn");
  });
});

describe("parsePlanText on the Hà Giang 2016-2020 action plan (text cut short)", () => {
  const plan = parsePlanText(seed("ha-giang-2016-2020-san-xuat-sach-hon.txt"));

  it("reads the facts, but not the OCR-garbled number", () => {
    expect(facts(plan)).toEqual({
      place: "Hà Giang",
      date: "2016-05-11",
      province: "Hà Giang",
      title: "Hành động áp dụng sản xuất sạch hơn trong công nghiệp trên địa bàn tỉnh Hà Giang giai đoạn 2016 - 2020",
      issuer: "Ủy ban nhân dân tỉnh Hà Giang",
      total: undefined,
    });
    expect(plan.findings[0]).toMatchObject({ severity: "warning", code: "plan-number-unreadable" });
  });

  it("reads the bullets of task 1 as activities without quantities or timing", () => {
    const bare = {
      group: "II.1",
      quantity: undefined,
      unit: undefined,
      participants: undefined,
      days: undefined,
      minutes: undefined,
      timing: undefined,
      quarters: [],
      statedAmount: undefined,
    };
    expect(plan.activities.map(row)).toEqual([
      // mass media: chuyên mục, Đài PT-TH, báo in, tạp chí, phóng sự, tọa đàm, bản tin: the first named wins, with a warning
      { ...bare, stt: "II.1-1", kind: "tv" },
      // In ấn và phổ biến các tài liệu, tờ rơi
      { ...bare, stt: "II.1-2", kind: "printing" },
      // Tổ chức hội thảo truyền thông
      { ...bare, stt: "II.1-3", kind: "workshop" },
    ]);
  });

  it("warns about the mixed media item and lists the policy tasks it did not read as activities", () => {
    expect(codes(plan)).toEqual([
      "warning:plan-number-unreadable",
      "warning:mixed-kinds",
      "info:item-not-activity",
      "info:item-not-activity",
      "info:item-not-activity",
      "info:item-not-activity",
    ]);
    expect(plan.findings[1].messageEn).toContain("tv, radio, newspaper, workshop");
  });
});

describe("parsePlanText on the Hà Nội 2024 plan with its appendix table", () => {
  const plan = parsePlanText(seed("ha-noi-2024-bao-ve-moi-truong.txt"));

  it("reads the facts of a draft: no number, no day", () => {
    expect(facts(plan)).toEqual({
      place: "Hà Nội",
      province: "Hà Nội",
      title: "Triển khai thực hiện công tác bảo vệ môi trường ngành Công Thương Hà Nội năm 2024",
      issuer: "Ủy ban nhân dân thành phố Hà Nội",
      total: undefined,
      fundingSource:
        "Nguồn ngân sách Thành phố đảm bảo theo quy định; Nguồn đóng góp của doanh nghiệp và các nguồn huy động hợp pháp khác theo quy định",
    });
  });

  it("takes the activities from the tab-separated table: 2 classes and 1 study tour, Quý II-IV/2024", () => {
    const fromTable = {
      group: undefined,
      participants: undefined,
      days: undefined,
      minutes: undefined,
      timing: "Quý II-IV/2024",
      quarters: [2, 3, 4] as ImportedActivity["quarters"],
      statedAmount: undefined,
    };
    expect(plan.activities.map(row)).toEqual([
      { ...fromTable, stt: "1", kind: "training", quantity: "2", unit: "lớp" },
      { ...fromTable, stt: "2", kind: "study_tour", quantity: "1", unit: "đoàn" },
    ]);
    expect(plan.activities.map((a) => a.name)).toEqual([
      "Tuyên truyền, phổ biến pháp luật về công nghiệp môi trường và kinh tế tuần hoàn trong lĩnh vực Công Thương",
      "Trao đổi học tập kinh nghiệm công tác bảo vệ môi trường trong lĩnh vực Công Thương tại các tỉnh, thành phố phía Nam",
    ]);
    expect(plan.activities.map((a) => a.sourceLine)).toEqual([120, 121]);
    expect(plan.groups).toEqual([]);
  });

  it("says the table won over the body's task list", () => {
    expect(codes(plan)).toEqual(["info:plan-number-blank", "info:plan-date-incomplete", "info:activities-from-table"]);
  });
});

describe("parsePlanText on any text", () => {
  it("reads decomposed Unicode and CRLF line ends as it reads the seed", () => {
    const text = seed("tra-vinh-2020-bao-ve-moi-truong.txt");
    const nfd = text.normalize("NFD").replace(/\n/g, "\r\n");
    expect(nfd).not.toBe(text);
    const a = parsePlanText(text);
    const b = parsePlanText(nfd);
    expect(b.activities.map(row)).toEqual(a.activities.map(row));
    expect(facts(b)).toEqual(facts(a));
  });

  it("reads a plan typed without diacritics", () => {
    const plan = parsePlanText(["II. NOI DUNG", "1. To chuc 02 cuoc hoi nghi, 60 nguoi/cuoc", "- Thoi gian: Quy II - Quy IV"].join("\n"));
    expect(plan.activities.map(row)).toEqual([
      {
        stt: "II.1",
        group: "II",
        kind: "conference",
        quantity: "2",
        unit: "cuộc",
        participants: "60",
        days: undefined,
        minutes: undefined,
        timing: "Quy II - Quy IV",
        quarters: [2, 3, 4],
        statedAmount: undefined,
      },
    ]);
  });

  it("reads an outline without Roman sections, with inline quarters and days", () => {
    const plan = parsePlanText(
      [
        "KẾ HOẠCH",
        "Truyền thông tiết kiệm năng lượng",
        "",
        "1. Tổ chức 03 hội nghị, mỗi hội nghị 70 đại biểu, Quý I và Quý III.",
        "2. Trao đổi kinh nghiệm tại Đà Nẵng: 01 đoàn 10 người, 04 ngày.",
        "- Thời gian: tháng 9/2025",
      ].join("\n"),
    );
    expect(plan.activities.map(row)).toEqual([
      {
        stt: "1",
        group: undefined,
        kind: "conference",
        quantity: "3",
        unit: "hội nghị",
        participants: "70",
        days: undefined,
        minutes: undefined,
        timing: "Quý I và Quý III",
        quarters: [1, 3],
        statedAmount: undefined,
      },
      {
        stt: "2",
        group: undefined,
        kind: "study_tour",
        quantity: "1",
        unit: "đoàn",
        participants: "10",
        days: "4",
        minutes: undefined,
        timing: "tháng 9/2025",
        quarters: [3],
        statedAmount: undefined,
      },
    ]);
    expect(plan.groups).toEqual([]);
    expect(plan.facts.title).toBe("Truyền thông tiết kiệm năng lượng");
  });

  it("keeps an activity it cannot name as 'other' with a warning, and never drops a stated quantity silently", () => {
    const plan = parsePlanText(
      [
        "II. NỘI DUNG HOẠT ĐỘNG",
        "1. Trang bị 05 bộ máy tính cho các phòng",
        "- Thời gian: Quý III",
        "2. Truyền thông",
        "- Thực hiện 03 phóng sự trên đài",
        "a) In 1.000 tờ rơi",
        "b) Thời gian: khi có kinh phí",
        "3. Phát hành bản tin",
        "- Tần suất 02 số/quý",
        "- Thời gian: Quý II - Quý IV",
      ].join("\n"),
    );
    expect(plan.activities.map((a) => [a.stt, a.kind, a.quantity?.toFixed(), a.unit, a.quarters])).toEqual([
      ["II.1", "other", "5", "bộ", [3]],
      ["II.2.a", "printing", "1000", "tờ", []],
      ["II.3", "newspaper", "6", "số", [2, 3, 4]],
    ]);
    expect(codes(plan)).toEqual([
      "warning:kind-unknown",
      "warning:quantity-outside-activity",
      "warning:timing-unreadable",
      "info:quantity-from-rate",
    ]);
  });

  it("places amounts stated inline and in KINH PHÍ, and reports those it cannot place or that disagree", () => {
    const plan = parsePlanText(
      [
        "II. NỘI DUNG",
        "1. Tổ chức hội thảo về SXSH: 30.000.000 đồng",
        "- Số lượng: 01 cuộc, 80 đại biểu",
        "2. Trang bị 05 bộ máy tính",
        "III. KINH PHÍ",
        "Tổng kinh phí: 100.000.000 đồng",
        "- Hội thảo: 35.000.000 đồng",
        "- Mua máy tính: 50.000.000 đồng",
        "- Chi khác: 5.000.000 đồng",
        "Nguồn kinh phí: ngân sách tỉnh.",
      ].join("\n"),
    );
    expect(plan.activities.map((a) => [a.stt, a.statedAmount?.toFixed()])).toEqual([
      ["II.1", "30000000"],
      ["II.2", "50000000"],
    ]);
    expect(plan.facts.total?.toFixed()).toBe("100000000");
    expect(plan.facts.fundingSource).toBe("Ngân sách tỉnh");
    expect(codes(plan)).toEqual(["warning:kind-unknown", "warning:amount-conflict", "warning:amount-unplaced", "warning:total-mismatch"]);
    expect(plan.findings.find((f) => f.code === "amount-unplaced")?.amounts).toEqual({ amount: "5000000" });
  });

  it("reports a text without activities", () => {
    const plan = parsePlanText("KẾ HOẠCH\nVề việc gì đó\n\nI. MỤC ĐÍCH\n- Nâng cao nhận thức.");
    expect(plan.activities).toEqual([]);
    expect(codes(plan)).toEqual(["warning:no-activities"]);
  });
});

describe("parsePlanText on a letter that reports its plan", () => {
  it("reads the lettered items as activities and not the letter's '2. Kinh phí'", () => {
    const plan = parsePlanText(
      [
        "Số: 512/SCT-QLCN",
        "Bình Định, ngày 28 tháng 3 năm 2022",
        "Sở Công Thương đã ban hành Kế hoạch số 27/KH-SCT ngày 11/3/2022 về sản xuất sạch hơn năm 2022 như sau:",
        "1. Các hoạt động của Kế hoạch",
        "a) Tổ chức 02 hội thảo, mỗi hội thảo 70 đại biểu; Quý II và Quý III năm 2022.",
        "b) Biên soạn, in 1.000 cuốn sổ tay; thời gian: Quý III/2022.",
        "2. Kinh phí",
        "Tổng kinh phí thực hiện Kế hoạch là 612.400.000 đồng (dự toán chi tiết kèm theo).",
      ].join("\n"),
    );
    expect(plan.activities.map((a) => [a.label, a.kind, a.quantity?.toFixed(), a.quarters])).toEqual([
      ["a", "workshop", "2", [2, 3]],
      ["b", "printing", "1000", [3]],
    ]);
    expect(plan.facts).toMatchObject({ number: "27/KH-SCT", date: "2022-03-11", issuer: "Sở Công Thương" });
    expect(plan.facts.total?.toFixed()).toBe("612400000");
  });
});
