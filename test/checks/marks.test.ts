import { MARK_FILLS } from "../../src/workbook/marks";
import type { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { check, other, planBook } from "./workbook";
import { stateDocument } from "../safety/workbookCells";

const fillOf = (book: XlsxWorkbook, address: string, sheet = "Kế hoạch") => {
  const fill = book.workbook.getWorksheet(sheet)!.getCell(address).fill;
  return fill && fill.type === "pattern" && fill.pattern === "solid" ? `#${fill.fgColor!.argb!.slice(-6)}` : undefined;
};
const noteOf = (book: XlsxWorkbook, address: string, sheet = "Kế hoạch") => {
  const note = book.workbook.getWorksheet(sheet)!.getCell(address).note;
  return note === undefined ? undefined : typeof note === "string" ? note : note.texts!.map((t) => t.text).join("");
};

/** A plan whose quarters of row 2 do not add up (an error on J2:M2) until fixed. */
const broken = [other("1", "A", 1000, { timing: "Quý I - Quý IV", quarters: [250, 250, 250, 251] })];
const fixed = [other("1", "A", 1000, { timing: "Quý I - Quý IV", quarters: [250, 250, 250, 250] })];

/** Re-opens `saved` with row 2's Quý IV set to `value`, keeping everything else (fills, notes, the hidden record). */
async function edit(saved: XlsxWorkbook, address: string, value: number): Promise<XlsxWorkbook> {
  saved.workbook.getWorksheet("Kế hoạch")!.getCell(address).value = value;
  return saved;
}

describe("marking the findings' cells", () => {
  it("fills each cell by severity and notes the message", async () => {
    const { saved } = await check(await planBook(broken));
    expect(["J2", "K2", "L2", "M2"].map((a) => fillOf(saved, a))).toEqual(Array(4).fill(MARK_FILLS.error));
    expect(noteOf(saved, "J2")).toContain("LỖI: Dòng 2 (A): Quý I..IV cộng lại 1.001 đồng");
    expect(noteOf(saved, "J2")).toContain("Q1..Q4 add up to 1,001 VND");
  });

  it("records its marks in the add-in's one hidden state sheet, not in a second one", async () => {
    const { saved } = await check(await planBook(broken));
    expect(saved.workbook.getWorksheet("_dutoan_marks")).toBeUndefined();
    const ws = saved.workbook.getWorksheet("_dutoan")!;
    expect(ws.state).toBe("veryHidden");
    const state = stateDocument(ws);
    expect(state.marks.map((m: unknown[]) => m.slice(0, 2))).toEqual(["J2", "K2", "L2", "M2"].map((a) => ["Kế hoạch", a]));
  });

  it("takes its own marks off on the next run once the problem is fixed", async () => {
    const first = await check(await planBook(broken));
    const { saved, result } = await check(await edit(first.saved, "M2", 250));
    expect(result.findings.filter((f) => f.code === "quarter-sum-mismatch")).toEqual([]);
    expect(["J2", "K2", "L2", "M2"].map((a) => fillOf(saved, a))).toEqual([undefined, undefined, undefined, undefined]);
    expect(["J2", "K2", "L2", "M2"].map((a) => noteOf(saved, a))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("gives back the user's own fill and note of a cell it marked", async () => {
    const first = await check(
      await planBook(broken, undefined, (wb) => {
        const cell = wb.getWorksheet("Kế hoạch")!.getCell("K2");
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
        cell.note = "số của phòng Kế toán";
      }),
    );
    expect(fillOf(first.saved, "K2")).toBe(MARK_FILLS.error);
    const { saved } = await check(await edit(first.saved, "M2", 250));
    expect(fillOf(saved, "K2")).toBe("#00B050");
    expect(noteOf(saved, "K2")).toBe("số của phòng Kế toán");
  });

  it("never touches the user's fills and notes elsewhere", async () => {
    const first = await check(
      await planBook(broken, undefined, (wb) => {
        const cell = wb.getWorksheet("Kế hoạch")!.getCell("B2");
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
        cell.note = "ghi chú riêng";
      }),
    );
    const { saved } = await check(await edit(first.saved, "M2", 250));
    for (const book of [first.saved, saved]) {
      expect(fillOf(book, "B2")).toBe("#FFFF00");
      expect(noteOf(book, "B2")).toBe("ghi chú riêng");
    }
  });

  it("leaves a marked cell alone when the user changed its fill or note since", async () => {
    const first = await check(await planBook(broken));
    const ws = first.saved.workbook.getWorksheet("Kế hoạch")!;
    // ExcelJS shares one style object between loaded cells of a style: give J2 its own, as Excel would.
    ws.getCell("J2").style = { ...ws.getCell("J2").style };
    ws.getCell("J2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF0070C0" } };
    ws.getCell("K2").note = "đã xem, giữ nguyên";
    const { saved } = await check(await edit(first.saved, "M2", 250));
    expect(fillOf(saved, "J2")).toBe("#0070C0");
    expect(noteOf(saved, "K2")).toBe("đã xem, giữ nguyên");
    expect(fillOf(saved, "K2")).toBeUndefined(); // its fill was still the add-in's: taken off
  });

  it("colours warnings and infos apart from errors", async () => {
    const { saved } = await check(await planBook([other("1", "A", 100, { timing: "khi có vốn" }), other("2", "B", 100)]));
    expect(fillOf(saved, "H2")).toBe(MARK_FILLS.warning);
    expect(fillOf(saved, "H3")).toBe(MARK_FILLS.info);
  });

  it("marks the fixed plan's cells nowhere", async () => {
    const { saved } = await check(await planBook(fixed));
    expect(["J2", "K2", "L2", "M2", "I2"].map((a) => fillOf(saved, a))).toEqual(Array(5).fill(undefined));
  });
});
