import { finding, type Finding } from "../core/findings/finding";

/**
 * A write the workbook refused. It carries the finding the task pane shows
 * (Vietnamese and English) and Excel's error code. `written` says whether any
 * cell may have changed: false when the adapter caught the problem before it
 * sent a single write (the usual case: a protected or missing sheet, an invalid
 * value), true only when Excel failed in the middle of a batch, because Excel
 * runs a batch's commands in order and does not undo the ones before the error.
 */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  constructor(
    readonly finding: Finding,
    readonly code: string,
    readonly written: boolean,
    /** The Office error, when there was one. */
    readonly cause?: unknown,
  ) {
    super(`${finding.message} / ${finding.messageEn}`);
  }
}

/** A read the workbook refused (a sheet deleted while the pane was open, a lost connection). */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  constructor(
    readonly finding: Finding,
    readonly code: string,
    readonly cause?: unknown,
  ) {
    super(`${finding.message} / ${finding.messageEn}`);
  }
}

/** The code of an OfficeExtension.Error ("InvalidArgument"), or undefined for other errors. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function officeErrorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Excel refuses every batch while the user is typing in a cell ("cell-edit mode"):
 * `InvalidOperationInCellEditMode`, "The operation isn't available while Excel is in
 * Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting
 * another cell, and then try again." (Error handling with the application-specific
 * JavaScript APIs, https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The batch fails as a whole: nothing of it ran.
 */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** Excel on the web's 5 MB per request and per response, and the 5.000.000 cells a read may cover (resource limits). */
const TOO_BIG = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

/** Whether an Office error says the request, its response or the range read was over Excel's limits: the read is redone in slices. */
export function isTooBig(error: unknown): boolean {
  return TOO_BIG.has(officeErrorCode(error) ?? "");
}

/** The finding for a command refused because Excel is in cell-edit mode. */
export function cellEditModeFinding(tail?: { vi: string; en: string }): Finding {
  return finding(
    "error",
    "cell-edit-mode",
    `Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi bấm lại.${tail ? ` ${tail.vi}` : ""}`,
    `Excel is in cell-edit mode: press Enter or Esc, then click again.${tail ? ` ${tail.en}` : ""}`,
  );
}

const NOTHING_CHANGED = { vi: "Không có ô nào bị thay đổi.", en: "No cell was changed." };
const MAYBE_CHANGED = {
  vi: "Excel dừng giữa chừng: các ô ghi trước lỗi có thể đã thay đổi; sửa nguyên nhân rồi chạy lại lệnh (lệnh ghi lại toàn bộ).",
  en: "Excel stopped midway: cells written before the error may have changed; fix the cause and run the command again (it rewrites everything).",
};

/** The finding for an Office error code met while writing. */
export function writeErrorFinding(code: string, written: boolean, where: { sheet?: string; detail?: string } = {}): Finding {
  const tail = written ? MAYBE_CHANGED : NOTHING_CHANGED;
  const sheet = where.sheet ? ` "${where.sheet}"` : "";
  const detail = where.detail ? ` (${where.detail})` : "";
  const at = where.sheet ? { sheet: where.sheet, range: "A1" } : undefined;
  switch (code) {
    case CELL_EDIT_MODE:
      return cellEditModeFinding(tail);
    case "AccessDenied":
      return finding(
        "error",
        "write-denied",
        `Excel không cho ghi vào sheet${sheet}: sheet hoặc workbook đang được bảo vệ, hoặc workbook chỉ được mở để đọc. Bỏ bảo vệ (Review > Unprotect) rồi chạy lại. ${tail.vi}`,
        `Excel refused to write to sheet${sheet}: the sheet or the workbook is protected, or the workbook is open read-only. Unprotect it (Review > Unprotect) and run again. ${tail.en}`,
        at,
      );
    case "ItemNotFound":
      return finding(
        "error",
        "sheet-missing",
        `Không tìm thấy sheet${sheet}: có thể nó vừa bị xoá hoặc đổi tên. Chạy lại lệnh. ${tail.vi}`,
        `Sheet${sheet} was not found: it may have just been deleted or renamed. Run the command again. ${tail.en}`,
        at,
      );
    case "ItemAlreadyExists":
      return finding(
        "error",
        "sheet-exists",
        `Sheet${sheet} vừa được tạo bởi người khác hoặc lệnh khác. Chạy lại lệnh. ${tail.vi}`,
        `Sheet${sheet} was just created by someone else or another command. Run the command again. ${tail.en}`,
        at,
      );
    case "InvalidArgument":
      return finding(
        "error",
        "write-invalid",
        `Excel từ chối dữ liệu ghi vào sheet${sheet}${detail}. ${tail.vi}`,
        `Excel rejected the data written to sheet${sheet}${detail}. ${tail.en}`,
        at,
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return finding(
        "error",
        "payload-too-large",
        `Khối dữ liệu gửi tới Excel quá lớn (Excel trên web giới hạn khoảng 5 MB mỗi lần)${detail}. ${tail.vi}`,
        `The data sent to Excel is too large (Excel on the web takes about 5 MB per request)${detail}. ${tail.en}`,
        at,
      );
    default:
      return finding(
        "error",
        "office-error",
        `Excel báo lỗi ${code} khi ghi${sheet ? ` vào sheet${sheet}` : ""}${detail}. ${tail.vi}`,
        `Excel reported ${code} while writing${sheet ? ` to sheet${sheet}` : ""}${detail}. ${tail.en}`,
        at,
      );
  }
}

/** Wraps any error thrown by a write sync as a WorkbookWriteError. */
export function toWriteError(error: unknown, written: boolean): WorkbookWriteError {
  if (error instanceof WorkbookWriteError) return error;
  const code = officeErrorCode(error) ?? "GeneralException";
  return new WorkbookWriteError(writeErrorFinding(code, written, { detail: officeErrorText(error) }), code, written, error);
}

/** The finding for an Office error code met while reading. */
export function readErrorFinding(code: string, text: string): Finding {
  if (code === CELL_EDIT_MODE) return cellEditModeFinding();
  if (TOO_BIG.has(code))
    return finding(
      "error",
      "read-too-large",
      `Không đọc được workbook: phần cần đọc vượt giới hạn của Excel (5 MB mỗi lần trên Excel cho web, 5.000.000 ô mỗi vùng) dù đã chia nhỏ; Excel báo ${code} (${text}).`,
      `The workbook could not be read: what had to be read exceeds Excel's limits (5 MB per request on Excel on the web, 5,000,000 cells per range) even in slices; Excel reported ${code} (${text}).`,
    );
  return finding(
    "error",
    "read-failed",
    `Không đọc được workbook: Excel báo lỗi ${code} (${text}). Chạy lại lệnh.`,
    `The workbook could not be read: Excel reported ${code} (${text}). Run the command again.`,
  );
}

/** Wraps any error thrown by a read sync as a WorkbookReadError. */
export function toReadError(error: unknown): WorkbookReadError {
  if (error instanceof WorkbookReadError) return error;
  const code = officeErrorCode(error) ?? "GeneralException";
  return new WorkbookReadError(readErrorFinding(code, officeErrorText(error)), code, error);
}
