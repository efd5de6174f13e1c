import fs from "fs";
import path from "path";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { readBookValues } from "../../src/xlsx/values/bookValues";

/*
 * The consolidation reads units' workbooks straight from their XML (fast, values
 * only); what it reads must be what the ExcelJS adapter reads, cell for cell.
 */

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const files = fs.existsSync(EXAMPLES) ? fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")) : [];

test.each(files)("%s reads the same values, formulas, merges and hidden rows as through ExcelJS", async (file) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(EXAMPLES, file)));
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const sheets = await book.listSheets();
  const fast = await readBookValues(bytes, (s) => s.map((x) => x.name));
  expect(fast.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  const slow = await book.readSheets(sheets.map((s) => s.name));
  for (const s of slow) {
    const f = fast.read.get(s.name)!;
    expect({ name: f.name, top: f.top, left: f.left, merges: [...f.merges].sort(), hiddenRows: f.hiddenRows }).toEqual({
      name: s.name,
      top: s.top,
      left: s.left,
      merges: [...s.merges].sort(),
      hiddenRows: s.hiddenRows,
    });
    expect(f.cells).toEqual(s.cells);
    expect(f.formulas).toEqual(s.formulas);
  }
});

test("bytes that are not an .xlsx are refused", async () => {
  await expect(readBookValues(new TextEncoder().encode("không phải tệp Excel"), () => [])).rejects.toThrow();
});
