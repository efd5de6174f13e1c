import type { Package } from "./zip";
import { setContentType, removeOverride } from "./contentTypes";

/** The package being rewritten, with its [Content_Types].xml kept as text until the end. */
export class PackageEdit {
  constructor(
    readonly pkg: Package,
    public contentTypes: string,
  ) {}

  /** The first name of the pattern, from 1 on, that no part has. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.pkg.has(pattern(n))) return pattern(n);
  }

  addPart(name: string, data: string | Uint8Array, contentType: string): void {
    if (typeof data === "string") this.pkg.setText(name, data);
    else this.pkg.setBytes(name, data);
    this.contentTypes = setContentType(this.contentTypes, name, contentType);
  }

  removePart(name: string): void {
    this.pkg.remove(name);
    this.contentTypes = removeOverride(this.contentTypes, name);
  }
}

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;
