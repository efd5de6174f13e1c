import { cleanLine, markParagraph, splitLines } from "./lines";

describe("cleanLine", () => {
  it("takes off markdown and OCR debris", () => {
    expect(cleanLine("### **III. KINH PHÍ THỰC HIỆN**  ")).toBe("III. KINH PHÍ THỰC HIỆN");
    expect(cleanLine("Hà Giang, ngày *11* tháng 5")).toBe("Hà Giang, ngày 11 tháng 5");
    expect(cleanLine("- VPUB: CVP, PCVP<sub>N.M.Quân</sub>, KTN")).toBe("- VPUB: CVP, PCVP N.M.Quân , KTN");
    expect(cleanLine("* một mục")).toBe("- một mục");
  });
});

describe("markParagraph", () => {
  it.each([
    ["II. Các hoạt động", "roman", "II", "Các hoạt động"],
    ["1. Truyền thông môi trường", "num", "1", "Truyền thông môi trường"],
    ["1.2. Hội nghị", "numDotted", "1.2", "Hội nghị"],
    ["a. Tổ chức 02 cuộc", "alpha", "a", "Tổ chức 02 cuộc"],
    ["đ) Tiến độ thực hiện", "alpha", "đ", "Tiến độ thực hiện"],
    ["- Thời gian: Quý II", "dash", "-", "Thời gian: Quý II"],
    ["- + Tổ chức 02 cuộc", "plus", "+", "Tổ chức 02 cuộc"],
    ["2.000 cuốn tài liệu", "plain", "", "2.000 cuốn tài liệu"],
  ] as const)("%s", (text, marker, label, rest) => {
    expect(markParagraph(text, 1)).toEqual({ line: 1, marker, label, text: rest });
  });
});

describe("splitLines", () => {
  it("joins a sentence broken over a page, and keeps table rows apart", () => {
    const { paragraphs, rows } = splitLines(
      [
        "1. Đẩy mạnh tuyên truyền thông qua các",
        "",
        "phương tiện thông tin đại chúng.",
        "a) Tổ chức",
        "TT\tDanh mục\tSố lượng",
        "| 1 | Lớp | 02 |",
        "|---|---|---|",
      ].join("\n"),
    );
    expect(paragraphs.map((p) => [p.line, p.marker, p.text])).toEqual([
      [1, "num", "Đẩy mạnh tuyên truyền thông qua các phương tiện thông tin đại chúng."],
      [4, "alpha", "Tổ chức"],
    ]);
    expect(rows).toEqual([
      { line: 5, cells: ["TT", "Danh mục", "Số lượng"] },
      { line: 6, cells: ["1", "Lớp", "02"] },
    ]);
  });
});
