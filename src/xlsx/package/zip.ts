import zlib from "zlib";
import type JSZip from "jszip";

interface Chunk {
  data: unknown;
  meta: unknown;
}
interface Worker {
  push(chunk: Chunk): void;
  flush(): void;
}
type WorkerClass = new (name: string) => Worker;

/**
 * JSZip's DEFLATE, but by Node's zlib: several times faster than the JavaScript
 * deflate JSZip has (pako), and the same format (method 8): a part left as it was
 * is still copied with its original compressed bytes. Registered once with JSZip
 * under its own name; undefined when JSZip is not as this was written for.
 */
const NODE_DEFLATE = "NODE_DEFLATE";
let nodeDeflate: string | undefined | null = null;
function deflateMethod(): string | undefined {
  if (nodeDeflate !== null) return nodeDeflate;
  nodeDeflate = undefined;
  try {
    const compressions = require("jszip/lib/compressions") as Record<string, { magic: string; uncompressWorker(): unknown }>;
    const GenericWorker = require("jszip/lib/stream/GenericWorker") as WorkerClass;
    const utils = require("jszip/lib/utils") as { transformTo(type: string, data: unknown): Uint8Array };
    const deflate = compressions.DEFLATE;
    if (!deflate || typeof GenericWorker !== "function" || typeof utils.transformTo !== "function") return undefined;
    class NodeDeflateWorker extends GenericWorker {
      private readonly chunks: Uint8Array[] = [];
      private meta: unknown = {};
      constructor(private readonly level: number) {
        super("NodeDeflate");
      }
      processChunk(chunk: Chunk): void {
        this.meta = chunk.meta;
        this.chunks.push(utils.transformTo("uint8array", chunk.data));
      }
      override flush(): void {
        super.flush();
        const data = zlib.deflateRawSync(Buffer.concat(this.chunks), { level: this.level });
        this.chunks.length = 0;
        this.push({ data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), meta: this.meta });
      }
    }
    compressions[NODE_DEFLATE] = {
      magic: deflate.magic,
      compressWorker: (options?: { level?: number }) => new NodeDeflateWorker(options?.level ?? 6),
      uncompressWorker: () => deflate.uncompressWorker(),
    } as (typeof compressions)[string];
    nodeDeflate = NODE_DEFLATE;
  } catch {
    nodeDeflate = undefined;
  }
  return nodeDeflate;
}

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
    // Loaded with the first package: the command line loads it only for a command that saves a workbook.
    const jszip = require("jszip") as typeof JSZip;
    return new Package(await jszip.loadAsync(bytes));
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
    const compression = (deflateMethod() ?? "DEFLATE") as "DEFLATE";
    return this.zip.generateAsync({ type: "uint8array", compression, compressionOptions: { level: 6 } });
  }
}
