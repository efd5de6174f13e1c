import fs from "fs";
import os from "os";
import path from "path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { amountInWords, type WordsOptions } from "../../src/core/words/amountInWords";
import { convertWithSoffice, disposeSoffice, hasSoffice } from "../../src/render/libreoffice";
import { wordsFormula } from "../../src/workbook/attachment/wordsFormula";

/**
 * The "Bằng chữ" formula must read exactly as amountInWords. The proof is
 * LibreOffice: one workbook, one sheet per option set, recalculated by one soffice
 * conversion and compared cell by cell with amountInWords.
 */

const OPTION_SETS: ReadonlyArray<readonly [string, Partial<WordsOptions>]> = [
  ["default", {}],
  ["ngan-le", { thousandWord: "ngàn", zeroTensWord: "lẻ" }],
  ["bon", { fourAfterTens: "bốn" }],
  ["space", { groupSeparator: " " }],
  ["chan-endmark", { chan: true, endMark: true }],
  ["no-currency", { currency: "" }],
  [
    "all-changed",
    { thousandWord: "ngàn", zeroTensWord: "lẻ", fourAfterTens: "bốn", groupSeparator: " ", chan: true, endMark: true, currency: "VND" },
  ],
];

/** Functions both Excel 2010 and LibreOffice 7.4 have (NA: the out-of-range guard). */
const ALLOWED = new Set("MID LEFT RIGHT LEN CHOOSE INDEX IF AND OR TEXT SUBSTITUTE TRIM INT MOD ABS ROUND REPT UPPER VALUE NA".split(" "));

/** Mulberry32: the same "random" amounts on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 14 integers of each length 1..15, zeros favoured so that zero groups and "linh" come up. */
function randomAmounts(): number[] {
  const random = seeded(20240611);
  const out: number[] = [];
  for (let length = 1; length <= 15; length++) {
    for (let k = 0; k < 14; k++) {
      let digits = String(1 + Math.floor(random() * 9));
      for (let i = 1; i < length; i++) digits += random() < 0.4 ? "0" : String(Math.floor(random() * 10));
      out.push(Number(digits));
    }
  }
  return out;
}

const FIXED_AMOUNTS = [
  0,
  ...Array.from({ length: 30 }, (_, i) => i + 1),
  100,
  101,
  104,
  105,
  110,
  111,
  114,
  115,
  121,
  124,
  125,
  1_000,
  1_005,
  1_025,
  9_999,
  10_000,
  10_001,
  505_515,
  1_000_001,
  5_025_110,
  20_800_000,
  87_000_000,
  121_600_000,
  955_651_000,
  1_505_555_005,
  1_000_000_000_000,
  2_500_000_000_000,
  999_999_999_999_999,
  -5,
  -21,
  -1_000,
  -1_005_000,
  -999_999_999_999_999,
];
const AMOUNTS = [...FIXED_AMOUNTS, ...randomAmounts()];

describe("wordsFormula, the formula text", () => {
  it.each(OPTION_SETS)("for %s stays under 8.192 characters and 64 nesting levels, with shared functions only", (_, options) => {
    const formula = wordsFormula("$F$30", options, "Bằng chữ: ");
    expect(formula.startsWith("=")).toBe(true);
    expect(formula.length).toBeLessThan(8192);
    const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
    const names = new Set([...outsideStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
    expect([...names].filter((n) => !ALLOWED.has(n))).toEqual([]);
    let depth = 0;
    let deepest = 0;
    for (const ch of outsideStrings) {
      if (ch === "(") deepest = Math.max(deepest, ++depth);
      if (ch === ")") depth--;
    }
    expect(depth).toBe(0);
    expect(deepest).toBeLessThanOrEqual(64);
    // No array constants and no decimal literal (a vi-VN LibreOffice reads "0.5" differently).
    expect(outsideStrings).not.toMatch(/[{}]|\d\.\d/);
  });

  it("quotes the prefix and the currency as formula strings", () => {
    const formula = wordsFormula("A1", { currency: 'đồng "VN"' }, 'Bằng chữ "x": ');
    expect(formula.startsWith('="Bằng chữ ""x"": "&')).toBe(true);
    expect(formula).toContain('" đồng ""VN"""');
  });

  it("accepts A1 references, absolute or on another sheet, and refuses anything else", () => {
    expect(() => wordsFormula("F30")).not.toThrow();
    expect(() => wordsFormula("$F$30")).not.toThrow();
    expect(() => wordsFormula("'Dự toán'!$F$30")).not.toThrow();
    expect(() => wordsFormula("F30+1")).toThrow(RangeError);
    expect(() => wordsFormula("")).toThrow(RangeError);
  });
});

const soffice = hasSoffice();
if (!soffice)
  console.warn("test/attachment/wordsFormula.test.ts: soffice (LibreOffice) không có / not installed: recalculation checks SKIPPED");
const recalculated = soffice ? test : test.skip;

describe("wordsFormula, recalculated by LibreOffice", () => {
  jest.setTimeout(120_000);
  let dir: string;
  let book: ExcelJS.Workbook;

  /** A formula cell's computed value (a string, or "#N/A"-like for an error). */
  const resultOf = (cell: ExcelJS.Cell): unknown => {
    const value = cell.value as { result?: unknown } | null;
    const result = value && typeof value === "object" && "result" in value ? value.result : value;
    return result && typeof result === "object" && "error" in result ? (result as { error: string }).error : result;
  };

  beforeAll(async () => {
    if (!soffice) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-words-"));
    const source = new ExcelJS.Workbook();
    for (const [name, options] of OPTION_SETS) {
      const sheet = source.addWorksheet(name);
      AMOUNTS.forEach((amount, i) => {
        sheet.getCell(`A${i + 1}`).value = amount;
        sheet.getCell(`B${i + 1}`).value = { formula: wordsFormula(`A${i + 1}`, options).slice(1) };
      });
    }
    // A stale cached value that only a recalculation can correct.
    source.getWorksheet("default")!.getCell("B2").value = { formula: wordsFormula("A2").slice(1), result: "Sai chữ" };

    // Edge rows: fractions (ROUND is half away from zero in both programs), the
    // 15-digit guard, an empty cell, a prefix and a reference to another sheet.
    const edges = source.addWorksheet("edges");
    const edgeAmounts = [1004.5, 1004.4, -2.5, -0.4, 1e15, null, 955_651_000];
    edgeAmounts.forEach((amount, i) => {
      if (amount !== null) edges.getCell(`A${i + 1}`).value = amount;
    });
    for (let r = 1; r <= 6; r++) edges.getCell(`B${r}`).value = { formula: wordsFormula(`A${r}`).slice(1) };
    edges.getCell("B7").value = { formula: wordsFormula("$A$7", { thousandWord: "ngàn" }, "Bằng chữ: ").slice(1) };
    // Row 32 of the default sheet holds 100.
    edges.getCell("B8").value = { formula: wordsFormula("'default'!$A$32").slice(1) };

    const file = path.join(dir, "words.xlsx");
    await source.xlsx.writeFile(file);
    const out = await convertWithSoffice(file, "xlsx", path.join(dir, "out"));
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out!);
  });

  afterAll(async () => {
    await disposeSoffice();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  recalculated.each(OPTION_SETS)("with %s options, every amount reads as amountInWords reads it", (name, options) => {
    const sheet = book.getWorksheet(name)!;
    const wrong: string[] = [];
    AMOUNTS.forEach((amount, i) => {
      const expected = amountInWords(new Decimal(amount), options);
      const got = resultOf(sheet.getCell(`B${i + 1}`));
      if (got !== expected) wrong.push(`${amount}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`);
    });
    expect(wrong).toEqual([]);
    expect(AMOUNTS.length).toBeGreaterThan(250);
  });

  recalculated("replaces a stale cached value, so the comparison is of computed words", () => {
    expect(resultOf(book.getWorksheet("default")!.getCell("B2"))).toBe("Một đồng");
  });

  recalculated("rounds a fraction to whole đồng, refuses more than 15 digits, and reads an empty cell as zero", () => {
    const edges = book.getWorksheet("edges")!;
    const got = [1, 2, 3, 4, 5, 6].map((r) => resultOf(edges.getCell(`B${r}`)));
    expect(got).toEqual([
      amountInWords(new Decimal(1005)),
      amountInWords(new Decimal(1004)),
      amountInWords(new Decimal(-3)),
      "Không đồng",
      "#N/A",
      "Không đồng",
    ]);
  });

  recalculated("puts the prefix first and reads a total on another sheet", () => {
    const edges = book.getWorksheet("edges")!;
    expect(resultOf(edges.getCell("B7"))).toBe("Bằng chữ: Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt ngàn đồng");
    expect(resultOf(edges.getCell("B8"))).toBe("Một trăm đồng");
  });
});
