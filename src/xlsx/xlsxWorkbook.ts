import fs from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import type { SheetInfo, SheetSnapshot, WorkbookPort, WriteOp } from "../workbook/port";
import { readSheet, sheetInfo } from "./readSheet";
import { applyWrites } from "./applyWrites";
import { SaveError, writeFileAtomic } from "./atomicSave";
import { PreservationError } from "./preservationError";
import { buildPackage, type OpenedFile } from "./package/buildPackage";
import { OpenedSheets } from "./package/changes";
import { detachSharedFormulas } from "./package/sharedFormulas";
import { batchProblem } from "../workbook/writeRules";

/** ExcelJS, loaded when a workbook is first opened: `dutoan estimate --help` and the like never load it. */
const excelJs = (): typeof ExcelJS => require("exceljs") as typeof ExcelJS;

export interface SaveOptions {
  /**
   * Writing over the opened file (true) or a new file (false). In place, a save
   * that would lose part of the workbook is refused with a PreservationError; a
   * new file is written without those parts, and `lost` names them. Default: true
   * when the target is the file the workbook was opened from.
   */
  inPlace?: boolean;
}

export interface SaveResult {
  /** Parts of the opened workbook the written file leaves out (always empty in place). */
  lost: string[];
}

/**
 * The workbook port over an .xlsx file (ExcelJS), for the command line, the tests
 * and the benchmark. Writes go to the in-memory workbook; nothing reaches the
 * disk until save(), so a command that fails leaves the file as it was.
 *
 * Saving keeps the whole workbook: the opened file's bytes are kept, and only
 * what changed since it was read (through apply(), or on `workbook` directly) is
 * rewritten in them (src/xlsx/package/buildPackage.ts); charts, pivot tables,
 * tables, validations, conditional formats, names, protection, macros and every
 * untouched sheet and cell come back as they were.
 */
export class XlsxWorkbook implements WorkbookPort {
  private readonly opened?: OpenedFile;

  /** `original`: the bytes the workbook was read from; without them, saving writes ExcelJS's output. */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    original?: Uint8Array,
    private readonly openedFrom?: string,
  ) {
    if (original) {
      this.opened = {
        bytes: original,
        sheets: new Map(workbook.worksheets.map((ws) => [ws, { name: ws.name, state: ws.state ?? "visible" }])),
        contents: new OpenedSheets(workbook.worksheets),
      };
    }
  }

  static async open(file: string): Promise<XlsxWorkbook> {
    const bytes = new Uint8Array(await fs.promises.readFile(file));
    const wb = new (excelJs().Workbook)();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return new XlsxWorkbook(wb, bytes, path.resolve(file));
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(data.slice(0));
    const wb = new (excelJs().Workbook)();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return new XlsxWorkbook(wb, bytes);
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

  /** Refuses, before any change, what Excel would refuse (writeRules.ts); then applies the batch. */
  async apply(writes: readonly WriteOp[]): Promise<void> {
    const problem = batchProblem(writes, await this.listSheets());
    if (problem) throw new Error(`Sheet "${problem.sheet}": ${problem.code} (${problem.detail})`);
    detachSharedFormulas(this.workbook, writes);
    applyWrites(this.workbook, writes);
  }

  /**
   * Saves atomically (atomicSave.ts): the file is always either the old one or the
   * complete new one. Throws a SaveError whose message says the original is
   * unchanged; a PreservationError (a SaveError) when, in place, parts would be lost.
   */
  async save(file: string, options: SaveOptions = {}): Promise<SaveResult> {
    let built: { bytes: Uint8Array; lost: string[] };
    try {
      // Built in memory first: if that fails, nothing has touched the disk.
      built = await this.build();
    } catch (e) {
      throw new SaveError(file, e, undefined, "build");
    }
    const inPlace = options.inPlace ?? this.isOpenedFile(file);
    if (inPlace && built.lost.length) throw new PreservationError(file, built.lost);
    await writeFileAtomic(file, built.bytes);
    return { lost: built.lost };
  }

  /** The bytes save() would write to a new file. */
  async toBuffer(): Promise<Uint8Array> {
    return (await this.build()).bytes;
  }

  /** The file's bytes, and what they leave out of the opened workbook. */
  async build(): Promise<{ bytes: Uint8Array; lost: string[] }> {
    if (!this.opened) return { bytes: new Uint8Array(await this.workbook.xlsx.writeBuffer()), lost: [] };
    return buildPackage(this.workbook, this.opened);
  }

  private isOpenedFile(file: string): boolean {
    if (!this.openedFrom) return false;
    const real = (p: string) => {
      try {
        return fs.realpathSync(p);
      } catch {
        return path.resolve(p);
      }
    };
    return real(file) === real(this.openedFrom);
  }
}
