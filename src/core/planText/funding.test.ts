import { parsePlanText } from "./parsePlanText";
import { readFunding, readFundingSource } from "./funding";
import { splitLines } from "./lines";
import { readOutline } from "./structure";

const TRA_VINH_FUNDING = [
  "III. KINH PHÍ THỰC HIỆN:",
  "Tổng kinh phí thực hiện các hoạt động: 87.000.000 đồng (Nguồn kinh phí được sử dụng từ nguồn kinh phí sự nghiệp môi trường phân bổ cho Sở Công Thương năm 2020), bao gồm:",
  " ",
  "- **Hoạt động truyền thông: 75.200.000 đồng.** Trong đó:",
  " - + Tổ chức 02 cuộc Hội nghị truyền thông môi trường 20.800.000 đồng.",
  " - + Treo băng rôn bảo vệ môi trường tại các chợ: 52.000.000 đồng.",
  "- **Duy trì hoạt động cơ sở dữ liệu và tổng hợp báo cáo: 11.800.000 đồng.**",
  "(Đính kèm dự toán kinh phí)",
].join("\n");

describe("readFunding", () => {
  it("reads the total, the source and the amount lines as a tree", () => {
    const { paragraphs } = splitLines(TRA_VINH_FUNDING);
    const reading = readFunding(readOutline(paragraphs).sections, paragraphs);
    expect(reading.total?.toFixed()).toBe("87000000");
    expect(reading.fundingSource).toBe("Nguồn kinh phí sự nghiệp môi trường phân bổ cho Sở Công Thương năm 2020");
    const tree = (lines: typeof reading.lines): unknown[] => lines.map((l) => [l.label, l.amount.toFixed(), tree(l.children)]);
    expect(tree(reading.lines)).toEqual([
      [
        "Hoạt động truyền thông",
        "75200000",
        [
          ["Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "20800000", []],
          ["Treo băng rôn bảo vệ môi trường tại các chợ", "52000000", []],
        ],
      ],
      ["Duy trì hoạt động cơ sở dữ liệu và tổng hợp báo cáo", "11800000", []],
    ]);
  });
});

describe("readFundingSource", () => {
  it("reads 'Nguồn kinh phí: X' and a list after 'bao gồm:'", () => {
    const source = (text: string) => readFundingSource(splitLines(text).paragraphs);
    expect(source("Nguồn kinh phí thực hiện: Sự nghiệp môi trường năm 2019.")).toBe("Sự nghiệp môi trường năm 2019");
    expect(
      source(
        "Nguồn kinh phí thực hiện Kế hoạch bao gồm:\n- Nguồn ngân sách Thành phố;\n- Nguồn đóng góp của doanh nghiệp.\nCác sở, ngành ...",
      ),
    ).toBe("Nguồn ngân sách Thành phố; Nguồn đóng góp của doanh nghiệp");
    expect(source("Không có gì.")).toBeUndefined();
  });
});

describe("the allocation is what the text says was allocated, never the plan's own total", () => {
  const read = (text: string) => parsePlanText(text).facts.allocation?.amount.toFixed();

  it("reads 'Kinh phí được giao' and 'dự toán được phân bổ' before an amount", () => {
    expect(read("KẾ HOẠCH\nThử\nIII. KINH PHÍ\nKinh phí được giao năm 2024: 150.000.000 đồng.\nTổng kinh phí: 140.000.000 đồng")).toBe(
      "150000000",
    );
    expect(read("KẾ HOẠCH\nThử\nIII. KINH PHÍ\nDự toán được phân bổ là 90.000.000 đồng.")).toBe("90000000");
  });

  it("does not take the Trà Vinh total, whose source is 'phân bổ cho Sở' in brackets after it", () => {
    expect(
      read(
        "III. KINH PHÍ THỰC HIỆN:\nTổng kinh phí thực hiện các hoạt động: 87.000.000 đồng (Nguồn kinh phí được sử dụng từ nguồn kinh phí sự nghiệp môi trường phân bổ cho Sở Công Thương năm 2020), bao gồm:",
      ),
    ).toBeUndefined();
  });
});
