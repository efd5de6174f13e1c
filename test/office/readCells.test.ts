import { isDateFormat, mergedAreas, serialToIso, toCell, toFormula } from "../../src/office/readCells";
import { needsTextPrefix } from "../../src/office/writeCells";

describe("reading Office.js values as the port's cells", () => {
  it("knows a date format from a number format", () => {
    for (const f of ["dd/mm/yyyy", "d/m/yy", "[$-42A]d mmmm yyyy", "h:mm", "[h]:mm:ss", "mmm-yy"]) expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "@", "#,##0", '#,##0 "đồng"', "0.00E+00", "[Red]#,##0;-#,##0", "_(* #,##0_)"])
      expect(isDateFormat(f)).toBe(false);
  });

  it("turns a date serial into the ISO date ExcelJS gives, counting Excel's 29/02/1900", () => {
    expect(serialToIso(43909)).toBe("2020-03-19T00:00:00.000Z");
    expect(serialToIso(59)).toBe("1900-02-28T00:00:00.000Z");
    expect(serialToIso(61)).toBe("1900-03-01T00:00:00.000Z");
    expect(serialToIso(43909.5)).toBe("2020-03-19T12:00:00.000Z");
  });

  it("reads numbers as exact decimal text, errors by their value type, and text that merely looks like an error as text", () => {
    expect(toCell(87000000, "#,##0")).toEqual({ type: "number", value: "87000000" });
    expect(toCell(0.1, "General")).toEqual({ type: "number", value: "0.1" });
    expect(toCell("#N/A", "General", "Error")).toEqual({ type: "error", value: "#N/A" });
    expect(toCell("#N/A", "General", "String")).toEqual({ type: "text", value: "#N/A" });
    expect(toCell("", "General", "Empty")).toEqual({ type: "empty" });
  });

  it("takes a formula only where the cell's value differs from its formula text", () => {
    expect(toFormula("=SUM(A1:A3)", 6)).toBe("=SUM(A1:A3)");
    expect(toFormula("=not a formula", "=not a formula")).toBeNull();
    expect(toFormula(12, 12)).toBeNull();
  });

  it("reads merged areas from a RangeAreas address, whatever the sheet's name", () => {
    expect(mergedAreas("'Kế hoạch, 2020'!A1:C1,'Kế hoạch, 2020'!$D$5:$E$6")).toEqual(["A1:C1", "D5:E6"]);
    expect(mergedAreas("Sheet1!B2")).toEqual(["B2"]);
  });
});

describe("text Excel would read as something else", () => {
  it("gets the apostrophe; plain words do not", () => {
    for (const t of ["=1", "+1", "-", "@x", "\tx", "1", " 2", "'x", "(a)", "TRUE", "false", "March 2020", "tháng 6/2020", "#REF!"])
      expect(needsTextPrefix(t)).toBe(true);
    for (const t of ["Nội dung", "Đơn vị tính", "Hội nghị (Trà Vinh)", "a", "I", "Quý II - Quý IV", ""])
      expect(needsTextPrefix(t)).toBe(false);
  });
});
