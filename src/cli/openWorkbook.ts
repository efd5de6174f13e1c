import fs from "fs";
import path from "path";
import { XlsxWorkbook } from "../xlsx/xlsxWorkbook";
import { SaveError } from "../xlsx/atomicSave";
import type { CliIO } from "./io";

/** Opens an .xlsx the user named; a missing or unreadable file is a message, not a stack trace. */
export async function openWorkbook(file: string, io: CliIO): Promise<XlsxWorkbook | undefined> {
  const full = path.resolve(io.cwd, file);
  if (!fs.existsSync(full)) {
    io.err(`Không tìm thấy tệp / file not found: ${file}`);
    return undefined;
  }
  try {
    return await XlsxWorkbook.open(full);
  } catch (e) {
    io.err(`Không đọc được tệp .xlsx / cannot read the .xlsx file ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/**
 * Saves atomically: the file on disk is either the old one byte for byte or the
 * complete new one. False, with a message saying the original is unchanged and
 * what to do, when it could not be saved; callers print "wrote" only after true.
 */
export async function saveWorkbook(book: XlsxWorkbook, file: string, io: CliIO): Promise<boolean> {
  const full = path.resolve(io.cwd, file);
  try {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    const { lost } = await book.save(full);
    // Only a new file (-o) can be written without a part; in place the save is refused instead.
    if (lost.length)
      io.err(`Tệp ${file} được ghi nhưng thiếu / was written without: ${lost.join("; ")}. Tệp gốc vẫn giữ đủ / the original keeps them.`);
    return true;
  } catch (e) {
    const err = e instanceof SaveError ? e : new SaveError(full, e);
    io.err(`Không ghi được tệp / cannot write ${file}: ${err.message}`);
    return false;
  }
}
