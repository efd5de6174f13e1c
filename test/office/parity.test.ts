import type ExcelJS from "exceljs";
import { buildTraVinhWorkbook } from "../../examples/traVinhSample";
import { runEstimate } from "../../src/workbook/commands/estimate";
import { runAttachment } from "../../src/workbook/commands/attachment";
import type { SheetSnapshot, WorkbookPort } from "../../src/workbook/port";
import { bothAdapters, planWorkbook } from "./plans";

/** Everything the port reads back, except fills and notes (the Office adapter does not read them: see docs/addin.md). */
async function contents(port: WorkbookPort) {
  const sheets = await port.listSheets();
  const read = await port.readSheets(sheets.map((s) => s.name));
  return read.map((s: SheetSnapshot) => ({
    name: s.name,
    visible: s.visible,
    protected: s.protected,
    top: s.top,
    left: s.left,
    cells: s.cells,
    formulas: s.formulas,
    numberFormats: s.numberFormats,
    merges: [...s.merges].sort(),
    hiddenRows: s.hiddenRows,
  }));
}

async function sameThroughBothAdapters(wb: ExcelJS.Workbook, command: (port: WorkbookPort) => Promise<{ findings: unknown[] }>) {
  const { xlsx, office } = await bothAdapters(wb);
  const viaXlsx = await command(xlsx);
  const viaOffice = await command(office);
  expect(viaOffice.findings).toEqual(viaXlsx.findings);
  const [a, b] = [await contents(xlsx), await contents(office)];
  expect(b.map((s) => s.name)).toEqual(a.map((s) => s.name));
  for (let i = 0; i < a.length; i++) expect({ sheet: b[i].name, ...b[i] }).toEqual({ sheet: a[i].name, ...a[i] });
  return a;
}

describe("the same workbook through the Office adapter and the .xlsx adapter", () => {
  it("Tính dự toán on the Trà Vinh 2020 sample writes the same cells, formulas and formats", async () => {
    const sheets = await sameThroughBothAdapters(buildTraVinhWorkbook(), (port) => runEstimate(port));
    const breakdown = sheets.find((s) => s.name === "Chi tiết dự toán");
    expect(breakdown?.formulas.flat().filter(Boolean).length).toBeGreaterThan(5);
  });

  it("Tính dự toán on a generated plan of 60 activities writes the same cells", async () => {
    await sameThroughBothAdapters(planWorkbook(60), (port) => runEstimate(port, { rounding: "thousand" }));
  });

  it("running Tính dự toán twice (the second run backs up and rewrites) stays the same", async () => {
    await sameThroughBothAdapters(buildTraVinhWorkbook(), async (port) => {
      await runEstimate(port);
      return runEstimate(port);
    });
  });

  it("Lập phụ lục (the attachment) writes the same sheet, merges included", async () => {
    const sheets = await sameThroughBothAdapters(buildTraVinhWorkbook(), (port) => runAttachment(port));
    expect(sheets.find((s) => s.name === "Dự toán")?.merges.length).toBeGreaterThan(0);
  });
});
