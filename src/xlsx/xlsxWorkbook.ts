import ExcelJS from "exceljs";
import type { SheetInfo, SheetSnapshot, WorkbookPort, WriteOp } from "../workbook/port";
import { readSheet, sheetInfo } from "./readSheet";
import { applyWrites } from "./applyWrites";
import { SaveError, writeFileAtomic } from "./atomicSave";

/**
 * The workbook port over an .xlsx file (ExcelJS), for the command line, the tests
 * and the benchmark. Writes go to the in-memory workbook; nothing reaches the
 * disk until save(), so a command that fails leaves the file as it was.
 */
export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxWorkbook(wb);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(wb);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map(sheetInfo);
  }

  async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    return names
      .map((n) => this.workbook.getWorksheet(n))
      .filter((ws): ws is ExcelJS.Worksheet => ws !== undefined)
      .map(readSheet);
  }

  async apply(writes: readonly WriteOp[]): Promise<void> {
    applyWrites(this.workbook, writes);
  }

  /**
   * Saves atomically (atomicSave.ts): the file is always either the old one or the
   * complete new one. Throws a SaveError whose message says the original is unchanged.
   */
  async save(path: string): Promise<void> {
    let data: Uint8Array;
    try {
      // Serialised in memory first: if ExcelJS fails, nothing has touched the disk.
      data = await this.toBuffer();
    } catch (e) {
      throw new SaveError(path, e, undefined, "build");
    }
    await writeFileAtomic(path, data);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
