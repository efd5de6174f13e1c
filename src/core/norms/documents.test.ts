import { dateOf, isoDate, type IsoDate } from "../dates/isoDate";
import { BUILT_IN_NORMS } from "./catalog";
import { LEGAL_DOCUMENTS, citedAfter, citedDocuments } from "./documents";
import { selectNorms } from "./select";

/** Every first day of a month from 2011 to 2026, and the days documents change. */
const DAYS: IsoDate[] = [
  ...Array.from({ length: 16 * 12 }, (_, i) => dateOf(2011 + Math.floor(i / 12), (i % 12) + 1, 1)!),
  ...LEGAL_DOCUMENTS.flatMap((d) => [d.from, ...(d.to ? [d.to] : [])]),
];

const citedText = (n: (typeof BUILT_IN_NORMS)[number]) => [n.line, n.basis, n.note ?? "", n.source ?? ""].join(" ");

describe("the documents the catalog cites", () => {
  it("every document a norm cites is in the register (so its first day is known)", () => {
    const unknown = BUILT_IN_NORMS.flatMap((n) =>
      citedDocuments(citedText(n))
        .filter((c) => !c.document)
        .map((c) => `${n.code}: ${c.number}`),
    );
    expect(unknown).toEqual([]);
  });

  it("a norm that cites a document starts no earlier than the day that document can be applied", () => {
    const early = BUILT_IN_NORMS.flatMap((n) =>
      citedDocuments(citedText(n))
        .filter((c) => c.document && (!n.validFrom || n.validFrom < c.document.from))
        .map((c) => `${n.code} from ${n.validFrom ?? "always"} cites ${c.number} (from ${c.document!.from})`),
    );
    expect(early).toEqual([]);
  });

  it("on any day from 2011 to 2026, no norm in force cites a document issued after that day", () => {
    const late = DAYS.flatMap((day) =>
      selectNorms({ date: day })
        .all()
        .flatMap((n) => citedAfter(citedText(n), day).map((d) => `${day}: ${n.code} cites ${d.id}`)),
    );
    expect(late).toEqual([]);
  });

  it("a 2016 plan's conference lines cite no circular of 2017 or later", () => {
    const set = selectNorms({ date: isoDate("2016-05-11") });
    for (const code of ["HN.HOITRUONG", "HN.TRANGTRI", "HN.TAILIEU", "HN.NUOCUONG", "HN.BAOCAOVIEN", "HN.TIENAN.TINH"]) {
      expect({ code, basis: set.get(code)?.basis }).toEqual({ code, basis: expect.not.stringMatching(/2017|2018|2020|2023|2025/) });
    }
  });

  it("a plan of 02/04/2019 does not cite TT 09/2020/TT-BTTTT for radio; one of 2021 does", () => {
    expect(selectNorms({ date: isoDate("2019-04-02") }).get("PT.CHUONGTRINH")!.basis).not.toContain("09/2020");
    expect(selectNorms({ date: isoDate("2021-01-01") }).get("PT.CHUONGTRINH")!.basis).toContain("TT 09/2020/TT-BTTTT");
  });

  it("lines the law leaves to a quote cite the quote, not a circular", () => {
    const set = selectNorms({ date: isoDate("2020-03-19") });
    for (const code of ["HN.HOITRUONG", "HN.TRANGTRI", "HN.TAILIEU", "BR.BANGRON", "PN.PANO", "IN.TAILIEU"]) {
      const norm = set.get(code)!;
      expect({ code, basis: norm.basis, cites: citedDocuments(norm.basis).length }).toEqual({
        code,
        basis: expect.stringMatching(/báo giá|hợp đồng/i),
        cites: 0,
      });
    }
  });

  it("finds document numbers as plans write them", () => {
    expect(
      citedDocuments("Đ12 TT 40/2017/TT-BTC; TTLT 221/2012/TTLT-BTC-BCT; NQ 180/2019/NQ-HĐND; CV 4988/UBND-TC").map((c) => c.number),
    ).toEqual(["40/2017/TT-BTC", "221/2012/TTLT-BTC-BCT", "180/2019/NQ-HĐND", "4988/UBND-TC"]);
    expect(citedAfter("K1 Đ6 TT 40/2017/TT-BTC", isoDate("2016-01-01")).map((d) => d.id)).toEqual(["TT 40/2017/TT-BTC"]);
  });
});
