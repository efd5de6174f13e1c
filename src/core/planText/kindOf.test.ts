import { chooseKind } from "./kindOf";
import { kindHits } from "../plan/kindWords";

describe("kindHits", () => {
  it.each([
    ["Tổ chức 02 cuộc Hội nghị truyền thông môi trường", ["conference"]],
    ["Trang bị băng rôn về tuyên truyền bảo vệ môi trường tại các chợ", ["banner"]],
    ["Duy trì hoạt động hệ thống thông tin, cơ sở dữ liệu môi trường", ["database"]],
    ["Tuyên truyền qua pano, bảng hiệu về SXSH", ["panel"]],
    ["Tuyên truyền trên Báo Lao động Đồng Nai", ["newspaper"]],
    ["Hỗ trợ lập báo cáo đánh giá nhanh về SXSH", ["assessment"]],
    ["Tổ chức tập huấn về kỹ năng đánh giá sản xuất sạch hơn", ["training", "assessment"]],
    ["In tài liệu tập huấn", ["printing", "training"]],
    ["Trao đổi học tập kinh nghiệm tại các tỉnh phía Nam", ["study_tour"]],
    ["Lớp", ["training"]],
    ["Đoàn", ["study_tour"]],
  ] as const)("%s", (text, kinds) => {
    expect(kindHits(text).kinds).toEqual(kinds);
  });

  it("masks words that only look like a kind", () => {
    for (const text of [
      "bảo vệ môi trường",
      "báo cáo định kỳ, thông báo kết luận",
      "giai đoạn 2016 - 2020",
      "cơ chế, chính sách",
      "sản xuất sạch hơn",
      "san xuat sach hon",
      "hạn chế sử dụng bao bì nhựa",
      "Sở Khoa học và Công nghệ",
      "tầng lớp nhân dân",
    ]) {
      expect(kindHits(text).kinds).toEqual([]);
    }
  });

  it("treats 'Đài Phát thanh - Truyền hình' as a station, not a kind", () => {
    expect(kindHits("Tuyên truyền qua Đài Phát thanh - Truyền hình các huyện")).toEqual({ kinds: [], station: true });
    expect(kindHits("Đài Phát thanh và Truyền hình Đồng Nai").station).toBe(true);
  });
});

describe("chooseKind", () => {
  it("settles a station by the item's details", () => {
    const heading = "Tuyên truyền qua Đài Phát thanh - Truyền hình các huyện";
    expect(chooseKind(heading, ["Biên soạn chương trình, phát trên Đài Phát thanh các huyện"]).kind).toBe("radio");
    expect(chooseKind(heading, ["quay video các chuyên mục, phóng sự"]).kind).toBe("tv");
    expect(chooseKind(heading, [])).toEqual({ kind: "radio", source: "name", others: ["tv"] });
  });

  it("reads the head before a clause of purpose", () => {
    expect(chooseKind("Tổ chức tập huấn để nâng cao năng lực đánh giá nhanh SXSH", [])).toEqual({
      kind: "training",
      source: "name",
      others: [],
    });
  });

  it("falls back on the details, then the unit, then 'other'", () => {
    expect(chooseKind("Duy trì hoạt động", ["Nội dung: cập nhật website"]).source).toBe("details");
    expect(chooseKind("Tuyên truyền pháp luật", [], "Lớp")).toEqual({ kind: "training", source: "unit", others: [] });
    expect(chooseKind("Tuyên truyền pháp luật", [], "cuốn").kind).toBe("printing");
    expect(chooseKind("Rà soát cơ chế, chính sách", [])).toEqual({ kind: "other", source: "none", others: [] });
  });

  it("lists the other kinds a mixed item names", () => {
    const c = chooseKind("đăng tin, mở các chuyên mục trên Đài Phát thanh các xã, báo in, tọa đàm", []);
    expect(c).toEqual({ kind: "tv", source: "name", others: ["radio", "newspaper", "workshop"] });
  });
});
