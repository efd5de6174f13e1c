import { readIssuingSentence } from "./issuingSentence";

const read = (text: string) => readIssuingSentence([{ line: 12, text }]);

describe("the sentence that issues or reports the plan", () => {
  it.each([
    ["Sở Công Thương xây dựng Kế hoạch Bảo vệ môi trường năm 2020, cụ thể như sau:", "Sở Công Thương"],
    ["UBND tỉnh ban hành Kế hoạch thực hiện nhiệm vụ sản xuất sạch hơn, cụ thể như sau:", "UBND tỉnh"],
    ["Thực hiện Kế hoạch số 112/KH-UBND ngày 20/7/2025 của UBND thành phố, Sở Công Thương đã xây dựng Kế hoạch như sau:", "Sở Công Thương"],
    ["Trên cơ sở đó Sở Tài nguyên và Môi trường đã chính thức ban hành Kế hoạch này.", "Sở Tài nguyên và Môi trường"],
    ["Năm 2022, Trung tâm Khuyến công tiếp tục xây dựng kế hoạch đào tạo nghề.", "Trung tâm Khuyến công"],
  ])("%s", (text, issuer) => {
    const found = read(text);
    expect(found?.issuer).toBe(issuer);
    expect(found?.number).toBeUndefined();
  });

  it("reads the number, the date after it and the subject of a reported plan", () => {
    expect(read("Sở Công Thương đã ban hành Kế hoạch số 27/KH-SCT ngày 11/3/2022 về thực hiện sản xuất sạch hơn (gửi kèm).")).toEqual({
      line: 12,
      issuer: "Sở Công Thương",
      number: "27/KH-SCT",
      date: "2022-03-11",
      subject: "thực hiện sản xuất sạch hơn",
    });
  });

  it("reads a date written before the issuer", () => {
    expect(read("Ngày 22 tháng 01 năm 2021, Sở Công Thương ban hành Kế hoạch số 14/KH-SCT về bảo vệ môi trường.")).toMatchObject({
      number: "14/KH-SCT",
      date: "2021-01-22",
      subject: "bảo vệ môi trường",
    });
  });

  it("skips legal bases and reads no impossible date", () => {
    expect(read("Căn cứ Kế hoạch số 87/KH-UBND ngày 31/12/2019 của UBND tỉnh xây dựng Kế hoạch")).toBeUndefined();
    expect(read("Sở Công Thương ban hành Kế hoạch số 5/KH-SCT ngày 30/02/2022.")?.date).toBeUndefined();
  });
});
