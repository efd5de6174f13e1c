import { splitLines } from "./lines";
import { isOtherPartHeading, readOutline, sectionRole } from "./structure";

describe("sectionRole", () => {
  it.each([
    ["Mục đích, yêu cầu", "other"],
    ["MỤC ĐÍCH, MỤC TIÊU KẾ HOẠCH", "other"],
    ["Các hoạt động bảo vệ môi trường ngành Công Thương năm 2020", "activities"],
    ["NỘI DUNG THỰC HIỆN KẾ HOẠCH", "activities"],
    ["NHIỆM VỤ", "activities"],
    ["KINH PHÍ THỰC HIỆN:", "funding"],
    ["TỔ CHỨC THỰC HIỆN", "other"],
  ] as const)("%s", (heading, role) => {
    expect(sectionRole(heading)).toBe(role);
  });
});

describe("readOutline", () => {
  it("nests 1. > a) > - and keeps bullets before lettered items under their number", () => {
    const text = [
      "Số: 1/KH",
      "I. MỤC ĐÍCH",
      "- Nâng cao nhận thức.",
      "II. NỘI DUNG",
      "1. Tuyên truyền",
      "- Tuyên truyền chung",
      "a) Phát thanh",
      "- Thời gian: Quý II",
      "b) Truyền hình",
      "2. Tập huấn",
      "Nơi nhận:",
      "- Lưu VT.",
    ].join("\n");
    const outline = readOutline(splitLines(text).paragraphs);
    expect(outline.preamble.map((p) => p.text)).toEqual(["Số: 1/KH"]);
    expect(outline.sections.map((s) => s.role)).toEqual(["other", "activities"]);
    const root = outline.sections[1].root;
    expect(root.path).toBe("II");
    expect(root.children.map((c) => c.path)).toEqual(["II.1", "II.2"]);
    expect(root.children[0].children.map((c) => c.path)).toEqual(["II.1-1", "II.1.a", "II.1.b"]);
    expect(root.children[0].children[1].children.map((c) => c.para.text)).toEqual(["Thời gian: Quý II"]);
  });
});

describe("isOtherPartHeading", () => {
  it.each([
    ["Kinh phí", true],
    ["Tổ chức thực hiện", true],
    ["Mục đích, yêu cầu", true],
    ["Các hoạt động của Kế hoạch", false],
    ["Tổ chức hội nghị tuyên truyền", false],
  ])("%s: %s", (heading, other) => {
    expect(isOtherPartHeading(heading)).toBe(other);
  });
});
