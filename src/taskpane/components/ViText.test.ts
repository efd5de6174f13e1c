import { viRuns } from "./ViText";
import { sentence } from "../i18n";

describe("Vietnamese names in English text", () => {
  it("marks the names given, the layout's terms and words spelled with Vietnamese letters", () => {
    expect(viRuns('Sheet "Kế hoạch", rows 1–7')).toEqual([
      { text: 'Sheet "', vi: false },
      { text: "Kế hoạch", vi: true },
      { text: '", rows 1–7', vi: false },
    ]);
    expect(
      viRuns("Writes the Chi tiết dự toán sheet")
        .filter((r) => r.vi)
        .map((r) => r.text),
    ).toEqual(["Chi tiết dự toán"]);
    expect(
      viRuns("Plan of Trà Vinh", ["Trà Vinh"])
        .filter((r) => r.vi)
        .map((r) => r.text),
    ).toEqual(["Trà Vinh"]);
    expect(viRuns("No Vietnamese here")).toEqual([{ text: "No Vietnamese here", vi: false }]);
  });
});

describe("a message as one sentence", () => {
  it("ends with one stop, never two", () => {
    expect(sentence("Thiếu số ngày")).toBe("Thiếu số ngày.");
    expect(sentence("Thiếu số ngày.")).toBe("Thiếu số ngày.");
    expect(sentence("Thiếu số ngày.. ")).toBe("Thiếu số ngày.");
    expect(sentence('Xem sheet "Dự toán".')).toBe('Xem sheet "Dự toán".');
    expect(sentence("(xem kết quả)")).toBe("(xem kết quả).");
    expect(sentence("Quý I..IV")).toBe("Quý I..IV.");
  });
});
