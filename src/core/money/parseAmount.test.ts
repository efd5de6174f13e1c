import { parseVietnameseNumber } from "./parseAmount";

/** The parsed value as exact decimal text, or the failure. */
function read(text: string): string | { error: string } {
  const r = parseVietnameseNumber(text);
  return r.ok ? r.value.toFixed() : { error: r.reasonEn };
}

describe("parseVietnameseNumber reads what officers type", () => {
  it.each([
    // Vietnamese convention: a dot groups thousands, a comma marks decimals
    ["1.234.567", "1234567"],
    ["87.000.000", "87000000"],
    ["12.000", "12000"],
    ["2,5", "2.5"],
    ["1.234.567,89", "1234567.89"],
    ["0,125", "0.125"],
    // with the currency after it
    ["1.234.567 đồng", "1234567"],
    ["1.234.567 Đồng", "1234567"],
    ["87.000.000đ", "87000000"],
    ["87.000.000 đ", "87000000"],
    ["87.000.000 VNĐ", "87000000"],
    ["87.000.000 VND", "87000000"],
    ["87.000.000 dong", "87000000"],
    // millions and billions
    ["20,8 triệu", "20800000"],
    ["20,8 triệu đồng", "20800000"],
    ["20,8 tr", "20800000"],
    ["20,8trđ", "20800000"],
    ["20,8 tr.đ", "20800000"],
    ["1,2 tỷ", "1200000000"],
    ["1,2 tỉ", "1200000000"],
    ["1,2 tỷ đồng", "1200000000"],
    ["3 tỷ", "3000000000"],
    ["500 nghìn", "500000"],
    ["500 ngàn", "500000"],
    ["500k", "500000"],
    // with a multiplier a comma and three digits are decimals: 1,500 triệu is one and a half million
    ["1,500 triệu", "1500000"],
    // the English convention
    ["1,234,567", "1234567"],
    ["2.5", "2.5"],
    ["1,234,567.89", "1234567.89"],
    ["0.500", "0.5"],
    // negative amounts
    ["-1.500.000", "-1500000"],
    ["-2,5", "-2.5"],
    ["- 1.500.000 đồng", "-1500000"],
    ["+12", "12"],
    // no-break spaces (Excel and the web put them between the digits and the unit)
    ["87.000.000\u00a0đồng", "87000000"],
    ["1\u00a0234\u00a0567", "1234567"],
    ["20,8\u202ftriệu", "20800000"],
    // a number stored as text
    ["87000000", "87000000"],
    ["  60 ", "60"],
    ["0", "0"],
  ])("%j -> %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("reads decomposed Unicode (NFD) as composed", () => {
    expect(read("1,2 tỷ đồng".normalize("NFD"))).toBe("1200000000");
    expect(read("20,8 triệu".normalize("NFD"))).toBe("20800000");
  });

  it("a single separator before exactly three digits groups thousands, otherwise it marks decimals", () => {
    expect(read("1.234")).toBe("1234");
    expect(read("1,234")).toBe("1234");
    expect(read("1.23")).toBe("1.23");
    expect(read("1,2345")).toBe("1.2345");
  });

  it("keeps fractional đồng exactly (no float on the way)", () => {
    expect(read("0,1")).toBe("0.1");
    expect(read("12.345.678.901.234.567,89")).toBe("12345678901234567.89");
  });
});

describe("parseVietnameseNumber refuses anything else, with a clear reason", () => {
  it.each([
    "abc",
    "",
    "   ",
    "1.23.4",
    "1,2,3,4",
    "1.2,3.4",
    "1,234.567,8",
    "12..3",
    "1.",
    "2,",
    ".5",
    "--5",
    "5-",
    "1/2",
    "1e5",
    "NaN",
    "Infinity",
    "đồng",
    "triệu",
    "hai triệu",
    "khoảng 2 triệu",
    "2 triệu 500",
    "#REF!",
  ])("%j is an error", (text) => {
    const r = parseVietnameseNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain(`"${text}"`);
      expect(r.reason).toMatch(/không phải là số/);
      expect(r.reasonEn).toContain(`"${text}"`);
      expect(r.reasonEn).toMatch(/not a readable/);
    }
  });
});
