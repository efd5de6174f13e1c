/**
 * The part of the Excel JavaScript API (Office.js) the adapter uses, as plain
 * interfaces. `Excel.RequestContext` satisfies them (proved at compile time in
 * excelRun.ts), and the test double in test/office/ implements them, so the
 * adapter's code is the same against Excel and against the fake.
 *
 * Api sets (the manifest asks for ExcelApi 1.7, see docs/addin.md):
 *   1.1  values, formulas, numberFormat, format.*, clear, select, activate, worksheets.add
 *   1.2  merge/unmerge, rowHidden, protection, columnWidth/rowHeight, visibility (write)
 *   1.4  getItemOrNullObject, getUsedRangeOrNullObject
 *   1.6  application.suspendApiCalculationUntilNextSync
 *   1.7  freezePanes, format.useStandardHeight, workbook.protection
 *   1.9  pageLayout (optional: skipped below 1.9), getCellProperties (optional: fills of
 *        a sheet with mixed fills read as {} below 1.9)
 *   1.13 getMergedAreasOrNullObject (optional: merges read as [] below 1.13)
 *   1.18 notes (optional: note writes skipped below 1.18)
 */

/** Anything with Office.js's `load`: nothing can be read from it before load and sync. */
export interface XlLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<unknown>;
}

/** `Excel.run`, or a fake of it: runs a batch function with a fresh request context. */
export type ExcelRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly protection: XlWorkbookProtection;
}

export interface XlWorkbookProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable {
  readonly name: string;
  /** "Visible" | "Hidden" | "VeryHidden". */
  visibility: string;
  readonly isNullObject: boolean;
  readonly protection: XlWorksheetProtection;
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;
  readonly notes: XlNoteCollection;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
}

export interface XlPageLayout {
  /** "Portrait" | "Landscape". */
  orientation: string;
  /** "A4", ... */
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlNoteCollection extends XlLoadable {
  readonly items: XlNote[];
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlNote extends XlLoadable {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
  /** The cell the note is on. */
  getLocation(): XlRange;
}

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  /** 0-based index of the first row / column. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /**
   * Numbers, strings and booleans; errors come as their text ("#DIV/0!"). A null element of a written
   * array leaves that cell as it is. Read, a range over 5.000.000 cells may give null instead of an
   * error (as may formulas, numberFormat and valueTypes): readSheets.ts reads it again in slices.
   */
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** "Empty" | "String" | "Double" | "Boolean" | "Error" | ... per cell. */
  readonly valueTypes: string[][];
  /** true when every row is hidden, false when none is, null when some are. */
  rowHidden: boolean | null;
  readonly format: XlRangeFormat;
  getRow(row: number): XlRange;
  /** ExcelApi 1.9: per-cell properties; the adapter asks only for the fill colour. Null over 5.000.000 cells (see values). */
  getCellProperties(options: { format: { fill: { color: true } } }): {
    readonly value: { format?: { fill?: { color?: string } } }[][] | null;
  };
  getMergedAreasOrNullObject(): XlRangeAreas;
  clear(applyTo?: string): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  /** "Sheet1!A1:C1,Sheet1!A5:B5". */
  readonly address: string;
}

export interface XlRangeFormat {
  /** The fill colour of every cell ("#FFFFFF" when none), or null when the cells differ. */
  readonly fill: XlLoadable & { color: string | null; clear(): void };
  readonly font: { bold: boolean; italic: boolean; name: string; size: number; color: string };
  readonly borders: { getItem(index: string): { style: string; weight: string } };
  /** "Left" | "Center" | "Right" | ... */
  horizontalAlignment: string;
  /** "Top" | "Center" | "Bottom" | ... */
  verticalAlignment: string;
  wrapText: boolean;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  useStandardHeight: boolean;
}
