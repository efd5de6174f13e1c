import type { Consolidation } from "../../core/consolidate/consolidate";
import type { UnitFinding } from "../../core/consolidate/unit";
import { today } from "../../core/dates/isoDate";
import type { Finding } from "../../core/findings/finding";
import { consolidateFiles, unitFileReader, type ConsolidateProgress, type UnitSource } from "../../workbook/consolidate/consolidateFiles";
import { summaryBook } from "../../workbook/consolidate/summaryBook";
import { readBookValues } from "../../xlsx/values/bookValues";

/** A file the officer picked: its name and a way to its bytes (a browser File is one). */
export interface PickedFile {
  name: string;
  bytes(): Promise<ArrayBuffer>;
}

/** A picked File's bytes (FileReader: in every webview Office uses, and in jsdom). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the page paint between two files, so that the progress bar moves. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Tổng hợp dự toán of the files the officer picked, in the pane: the engine of
 * `dutoan consolidate` (src/workbook/consolidate/consolidateFiles.ts), each file
 * read from its bytes one after another (never written: a unit without an
 * estimate is estimated in memory) through the XML reader of the command line,
 * which needs no Node module to read. `onProgress` is told after each file.
 */
export async function consolidatePicked(
  files: readonly PickedFile[],
  onProgress?: (p: ConsolidateProgress) => void,
): Promise<Consolidation> {
  const sources: UnitSource[] = files.map((f) => ({ file: f.name, bytes: async () => new Uint8Array(await f.bytes()) }));
  return consolidateFiles(sources, unitFileReader(readBookValues), {
    onProgress: async (p) => {
      onProgress?.(p);
      await paint();
    },
  });
}

/**
 * The findings the pane lists: the consolidation's own (mixed norms, files left
 * out), then each unit's errors. Their cells are in the units' files, not in the
 * open workbook: the file and cell are written in the message instead of being a
 * cell to select.
 */
export function consolidationFindings(c: Consolidation): Finding[] {
  const inFile = (f: UnitFinding): Finding => {
    const where = [f.file, f.sheet ? (f.range ? `${f.sheet}!${f.range}` : f.sheet) : undefined].filter(Boolean).join(", ");
    const plain: Finding = { severity: f.severity, code: f.code, message: f.message, messageEn: f.messageEn };
    if (f.amounts) plain.amounts = f.amounts;
    return where ? { ...plain, message: `${where}: ${f.message}`, messageEn: `${where}: ${f.messageEn}` } : plain;
  };
  return [...c.findings, ...c.units.flatMap((u) => u.errors.map((e) => ({ ...e, file: e.file ?? u.file })))].map(inFile);
}

/**
 * The Tổng hợp workbook as .xlsx bytes, as `dutoan consolidate -o` writes it; its
 * Nguồn links name each unit's file as picked (the summary saved beside them opens
 * them). ExcelJS (its browser build) loads with it, only then.
 */
export async function summaryWorkbookBytes(c: Consolidation, thousandWord: "nghìn" | "ngàn"): Promise<Uint8Array> {
  const { newBookBytes } = await import(/* webpackChunkName: "summary-book" */ "../../xlsx/newBook");
  const book = summaryBook(c, { madeOn: today(), linkPath: (file) => file, words: { thousandWord } });
  return newBookBytes(book.writes, book.bulk);
}
