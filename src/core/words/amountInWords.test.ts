import Decimal from "decimal.js";
import { money } from "../money/money";
import { amountInWords, DEFAULT_WORDS_OPTIONS, type WordsOptions } from "./amountInWords";

/** "1.005.000" -> Decimal 1005000 (the table is written the Vietnamese way). */
const amount = (figures: string): Decimal => money(figures.replace(/\./g, ""));

// Every expected string is written out by hand from the reading rules.
const DEFAULT_CASES: ReadonlyArray<readonly [string, string]> = [
  ["0", "Không đồng"],
  ["1", "Một đồng"],
  ["4", "Bốn đồng"],
  ["5", "Năm đồng"],
  ["10", "Mười đồng"],
  ["11", "Mười một đồng"],
  ["14", "Mười bốn đồng"],
  ["15", "Mười lăm đồng"],
  ["19", "Mười chín đồng"],
  ["20", "Hai mươi đồng"],
  ["21", "Hai mươi mốt đồng"],
  ["24", "Hai mươi tư đồng"],
  ["25", "Hai mươi lăm đồng"],
  ["31", "Ba mươi mốt đồng"],
  ["44", "Bốn mươi tư đồng"],
  ["55", "Năm mươi lăm đồng"],
  ["99", "Chín mươi chín đồng"],
  ["100", "Một trăm đồng"],
  ["101", "Một trăm linh một đồng"],
  ["104", "Một trăm linh bốn đồng"],
  ["105", "Một trăm linh năm đồng"],
  ["110", "Một trăm mười đồng"],
  ["111", "Một trăm mười một đồng"],
  ["115", "Một trăm mười lăm đồng"],
  ["121", "Một trăm hai mươi mốt đồng"],
  ["205", "Hai trăm linh năm đồng"],
  ["999", "Chín trăm chín mươi chín đồng"],
  ["1.000", "Một nghìn đồng"],
  ["1.001", "Một nghìn không trăm linh một đồng"],
  ["1.005", "Một nghìn không trăm linh năm đồng"],
  ["1.010", "Một nghìn không trăm mười đồng"],
  ["1.025", "Một nghìn không trăm hai mươi lăm đồng"],
  ["1.100", "Một nghìn một trăm đồng"],
  ["9.999", "Chín nghìn chín trăm chín mươi chín đồng"],
  ["10.000", "Mười nghìn đồng"],
  ["10.005", "Mười nghìn, không trăm linh năm đồng"],
  ["12.000", "Mười hai nghìn đồng"],
  ["21.000", "Hai mươi mốt nghìn đồng"],
  ["100.000", "Một trăm nghìn đồng"],
  ["505.515", "Năm trăm linh năm nghìn, năm trăm mười lăm đồng"],
  ["700.000", "Bảy trăm nghìn đồng"],
  ["1.000.000", "Một triệu đồng"],
  ["1.000.001", "Một triệu, không trăm linh một đồng"],
  ["1.005.000", "Một triệu, không trăm linh năm nghìn đồng"],
  ["1.050.000", "Một triệu, không trăm năm mươi nghìn đồng"],
  ["5.000.100", "Năm triệu, một trăm đồng"],
  ["5.025.110", "Năm triệu, không trăm hai mươi lăm nghìn, một trăm mười đồng"],
  ["10.000.010", "Mười triệu, không trăm mười đồng"],
  ["11.011.011", "Mười một triệu, không trăm mười một nghìn, không trăm mười một đồng"],
  ["15.015.015", "Mười lăm triệu, không trăm mười lăm nghìn, không trăm mười lăm đồng"],
  ["21.021.021", "Hai mươi mốt triệu, không trăm hai mươi mốt nghìn, không trăm hai mươi mốt đồng"],
  ["45.104.054", "Bốn mươi lăm triệu, một trăm linh bốn nghìn, không trăm năm mươi tư đồng"],
  ["87.000.000", "Tám mươi bảy triệu đồng"],
  ["100.000.001", "Một trăm triệu, không trăm linh một đồng"],
  ["104.000.000", "Một trăm linh bốn triệu đồng"],
  ["123.456.789", "Một trăm hai mươi ba triệu, bốn trăm năm mươi sáu nghìn, bảy trăm tám mươi chín đồng"],
  ["500.050.005", "Năm trăm triệu, không trăm năm mươi nghìn, không trăm linh năm đồng"],
  ["955.651.000", "Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt nghìn đồng"],
  ["1.000.000.000", "Một tỷ đồng"],
  ["1.234.567.890", "Một tỷ, hai trăm ba mươi tư triệu, năm trăm sáu mươi bảy nghìn, tám trăm chín mươi đồng"],
  ["1.505.555.005", "Một tỷ, năm trăm linh năm triệu, năm trăm năm mươi lăm nghìn, không trăm linh năm đồng"],
  ["2.000.000.005", "Hai tỷ, không trăm linh năm đồng"],
  ["1.000.000.000.000", "Một nghìn tỷ đồng"],
  ["2.500.000.000.000", "Hai nghìn tỷ, năm trăm tỷ đồng"],
  [
    "999.999.999.999.999",
    "Chín trăm chín mươi chín nghìn tỷ, chín trăm chín mươi chín tỷ, chín trăm chín mươi chín triệu, " +
      "chín trăm chín mươi chín nghìn, chín trăm chín mươi chín đồng",
  ],
  ["1.000.000.000.000.000", "Một triệu tỷ đồng"],
  ["1.000.000.000.001.000", "Một triệu tỷ, không trăm linh một nghìn đồng"],
  ["3.000.000.000.000.003", "Ba triệu tỷ, không trăm linh ba đồng"],
  ["1.000.000.000.000.000.000", "Một tỷ tỷ đồng"],
  ["1.001.000.000.000.000.000", "Một tỷ tỷ, không trăm linh một triệu tỷ đồng"],
  ["1.000.000.000.000.000.000.000", "Một nghìn tỷ tỷ đồng"],
];

describe("amountInWords, default options", () => {
  it.each(DEFAULT_CASES)("%s -> %s", (figures, words) => {
    expect(amountInWords(amount(figures))).toBe(words);
  });

  it("has the documented defaults", () => {
    expect(DEFAULT_WORDS_OPTIONS).toEqual({
      thousandWord: "nghìn",
      zeroTensWord: "linh",
      fourAfterTens: "tư",
      groupSeparator: ", ",
      chan: false,
      endMark: false,
      currency: "đồng",
    } satisfies WordsOptions);
  });
});

describe("amountInWords, the seed plan (Đồng Nai 2019)", () => {
  it("reads the plan's total as the plan writes it, with ngàn", () => {
    expect(amountInWords("955.651.000", { thousandWord: "ngàn" })).toBe("Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt ngàn đồng");
  });
  it("reads the same total with the default nghìn", () => {
    expect(amountInWords("955651000")).toBe("Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt nghìn đồng");
  });
});

describe("amountInWords, the domain doc's worked examples without the currency", () => {
  it.each([
    ["1005", "Một nghìn không trăm linh năm"],
    ["1025", "Một nghìn không trăm hai mươi lăm"],
    ["5.025.110", "Năm triệu, không trăm hai mươi lăm nghìn, một trăm mười"],
    ["505.515", "Năm trăm linh năm nghìn, năm trăm mười lăm"],
    ["1.505.555.005", "Một tỷ, năm trăm linh năm triệu, năm trăm năm mươi lăm nghìn, không trăm linh năm"],
  ])("%s -> %s", (figures, words) => {
    expect(amountInWords(amount(figures), { currency: "" })).toBe(words);
  });
});

type OptionCase = readonly [string, Partial<WordsOptions>, string];

const OPTION_CASES: readonly OptionCase[] = [
  ["1.025", { thousandWord: "ngàn" }, "Một ngàn không trăm hai mươi lăm đồng"],
  ["1.000.000.000.000", { thousandWord: "ngàn" }, "Một ngàn tỷ đồng"],
  ["105", { zeroTensWord: "lẻ" }, "Một trăm lẻ năm đồng"],
  ["201", { zeroTensWord: "lẻ" }, "Hai trăm lẻ một đồng"],
  ["1.000.001", { zeroTensWord: "lẻ" }, "Một triệu, không trăm lẻ một đồng"],
  ["5", { zeroTensWord: "lẻ" }, "Năm đồng"],
  ["24", { fourAfterTens: "bốn" }, "Hai mươi bốn đồng"],
  ["14", { fourAfterTens: "bốn" }, "Mười bốn đồng"],
  ["104", { fourAfterTens: "bốn" }, "Một trăm linh bốn đồng"],
  ["54.054", { fourAfterTens: "bốn" }, "Năm mươi bốn nghìn, không trăm năm mươi bốn đồng"],
  ["5.025.110", { groupSeparator: " " }, "Năm triệu không trăm hai mươi lăm nghìn một trăm mười đồng"],
  ["955.651.000", { groupSeparator: " " }, "Chín trăm năm mươi lăm triệu sáu trăm năm mươi mốt nghìn đồng"],
  ["955.651.000", { chan: true }, "Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt nghìn đồng chẵn"],
  ["87.000.000", { chan: true }, "Tám mươi bảy triệu đồng chẵn"],
  ["1.000", { chan: true }, "Một nghìn đồng chẵn"],
  ["955.651.001", { chan: true }, "Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt nghìn, không trăm linh một đồng"],
  ["100", { chan: true }, "Một trăm đồng"],
  ["0", { chan: true }, "Không đồng"],
  ["87.000.000", { endMark: true }, "Tám mươi bảy triệu đồng./."],
  ["87.000.000", { chan: true, endMark: true }, "Tám mươi bảy triệu đồng chẵn./."],
  ["1.500", { currency: "VND" }, "Một nghìn năm trăm VND"],
  ["0", { currency: "" }, "Không"],
  ["215.342.000", { thousandWord: "ngàn", groupSeparator: " ", chan: true }, "Hai trăm mười lăm triệu ba trăm bốn mươi hai ngàn đồng chẵn"],
  [
    "201.024.000",
    { thousandWord: "ngàn", zeroTensWord: "lẻ", fourAfterTens: "bốn", chan: true, endMark: true },
    "Hai trăm lẻ một triệu, không trăm hai mươi bốn ngàn đồng chẵn./.",
  ],
];

describe("amountInWords, options", () => {
  it.each(OPTION_CASES)("%s with %j -> %s", (figures, options, words) => {
    expect(amountInWords(amount(figures), options)).toBe(words);
  });
});

describe("amountInWords, inputs", () => {
  it("accepts a Decimal from another Decimal constructor", () => {
    expect(amountInWords(new Decimal("87000000"))).toBe("Tám mươi bảy triệu đồng");
  });
  it("accepts an integer written with a zero fraction or an exponent", () => {
    expect(amountInWords(money("1025.00"))).toBe("Một nghìn không trăm hai mươi lăm đồng");
    expect(amountInWords(money("1e18"))).toBe("Một tỷ tỷ đồng");
  });
  it("accepts strings the way officers type them", () => {
    expect(amountInWords("87.000.000 đồng")).toBe("Tám mươi bảy triệu đồng");
    expect(amountInWords("1,5 tỷ")).toBe("Một tỷ, năm trăm triệu đồng");
  });
  it("reads a negative amount with Âm", () => {
    expect(amountInWords(money(-5))).toBe("Âm năm đồng");
    expect(amountInWords("-1.005.000")).toBe("Âm một triệu, không trăm linh năm nghìn đồng");
    expect(amountInWords(money("-0"))).toBe("Không đồng");
  });
});

describe("amountInWords, errors", () => {
  it("refuses a fraction of a đồng", () => {
    expect(() => amountInWords(money("1.5"))).toThrow(RangeError);
    expect(() => amountInWords(money("1.5"))).toThrow(/whole number of đồng/);
    expect(() => amountInWords("12,5")).toThrow(/12\.5 is not a whole number/);
  });
  it("refuses text that is not an amount", () => {
    expect(() => amountInWords("abc")).toThrow(RangeError);
    expect(() => amountInWords("abc")).toThrow(/"abc" is not a readable amount/);
    expect(() => amountInWords("")).toThrow(RangeError);
  });
  it("refuses NaN and infinity", () => {
    expect(() => amountInWords(new Decimal(NaN))).toThrow(/not a finite amount/);
    expect(() => amountInWords(new Decimal(Infinity))).toThrow(RangeError);
  });
});
