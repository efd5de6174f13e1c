import { SaveError } from "./atomicSave";

/**
 * A save in place refused because the new file would lose parts of the workbook
 * (`lost` names them). Nothing was written: the file is as it was. A SaveError, so
 * a caller that prints SaveErrors prints this one too.
 */
export class PreservationError extends SaveError {
  constructor(
    file: string,
    readonly lost: readonly string[],
  ) {
    super(file, new Error("parts would be lost"), true, "build");
    this.name = "PreservationError";
    this.message =
      `ghi đè sẽ làm mất / saving over it would lose: ${lost.join("; ")}. ` +
      "Tệp gốc vẫn nguyên, không bị thay đổi / the original file is unchanged. " +
      "Ghi ra tệp mới bằng -o <tệp mới>.xlsx (tệp mới không có những phần trên) / write a new file with -o <new>.xlsx (it leaves those parts out).";
  }
}
