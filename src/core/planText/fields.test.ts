import { readField } from "./fields";

describe("readField", () => {
  it.each([
    ["Thời gian: Quý I - Quý IV/2020", "timing", "Quý I - Quý IV/2020"],
    ["Tiến độ thực hiện: Quý II, III, IV/năm.", "timing", "Quý II, III, IV/năm."],
    ["Số đại biểu dự kiến: 60 người x 2 cuộc = 120 người", "participants", "60 người x 2 cuộc = 120 người"],
    ["Số lượng băng rôn: 04 cái.", "quantity", "04 cái."],
    ["Đối tượng: 108 chợ trên địa bàn tỉnh.", "other", "108 chợ trên địa bàn tỉnh."],
    ["Kinh phí: 20.800.000 đồng", "amount", "20.800.000 đồng"],
  ] as const)("%s", (text, name, value) => {
    expect(readField(text)).toMatchObject({ name, value });
  });

  it("is not fooled by sentences with a colon", () => {
    expect(
      readField("Biên soạn chương trình tuyên truyền về SXSH phát trên Đài các huyện. Số lượng chương trình dự kiến: 04"),
    ).toBeUndefined();
    expect(readField("Tuyên truyền, giáo dục nâng cao nhận thức:")).toBeUndefined();
    expect(readField("Tổ chức hội thảo")).toBeUndefined();
  });
});
