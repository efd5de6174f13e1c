import { consolidate, type Consolidation, type SkippedUnit } from "../../core/consolidate/consolidate";
import type { UnitSummary } from "../../core/consolidate/unit";
import type { BookSnapshot, SheetInfo } from "../port";
import { readUnit, type UnitReading } from "./readUnit";
import { unitSheets } from "./unitSheets";
import { duplicateFile, fileMissing, fileUnreadable } from "./unitFindings";

/** One unit's workbook to consolidate: its name as the officer gave it, and how to get its bytes. */
export interface UnitSource {
  file: string;
  /** Tells two names of the same file apart from two files (a resolved path); defaults to `file`. */
  identity?: string;
  /** The file's bytes; undefined when there is no such file. */
  bytes(): Promise<Uint8Array | undefined>;
}

/** Reads the sheets a command picks from a workbook's bytes (the adapter's: src/xlsx/values/bookValues.ts). */
export type OpenBook = (bytes: Uint8Array, pick: (sheets: SheetInfo[]) => string[]) => Promise<BookSnapshot>;

/** Reads one unit's file to its summary, or says why it cannot be consolidated (never throws). */
export type ReadUnitFile = (source: UnitSource) => Promise<UnitReading>;

export interface ConsolidateProgress {
  /** Files read so far, of `total`; `file` the one just read. */
  done: number;
  total: number;
  file: string;
}

export interface ConsolidateOptions {
  onProgress?: (p: ConsolidateProgress) => void | Promise<void>;
  /** How many files are read at once (a reader working in other threads); default one. */
  parallel?: number;
}

/**
 * Tổng hợp dự toán over many units' files: read a file, reduce it to its
 * UnitSummary, let it go, then the next; so memory holds a workbook per reader
 * and the small summaries, whatever the number of files. A file that is missing,
 * not an .xlsx or holds no plan is reported and skipped; the others are
 * consolidated, in the order given. `onProgress` is told after each file (and
 * awaited: the pane lets the page paint).
 */
export async function consolidateFiles(
  sources: readonly UnitSource[],
  read: ReadUnitFile,
  options: ConsolidateOptions = {},
): Promise<Consolidation> {
  const readings: (UnitReading | undefined)[] = new Array(sources.length);
  const seen = new Set<string>();
  const todo: number[] = [];
  sources.forEach((source, i) => {
    const identity = source.identity ?? source.file;
    if (seen.has(identity)) readings[i] = { skipped: duplicateFile(source.file) };
    else {
      seen.add(identity);
      todo.push(i);
    }
  });
  let done = sources.length - todo.length;
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const i = todo[next++];
      readings[i] = await read(sources[i]);
      await options.onProgress?.({ done: ++done, total: sources.length, file: sources[i].file });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.parallel ?? 1, todo.length)) }, worker));

  const units: UnitSummary[] = [];
  const skipped: SkippedUnit[] = [];
  readings.forEach((r, i) => {
    if (r && "unit" in r) units.push(r.unit);
    else if (r) skipped.push({ file: sources[i].file, finding: r.skipped });
  });
  return consolidate(units, skipped);
}

/** The reader of this thread: the file's bytes, the sheets a unit is read from (`open`), its summary. */
export function unitFileReader(open: OpenBook): ReadUnitFile {
  return async (source) => {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await source.bytes();
    } catch (e) {
      return { skipped: fileUnreadable(source.file, messageOf(e)) };
    }
    if (!bytes) return { skipped: fileMissing(source.file) };
    let book: BookSnapshot;
    try {
      book = await open(bytes, unitSheets);
    } catch (e) {
      return { skipped: fileUnreadable(source.file, messageOf(e)) };
    }
    try {
      return readUnit(book, source.file);
    } catch (e) {
      // A workbook no reader foresaw is one unit's problem, never the whole run's.
      return { skipped: fileUnreadable(source.file, messageOf(e)) };
    }
  };
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
