import JSZip from "jszip";

/**
 * An .xlsx package (a zip of parts) opened for editing. Parts that are not set
 * again are written back with their original compressed bytes (JSZip reuses them).
 * Part names have no leading "/" ("xl/workbook.xml") and are found case-insensitively,
 * as OPC part names compare.
 */
export class Package {
  private readonly cache = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes));
  }

  /** Every part, in the zip's order (folders left out). */
  names(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /** The part's name as the zip spells it, or undefined. */
  find(name: string): string | undefined {
    if (this.zip.files[name] && !this.zip.files[name].dir) return name;
    const lower = name.toLowerCase();
    return this.names().find((n) => n.toLowerCase() === lower);
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  async text(name: string): Promise<string> {
    const found = this.find(name);
    if (!found) throw new Error(`no part ${name}`);
    let t = this.cache.get(found);
    if (t === undefined) {
      t = await this.zip.file(found)!.async("string");
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      this.cache.set(found, t);
    }
    return t;
  }

  async textOrUndefined(name: string | undefined): Promise<string | undefined> {
    return name && this.has(name) ? this.text(name) : undefined;
  }

  async bytes(name: string): Promise<Uint8Array> {
    const found = this.find(name);
    if (!found) throw new Error(`no part ${name}`);
    return this.zip.file(found)!.async("uint8array");
  }

  setText(name: string, text: string): void {
    const found = this.find(name) ?? name;
    this.cache.set(found, text);
    this.zip.file(found, text);
  }

  setBytes(name: string, data: Uint8Array): void {
    const found = this.find(name) ?? name;
    this.cache.delete(found);
    this.zip.file(found, data);
  }

  remove(name: string): void {
    const found = this.find(name);
    if (!found) return;
    this.cache.delete(found);
    this.zip.remove(found);
  }

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}
