import { finding, type Finding } from "../../core/findings/finding";
import { cellText, type Cell } from "../cells";

const shown = (cell: Cell, formula: string | null): string => {
  const t = formula ?? cellText(cell);
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

/** The user typed in a cell the add-in writes: their value stays. */
export function userValueKept(sheet: string, address: string, cell: Cell, formula: string | null, wanted: string): Finding {
  const value = shown(cell, formula);
  return finding(
    "warning",
    "user-value-kept",
    `Ô ${sheet}!${address} có giá trị do người dùng nhập ("${value}"), khác với giá trị add-in ghi lần trước; add-in giữ nguyên ô này, không ghi "${wanted}". Muốn ghi đè: chọn "Ghi đè" trong ngăn tác vụ hoặc chạy lại với --force.`,
    `Cell ${sheet}!${address} holds a value the user typed ("${value}"), not the one the add-in wrote last; the add-in kept it and did not write "${wanted}". To overwrite: choose "Overwrite" in the task pane, or run again with --force.`,
    { sheet, address },
  );
}

export function notBackedUp(sheet: string): Finding {
  return finding(
    "warning",
    "not-backed-up",
    `Sheet "${sheet}" được ghi nhưng không được đọc trước, nên không sao lưu được; "Hoàn tác" sẽ không khôi phục sheet này.`,
    `Sheet "${sheet}" is written but was not read first, so it could not be backed up; restore will not bring it back.`,
    { sheet },
  );
}

/**
 * The hidden state sheet is damaged or was edited by hand. A command starts a
 * fresh record (a warning); restore refuses and writes nothing (an error): a
 * record that fails its checks is never executed.
 */
export function stateUnreadable(sheet: string, why: { vi: string; en: string }, restoring = false): Finding {
  if (restoring)
    return finding(
      "error",
      "restore-data-unreadable",
      `Sheet ẩn "${sheet}" (dữ liệu khôi phục) bị hỏng hoặc bị sửa tay (${why.vi}); không hoàn tác được. Không có ô nào bị thay đổi.`,
      `The hidden sheet "${sheet}" (restore data) is damaged or was edited by hand (${why.en}); nothing can be restored. No cell was changed.`,
      { sheet, address: "A1" },
    );
  return finding(
    "warning",
    "restore-data-unreadable",
    `Sheet ẩn "${sheet}" (dữ liệu khôi phục) bị hỏng hoặc bị sửa tay (${why.vi}); bắt đầu lại từ đầu: lần chạy trước không khôi phục được, và các ô trong cột kết quả được coi là do người dùng nhập.`,
    `The hidden sheet "${sheet}" (restore data) is damaged or was edited by hand (${why.en}); starting afresh: the previous run cannot be restored, and cells in the output columns count as typed by the user.`,
    { sheet, address: "A1" },
  );
}

/** Restore is three-way: a cell the officer changed after the command is theirs, and stays. */
export function restoreKeptUserValue(sheet: string, address: string, cell: Cell, formula: string | null): Finding {
  const value = shown(cell, formula);
  return finding(
    "warning",
    "restore-kept-user-value",
    `Ô ${sheet}!${address} đã được sửa sau lệnh vừa rồi ("${value}"); hoàn tác giữ nguyên ô này, không trả lại giá trị cũ.`,
    `Cell ${sheet}!${address} was changed after the last command ("${value}"); restore keeps it and does not put the old value back.`,
    { sheet, address },
  );
}

export function restoreKeptUserNote(sheet: string, address: string): Finding {
  return finding(
    "warning",
    "restore-kept-user-value",
    `Ghi chú của ô ${sheet}!${address} đã được sửa sau lệnh vừa rồi; hoàn tác giữ nguyên ghi chú này.`,
    `The note of cell ${sheet}!${address} was changed after the last command; restore keeps it.`,
    { sheet, address },
  );
}

/** A sheet the command created (or rewrote whole) was changed since: restore leaves it as it is. */
export function restoreKeptSheet(sheet: string, created: boolean, rows: readonly number[]): Finding {
  const where = rows.length > 3 ? `${rows.slice(0, 3).join(", ")}…` : rows.join(", ");
  return finding(
    "warning",
    "restore-kept-sheet",
    created
      ? `Sheet "${sheet}" do lệnh vừa rồi tạo đã được sửa sau đó (dòng ${where}); hoàn tác không xoá sheet này. Nếu không cần, hãy tự xoá.`
      : `Sheet "${sheet}" do lệnh vừa rồi ghi lại toàn bộ đã được sửa sau đó (dòng ${where}); hoàn tác giữ nguyên sheet này.`,
    created
      ? `Sheet "${sheet}", which the last command created, was changed since (row ${where}); restore does not delete it. Delete it yourself if you do not need it.`
      : `Sheet "${sheet}", which the last command rewrote whole, was changed since (row ${where}); restore leaves it as it is.`,
    { sheet, range: `${rows[0]}:${rows[0]}` },
  );
}

/** A formula in the backup that could reach outside the workbook is written back as text, never run. */
export function restoreFormulaAsText(sheet: string, address: string, formula: string): Finding {
  const f = formula.length > 60 ? `${formula.slice(0, 59)}…` : formula;
  return finding(
    "warning",
    "restore-formula-as-text",
    `Ô ${sheet}!${address}: công thức trong dữ liệu khôi phục ("${f}") có thể gọi ra ngoài workbook (liên kết, DDE, web); hoàn tác ghi nó thành văn bản, không chạy.`,
    `Cell ${sheet}!${address}: the formula in the restore data ("${f}") could reach outside the workbook (link, DDE, web); restore writes it as text and does not run it.`,
    { sheet, address },
  );
}

export function numberNotExact(sheet: string, address: string, value: string): Finding {
  return finding(
    "error",
    "number-not-exact",
    `Ô ${sheet}!${address}: số ${value} vượt quá 15 chữ số; Excel chỉ giữ chính xác 15 chữ số và số tiền bằng chữ chỉ viết được đến dưới 1 triệu tỷ đồng, nên giá trị trong ô không chính xác và không khớp với số tiền bằng chữ. Kiểm tra số lượng, đơn giá.`,
    `Cell ${sheet}!${address}: the number ${value} has more than 15 digits; Excel keeps only 15 exactly and the amount in words stops below 10^15 đồng, so the cell is not exact and does not match the words. Check the quantities and unit costs.`,
    { sheet, address },
  );
}

export function nothingToRestore(): Finding {
  return finding(
    "info",
    "nothing-to-restore",
    "Không có gì để hoàn tác: chưa có lệnh nào ghi đè ô nào, hoặc đã hoàn tác rồi.",
    "Nothing to restore: no command has overwritten any cell yet, or it was already restored.",
  );
}

export function restoreSheetMissing(sheet: string): Finding {
  return finding(
    "warning",
    "restore-sheet-missing",
    `Sheet "${sheet}" không còn trong workbook; phần sao lưu của sheet này bị bỏ qua.`,
    `Sheet "${sheet}" is no longer in the workbook; its backup is skipped.`,
    { sheet },
  );
}

export function restoreSheetProtected(sheet: string): Finding {
  return finding(
    "error",
    "sheet-protected",
    `Sheet "${sheet}" đang được bảo vệ (Protect Sheet); bỏ bảo vệ rồi hoàn tác lại. Không có ô nào bị thay đổi.`,
    `Sheet "${sheet}" is protected; unprotect it and restore again. No cell was changed.`,
    { sheet, range: "A1" },
  );
}

/** True when the command kept cells the user typed: the command line then refuses to save unless --force. */
export const keptUserValues = (findings: readonly Finding[]): boolean => findings.some((f) => f.code === "user-value-kept");

export const REFUSED_FOR_USER_VALUES =
  "Không ghi tệp: có ô do người dùng nhập trong các cột kết quả (xem các dòng user-value-kept). Chạy lại với --force để ghi đè.\n" +
  "File not written: the output columns hold values the user typed (see the user-value-kept lines). Run again with --force to overwrite them.";
