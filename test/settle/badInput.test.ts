import ExcelJS from "exceljs";
import { isoDate } from "../../src/core/dates/isoDate";
import { runSettle } from "../../src/workbook/commands/settle";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { reload, rowTexts } from "../attachment/kit";
import { differences, everyCell } from "../safety/workbookCells";
import { TRA_VINH_ACTUALS, traVinhWithActuals, type ActualLine } from "./kit";

/* What settle does with input it cannot use: it says which cell, and never writes half a settlement. */
jest.setTimeout(60_000);

const asOf = isoDate("2021-01-15");

/** The sample's actuals with the conferences' Quý II typed as words. */
function withText(value: string): ActualLine[] {
  return TRA_VINH_ACTUALS.map((l) => (l[2] === 3 ? ([...l.slice(0, 4), value, ...l.slice(5)] as unknown as ActualLine) : l));
}

test("text in an actual cell: an error naming the cell; the settlement is printed TẠM TÍNH, naming it, and the activity is not called 'not carried out'", async () => {
  const book = new XlsxWorkbook(traVinhWithActuals(withText("chín triệu rưỡi")));
  const r = await runSettle(book, { asOf });
  const bad = r.findings.find((f) => f.sheet === "Phân bổ" && f.range === "E8")!;
  expect(bad).toMatchObject({ severity: "error", code: "not-a-number" });
  expect(bad.message).toContain("Phân bổ!E8");
  expect(bad.messageEn).toContain("Phân bổ!E8");

  const conference = r.settlement!.activities.find((a) => a.activity.row === 3)!;
  expect(conference.outcome).toBe("unknown");
  expect(r.settlement!.notCarriedOut.map((a) => a.activity.row)).toEqual([5]);

  const ws = (await reload(book)).getWorksheet("Quyết toán")!;
  expect(ws.getCell(5, 1).value).toBe("QUYẾT TOÁN KINH PHÍ (TẠM TÍNH — chưa đủ dữ liệu)");
  expect(rowTexts(ws, r.layout!.year.activityRows.get(3)!)[6]).toBe("Chưa đọc được số thực hiện ô Phân bổ!E8");
  expect(r.layout!.provisional).toEqual([
    "dòng 3 (a. Tổ chức 02 cuộc Hội nghị truyền thông môi trường): số thực hiện ô Phân bổ!E8 không đọc được",
  ]);
  expect(
    String(ws.getCell(r.layout!.wordsRow, 1).value && (ws.getCell(r.layout!.wordsRow, 1).value as ExcelJS.CellFormulaValue).result),
  ).toMatch(/^Số thực hiện bằng chữ \(tạm tính\): /);
});

test("a number typed as Vietnamese text (9.500.000) is read, not refused", async () => {
  const r = await runSettle(new XlsxWorkbook(traVinhWithActuals(withText("9.500.000"))), { asOf });
  expect(r.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["actual-over-plan"]);
  expect(r.settlement!.total.actual.toFixed()).toBe("82949948");
});

test("an error value in an actual cell (#REF!) names the cell too", async () => {
  const wb = traVinhWithActuals();
  wb.getWorksheet("Phân bổ")!.getCell("F9").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  const r = await runSettle(new XlsxWorkbook(wb), { asOf });
  expect(r.findings.find((f) => f.range === "F9")).toMatchObject({ severity: "error", code: "error-value", sheet: "Phân bổ" });
  expect(r.settlement!.activities.find((a) => a.activity.row === 4)!.outcome).toBe("unknown");
});

test("no Thực hiện table on Phân bổ: an error, and nothing written", async () => {
  const source = buildTraVinhWorkbook();
  const book = new XlsxWorkbook(source);
  const before = everyCell(await reload(new XlsxWorkbook(buildTraVinhWorkbook())));
  const r = await runSettle(book, { asOf });
  expect(r.writes).toEqual([]);
  expect(r.findings.find((f) => f.code === "settle-no-actuals")).toMatchObject({ severity: "error" });
  expect(differences(before, everyCell(await reload(book)))).toEqual([]);
});

test("a Thực hiện table with no figure yet: an error at its header, and nothing written", async () => {
  const r = await runSettle(new XlsxWorkbook(traVinhWithActuals([["a", "Tổ chức 02 cuộc Hội nghị truyền thông môi trường", 3]])), { asOf });
  expect(r.writes).toEqual([]);
  expect(r.findings.find((f) => f.code === "settle-no-actuals")).toMatchObject({ severity: "error", sheet: "Phân bổ", range: "D7" });
});

test("an as-of day before the plan's year: an error, and nothing written", async () => {
  const r = await runSettle(new XlsxWorkbook(traVinhWithActuals()), { asOf: isoDate("2019-12-31") });
  expect(r.writes).toEqual([]);
  expect(r.findings.find((f) => f.code === "settle-before-year")).toMatchObject({ severity: "error" });
});

test("spending above the allocation: an error on the sheet and in the findings; no return or carry-over lines", async () => {
  const lines = TRA_VINH_ACTUALS.map((l) =>
    l[2] === 6 ? ([...l.slice(0, 3), 2950000, 2950000, 2950000, 8000000] as unknown as ActualLine) : l,
  );
  const book = new XlsxWorkbook(traVinhWithActuals(lines));
  const r = await runSettle(book, { asOf });
  expect(r.settlement!.disposition).toBe("overspent");
  const f = r.findings.find((x) => x.code === "actual-over-allocation")!;
  expect(f).toMatchObject({ severity: "error", amounts: { actual: "87999948", allocation: "87000000", excess: "999948" } });
  const ws = (await reload(book)).getWorksheet("Quyết toán")!;
  const { unspentRow, wordsRow } = r.layout!.unspent;
  const row = rowTexts(ws, unspentRow);
  expect(row[1]).toBe("Kinh phí chưa sử dụng (1 - 2)");
  expect(row[2]).toMatch(/^=C\d+-C\d+$/);
  expect(row[6]).toBe("Vượt kinh phí được giao");
  expect((ws.getCell(unspentRow, 3).value as ExcelJS.CellFormulaValue).result).toBe(-999948);
  expect(wordsRow).toBeUndefined();
  const texts: string[] = [];
  ws.eachRow((row) => texts.push(String(row.getCell(2).value ?? "")));
  expect(texts.some((t) => t.startsWith("Trong đó"))).toBe(false);
  expect(texts).toContain(f.message);
});
