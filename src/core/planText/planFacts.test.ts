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

describe("readPlanFacts beyond the seeds' heads", () => {
  it("reads the issuer from the block of capitals, and the number beside the place and date of a two-column head", () => {
    const { facts, findings } = read(
      [
        "UBND THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc",
        "Số: 245/KH-SCT Cần Thơ, ngày 05 tháng 8 năm 2025",
        "KẾ HOẠCH",
        "Tuyên truyền tiết kiệm năng lượng",
      ].join("\n"),
    );
    expect(facts).toEqual({
      number: "245/KH-SCT",
      place: "Cần Thơ",
      date: "2025-08-05",
      province: "Cần Thơ",
      title: "Tuyên truyền tiết kiệm năng lượng",
      issuer: "Sở Công Thương",
    });
    expect(findings).toEqual([]);
  });

  it("never takes 'đã' or 'tiếp tục' into the issuer, nor the plan a sentence cites before its verb", () => {
    const { facts } = read(
      [
        "Số: 05/KH-UBND",
        "Tân Phú, ngày 10 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Tuyên truyền năm 2026",
        "Thực hiện Kế hoạch số 18/KH-UBND ngày 25/12/2025 của UBND tỉnh Đồng Nai, Ủy ban nhân dân xã Tân Phú tiếp tục xây dựng Kế hoạch tuyên truyền năm 2026 như sau:",
      ].join("\n"),
    );
    expect(facts.issuer).toBe("Ủy ban nhân dân xã Tân Phú");
    expect(facts.number).toBe("05/KH-UBND");
    expect(facts.date).toBe("2026-01-10");
  });

  it("takes a district plan's province from its text, not the district's name, and says so", () => {
    const { facts, findings } = read(
      [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN KRÔNG PẮC",
        "Số: 86/KH-UBND",
        "Krông Pắc, ngày 14 tháng 02 năm 2023",
        "KẾ HOẠCH",
        "Tuyên truyền năm 2023",
        "Căn cứ Kế hoạch số 1520/KH-UBND ngày 20/02/2020 của UBND tỉnh Đắk Lắk về tiết kiệm năng lượng;",
      ].join("\n"),
    );
    expect([facts.place, facts.province, facts.issuer]).toEqual(["Krông Pắc", "Đắk Lắk", "Ủy ban nhân dân huyện Krông Pắc"]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "plan-fact-from-text", messageEn: expect.stringContaining("Line 7: the province Đắk Lắk") }),
    ]);
  });

  it("reads the plan a letter reports, not the letter's own number and date, and names the line", () => {
    const { facts, findings } = read(
      [
        "UBND TỈNH BÌNH ĐỊNH",
        "SỞ CÔNG THƯƠNG",
        "Số: 512/SCT-QLCN",
        "Bình Định, ngày 28 tháng 3 năm 2022",
        "Kính gửi: Sở Tài chính.",
        "Thực hiện Quyết định số 4512/QĐ-UBND ngày 15/12/2021 của UBND tỉnh, Sở Công Thương đã ban hành Kế hoạch số 27/KH-SCT ngày 11/3/2022 về thực hiện sản xuất sạch hơn năm 2022 (gửi kèm).",
      ].join("\n"),
    );
    expect(facts).toMatchObject({
      number: "27/KH-SCT",
      date: "2022-03-11",
      issuer: "Sở Công Thương",
      province: "Bình Định",
      title: "Thực hiện sản xuất sạch hơn năm 2022",
    });
    expect(findings.map((f) => f.messageEn)).toEqual([
      "Line 6: the plan's number 27/KH-SCT, the date 11/03/2022 read from a sentence, not from the document's head; check them on Thông tin.",
    ]);
  });

  it("reads every fact from one sentence when the text has no head", () => {
    const { facts, findings } = read(
      "Ngày 22 tháng 01 năm 2021, Sở Công Thương tỉnh Quảng Ngãi ban hành Kế hoạch số 14/KH-SCT về thực hiện công tác bảo vệ môi trường năm 2021. Theo đó:",
    );
    expect(facts).toEqual({
      number: "14/KH-SCT",
      date: "2021-01-22",
      title: "Thực hiện công tác bảo vệ môi trường năm 2021",
      issuer: "Sở Công Thương tỉnh Quảng Ngãi",
      province: "Quảng Ngãi",
    });
    expect(findings[0].messageEn).toContain(
      "Line 1: the plan's number 14/KH-SCT, the date 22/01/2021, the issuer Sở Công Thương tỉnh Quảng Ngãi",
    );
  });

  it("spells a body written only in capitals", () => {
    const { facts } = read(
      ["SỞ CÔNG THƯƠNG NGHỆ AN", "TRUNG TÂM KHUYẾN CÔNG VÀ", "TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP", "Số: 15/KH-TTKC"].join("\n"),
    );
    expect(facts.issuer).toBe("Trung tâm khuyến công và tư vấn phát triển công nghiệp");
    expect(facts.province).toBe("Nghệ An");
  });
});
