import { splitLines } from "./lines";
import { readPlanFacts } from "./planFacts";

const read = (text: string) => readPlanFacts(splitLines(text).paragraphs);

describe("readPlanFacts", () => {
  it("reads number, place, date, title and issuer", () => {
    const { facts, findings } = read(
      [
        "Số: 30 /KH-SCT",
        "Trà Vinh, ngày 19 tháng 3 năm 2020",
        "KẾ HOẠCH",
        "Bảo vệ môi trường ngành Công Thương năm 2020",
        "",
        "Căn cứ Kế hoạch số 87/KH-UBND ngày 31/12/2019 của Ủy ban nhân dân tỉnh.",
        "Sở Công Thương xây dựng Kế hoạch Bảo vệ môi trường ngành Công Thương năm 2020, cụ thể như sau:",
      ].join("\n"),
    );
    expect(facts).toEqual({
      number: "30/KH-SCT",
      place: "Trà Vinh",
      date: "2020-03-19",
      province: "Trà Vinh",
      title: "Bảo vệ môi trường ngành Công Thương năm 2020",
      issuer: "Sở Công Thương",
    });
    expect(findings).toEqual([]);
  });

  it("joins a title written over two lines and completes 'UBND tỉnh' with the province", () => {
    const { facts } = read(
      [
        " Đồng Nai, ngày 02 tháng 4 năm 2019",
        "KẾ HOẠCH",
        "Thực hiện nhiệm vụ sản xuất sạch hơn trong công nghiệp",
        "trên địa bàn tỉnh Đồng Nai năm 2019",
        "",
        "UBND tỉnh ban hành Kế hoạch thực hiện nhiệm vụ sản xuất sạch hơn, cụ thể như sau:",
      ].join("\n"),
    );
    expect(facts.title).toBe("Thực hiện nhiệm vụ sản xuất sạch hơn trong công nghiệp trên địa bàn tỉnh Đồng Nai năm 2019");
    expect(facts.issuer).toBe("UBND tỉnh Đồng Nai");
    expect(facts.date).toBe("2019-04-02");
  });

  it("reports a blank number and an incomplete date of a draft", () => {
    const { facts, findings } = read("Số: /KH-UBND\n\nHà Nội, ngày tháng năm 2023\n\n**KẾ HOẠCH**  \n**Bảo vệ môi trường**");
    expect(facts).toEqual({ place: "Hà Nội", province: "Hà Nội", title: "Bảo vệ môi trường" });
    expect(findings.map((f) => f.code)).toEqual(["plan-number-blank", "plan-date-incomplete"]);
  });

  it("does not take an impossible date or a garbled number", () => {
    const { facts, findings } = read("Số: *M2* /KH-UBND\nHà Giang, ngày 31 tháng 2 năm 2016");
    expect(facts).toEqual({ place: "Hà Giang", province: "Hà Giang" });
    expect(findings.map((f) => f.code)).toEqual(["plan-number-unreadable", "plan-date-incomplete"]);
  });
});
