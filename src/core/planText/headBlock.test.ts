import { officialCase, provinceAtEnd, readHeadBlock } from "./headBlock";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe("the head's block of capitals", () => {
  it("joins a body's name written over two lines and puts the issuer last", () => {
    expect(readHeadBlock(lines("ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toEqual({
      bodies: ["ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC"],
      line: 1,
    });
    expect(readHeadBlock(lines("UBND TỈNH BÌNH ĐỊNH", "SỞ CÔNG THƯƠNG"))?.bodies).toEqual(["UBND TỈNH BÌNH ĐỊNH", "SỞ CÔNG THƯƠNG"]);
  });

  it("stops at the first line that is not a body's name", () => {
    expect(readHeadBlock(lines("Kính gửi: Sở Tài chính", "SỞ CÔNG THƯƠNG"))).toBeUndefined();
    expect(readHeadBlock(lines("BÁO CÁO"))).toBeUndefined();
  });

  it.each([
    ["UBND HUYỆN KRÔNG PẮC", "UBND huyện Krông Pắc"],
    ["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Ủy ban nhân dân xã Tân Phú"],
    ["SỞ CÔNG THƯƠNG", "Sở Công Thương"],
    ["UBND THÀNH PHỐ CẦN THƠ", "UBND thành phố Cần Thơ"],
  ])("spells %s as %s", (capitals, name) => {
    expect(officialCase(capitals)).toBe(name);
  });

  it("finds the province a name ends with, never a district", () => {
    expect(provinceAtEnd("SỞ CÔNG THƯƠNG NGHỆ AN")).toBe("Nghệ An");
    expect(provinceAtEnd("UBND TỈNH THỪA THIÊN HUẾ")).toBe("Thừa Thiên Huế");
    expect(provinceAtEnd("UBND HUYỆN KRÔNG PẮC")).toBeUndefined();
    expect(provinceAtEnd("SỞ CÔNG THƯƠNG")).toBeUndefined();
  });
});
