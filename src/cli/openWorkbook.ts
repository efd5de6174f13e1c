import fs from "fs";
import path from "path";
import { XlsxWorkbook } from "../xlsx/xlsxWorkbook";
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

export async function saveWorkbook(book: XlsxWorkbook, file: string, io: CliIO): Promise<boolean> {
  const full = path.resolve(io.cwd, file);
  try {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    await book.save(full);
    return true;
  } catch (e) {
    io.err(`Không ghi được tệp / cannot write ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
