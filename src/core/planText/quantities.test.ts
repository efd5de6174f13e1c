import { findQuantities, readQuantities } from "./quantities";

const simple = (text: string) =>
  findQuantities(text).map((m) => ({
    role: m.role,
    value: m.value.toFixed(),
    min: m.min.toFixed(),
    unit: m.unit,
    per: m.per,
    total: m.total,
  }));

describe("findQuantities", () => {
  it("reads counts in their units, with Vietnamese thousands", () => {
    expect(simple("Số lượng dự kiến khoảng 2.000 cuốn.")).toEqual([
      { role: "count", value: "2000", min: "2000", unit: "cuốn", per: undefined, total: false },
    ]);
    expect(simple("Đối tượng: 108 chợ trên địa bàn tỉnh.").map((m) => m.unit)).toEqual(["chợ"]);
    expect(simple("Dự kiến 06 chương trình").map((m) => [m.value, m.unit])).toEqual([["6", "chương trình"]]);
  });

  it("tells people, rates, totals and durations apart", () => {
    expect(simple("Số đại biểu dự kiến: 60 người x 2 cuộc = 120 người")).toEqual([
      { role: "people", value: "60", min: "60", unit: "người", per: undefined, total: false },
      { role: "count", value: "2", min: "2", unit: "cuộc", per: undefined, total: false },
      { role: "people", value: "120", min: "120", unit: "người", per: undefined, total: true },
    ]);
    expect(simple("Tần suất phát hành là 04 số/quý, phát hành 12 số trong 03 quý.").map((m) => [m.value, m.per])).toEqual([
      ["4", "quy"],
      ["12", undefined],
    ]);
    expect(simple("thời lượng 05 - 07 phút/chương trình")).toEqual([
      { role: "minutes", value: "7", min: "5", unit: "phút", per: "chuong trinh", total: false },
    ]);
  });

  it("does not take look-alike syllables for units", () => {
    expect(simple("hỗ trợ 05 sở, 02 tổ chức, ngày 27/10/2015, Thông tư số 35/2015/TT-BCT, 90% cơ sở")).toEqual([]);
    expect(simple("in 500 to roi").map((m) => m.unit)).toEqual(["tờ"]);
  });
});

describe("readQuantities", () => {
  it("takes the count in a unit natural to the kind, and participants per event", () => {
    const r = readQuantities(["Dự kiến tổ chức 05 lớp tại 05 doanh nghiệp điển hình, mỗi lớp khoảng 50 người."], "training");
    expect([r.quantity?.toFixed(), r.unit, r.participants?.toFixed(), r.extras]).toEqual(["5", "lớp", "50", []]);
  });

  it("takes a yearly rate as the quantity, never a quarterly one", () => {
    const r = readQuantities(["Số lượng chương trình dự kiến: 04 chương trình/năm."], "radio");
    expect([r.quantity?.toFixed(), r.unit]).toEqual(["4", "chương trình"]);
    const q = readQuantities(["Tần suất 02 số/quý"], "newspaper");
    expect(q.quantity).toBeUndefined();
    expect([q.rate?.value.toFixed(), q.rate?.unit, q.rate?.per]).toEqual(["2", "số", "quy"]);
  });

  it("lists counts of other paragraphs that differ from the quantity taken", () => {
    const r = readQuantities(["Tổ chức 02 cuộc hội nghị", "60 người x 2 cuộc = 120 người", "tại 05 doanh nghiệp"], "conference");
    expect(r.quantity?.toFixed()).toBe("2");
    expect(r.extras.map((e) => [e.paragraph, e.mention.value.toFixed(), e.mention.unit])).toEqual([[2, "5", "doanh nghiệp"]]);
  });

  it("reads days and duration", () => {
    const r = readQuantities(["01 đoàn 10 người, 04 ngày", "05 - 07 phút/chương trình"]);
    expect([r.days?.toFixed(), r.durationMinutes?.min.toFixed(), r.durationMinutes?.max.toFixed()]).toEqual(["4", "5", "7"]);
  });
});
