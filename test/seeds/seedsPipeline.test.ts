import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { LEGAL_DOCUMENTS, citedDocuments } from "../../src/core/norms/documents";
import { planColumnOf } from "../../src/workbook/layout";

/*
 * Each seed plan as an officer would take it: import its text, then build the
 * attachment. What the Department of Finance reads must be true of the plan: no
 * document cited before it could apply, no date of the tool's making, and an
 * estimate that lacks data printed as provisional.
 */

const SEEDS = path.join(__dirname, "..", "fixtures", "seeds");

const PLANS = [
  // file, the day the norms are for (the plan's own date, or 01/01 of the year it names when it has none), full date?, complete?,
  // and the plan's own numbering of its activities, in order
  { file: "tra-vinh-2020-bao-ve-moi-truong.txt", normsDay: "2020-03-19", dated: true, complete: true, labels: "a b c 2" },
  { file: "dong-nai-2019-san-xuat-sach-hon.txt", normsDay: "2019-04-02", dated: true, complete: false, labels: "a b c d a b c a a b b c" },
  { file: "ha-giang-2016-2020-san-xuat-sach-hon.txt", normsDay: "2016-05-11", dated: true, complete: false, labels: "- - -" },
  { file: "ha-noi-2024-bao-ve-moi-truong.txt", normsDay: "2024-01-01", dated: false, complete: false, labels: "1 2" },
] as const;

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-seeds-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet = (): CliIO => ({ out: () => undefined, err: () => undefined, cwd: dir });

/** Every text in the workbook: cell values (formulas' results too), and notes unless `printedOnly`. */
function allTexts(wb: ExcelJS.Workbook, printedOnly = false): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const text = v && typeof v === "object" && "result" in v ? String(v.result ?? "") : typeof v === "string" ? v : "";
        const note = typeof cell.note === "string" ? cell.note : (cell.note?.texts?.map((t) => t.text).join("") ?? "");
        for (const t of printedOnly ? [text] : [text, note]) if (t) out.push({ where: `${ws.name}!${cell.address}`, text: t });
      }),
    ),
  );
  return out;
}

async function attachmentOf(file: string): Promise<ExcelJS.Workbook> {
  const plan = path.join(dir, file.replace(/\.txt$/, ".xlsx"));
  const out = path.join(dir, file.replace(/\.txt$/, "-du-toan.xlsx"));
  expect(await main(["import", path.join(SEEDS, file), "-o", plan], quiet())).toBe(0);
  expect([0, 1]).toContain(await main(["attachment", plan, "-o", out], quiet()));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

describe.each(PLANS)("the seed $file through import and attachment", ({ file, normsDay, dated, complete, labels }) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => (wb = await attachmentOf(file)));

  it("cites no document anywhere in the workbook that could not yet be applied on the plan's day", () => {
    const late = allTexts(wb).flatMap(({ where, text }) =>
      citedDocuments(text)
        .filter((c) => c.document && c.document.from > normsDay)
        .map((c) => `${where}: ${c.number} (from ${c.document!.from})`),
    );
    expect(late).toEqual([]);
    // The register knows the documents the product cites; a seed's own citations (its legal bases) may be others.
    expect(LEGAL_DOCUMENTS.length).toBeGreaterThan(10);
  });

  it(dated ? "prints the plan's own date" : "prints no date of its own making: the blank form's dots", () => {
    const ws = wb.getWorksheet("Dự toán")!;
    const texts = allTexts(wb, true)
      .filter((t) => t.where.startsWith("Dự toán!"))
      .map((t) => t.text);
    const attached = texts.find((t) => t.startsWith("(Kèm theo"))!;
    const signed = texts.find((t) => /, ngày .* tháng .* năm /.test(t))!;
    if (dated) {
      expect(attached).toMatch(/ngày \d{2}\/\d{1,2}\/\d{4}/);
      expect(signed).toMatch(/ngày \d{2} tháng \d{1,2} năm \d{4}$/);
    } else {
      expect(attached).toContain("ngày …/…/……");
      expect(signed).toMatch(/ngày … tháng … năm …$/);
      expect(texts.join("\n")).not.toContain("01/01/2024");
      // The day the norms were taken for is said in a note, not printed.
      const notes: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((c) => c.note && notes.push(typeof c.note === "string" ? c.note : c.note.texts!.map((t) => t.text).join(""))),
      );
      expect(notes.join("\n")).toContain("01/01/2024");
    }
  });

  it("numbers the activities as the plan does (a, b, c or dashes), not with an outline path of its own", () => {
    const ws = wb.getWorksheet("Kế hoạch")!;
    const [stt, kind] = [planColumnOf("stt"), planColumnOf("kind")];
    const numbers: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(kind).text) numbers.push(row.getCell(stt).text);
    });
    expect(numbers.join(" ")).toBe(labels);
  });

  it(complete ? "prints a final estimate" : "prints the estimate as provisional, naming the rows that lack data", () => {
    const texts = allTexts(wb)
      .filter((t) => t.where.startsWith("Dự toán!"))
      .map((t) => t.text);
    const provisional = texts.some((t) => t.includes("TẠM TÍNH"));
    expect(provisional).toBe(!complete);
    if (!complete) expect(texts.find((t) => t.startsWith("TẠM TÍNH — chưa đủ dữ liệu: "))).toMatch(/dòng \d+/);
  });
});
