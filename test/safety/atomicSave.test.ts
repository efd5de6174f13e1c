/**
 * Issue 12: saves are atomic. A save that fails (full disk, no permission, file
 * held by Excel) or is interrupted (Ctrl+C, SIGTERM, SIGKILL) leaves the original
 * byte for byte and no temporary file; the message says so and what to do.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { SaveError, writeFileAtomic, type SaveFs } from "../../src/xlsx/atomicSave";
import { saveWorkbook } from "../../src/cli/openWorkbook";

const ROOT = path.resolve(__dirname, "../..");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "atomicSave-"));
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function xlsx(rows: number, marker: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Big");
  ws.addRow([marker]);
  for (let i = 1; i < rows; i++) ws.addRow([i, `Hoạt động số ${i}`, i * 1000]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The original: a small real workbook, written without our save. */
async function original(name = "book.xlsx"): Promise<{ file: string; bytes: Buffer }> {
  const file = path.join(dir, name);
  const bytes = await xlsx(3, "OLD");
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

const temps = () => fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"));
const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

/** fs.promises whose file handles fail in writeFile after writing half the bytes, as a disk that fills up. */
function failingWrites(error: Error): SaveFs {
  const realOpen = fs.promises.open; // taken now: a test may spy on fs.promises.open with this
  return {
    ...fs.promises,
    open: (async (...args: Parameters<typeof fs.promises.open>) => {
      const h = await realOpen(...args);
      if (args[1] === "wx")
        h.writeFile = (async (data: Uint8Array) => {
          await h.write(data, 0, data.length >> 1);
          throw error;
        }) as typeof h.writeFile;
      return h;
    }) as typeof fs.promises.open,
  };
}

describe("a save that fails leaves the original byte for byte, no temporary file, and says so", () => {
  it("disk full (ENOSPC) while writing", async () => {
    const { file, bytes } = await original();
    const err = await writeFileAtomic(file, await xlsx(100, "NEW"), failingWrites(errno("ENOSPC", "no space"))).catch((e) => e);
    expect(err).toBeInstanceOf(SaveError);
    expect(err.code).toBe("ENOSPC");
    expect(err.message).toContain("the disk is full (no space)");
    expect(err.message).toContain("Tệp gốc vẫn nguyên, không bị thay đổi / the original file is unchanged.");
    expect(err.message).toContain("free some disk space, then run the command again");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });

  it("file held open by Excel on Windows (the rename fails with EBUSY)", async () => {
    const { file, bytes } = await original();
    const fsp: SaveFs = {
      ...fs.promises,
      rename: async () => {
        throw errno("EBUSY", "resource busy or locked, rename");
      },
    };
    const err = await writeFileAtomic(file, await xlsx(100, "NEW"), fsp).catch((e) => e);
    expect(err.message).toContain("Đóng tệp nếu đang mở trong Excel");
    expect(err.message).toContain("close the file if it is open in Excel, check you may write to that folder, then run the command again");
    expect(err.message).toContain("the original file is unchanged");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });

  it("a new file that cannot be written: no file is created", async () => {
    const file = path.join(dir, "new.xlsx");
    const err = await writeFileAtomic(file, await xlsx(10, "NEW"), failingWrites(errno("ENOSPC", "no space"))).catch((e) => e);
    expect(err.message).toContain("Không tạo tệp nào / no file was created.");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  (isRoot || process.platform === "win32" ? it.skip : it)("a read-only folder (EACCES)", async () => {
    const { file, bytes } = await original();
    fs.chmodSync(dir, 0o555);
    const err = await writeFileAtomic(file, await xlsx(10, "NEW")).catch((e) => e);
    expect(err.code).toBe("EACCES");
    expect(err.message).toContain("the original file is unchanged");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });

  (isRoot || process.platform === "win32" ? it.skip : it)("a read-only workbook is not replaced", async () => {
    const { file, bytes } = await original();
    fs.chmodSync(file, 0o444);
    const err = await writeFileAtomic(file, await xlsx(10, "NEW")).catch((e) => e);
    expect(err.code).toBe("EACCES");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });

  it("ExcelJS failing to serialise: nothing touches the disk", async () => {
    const { file, bytes } = await original();
    const book = await XlsxWorkbook.open(file);
    // A change, so the save must render the sheet with ExcelJS (an unchanged workbook is its own bytes).
    book.workbook.getWorksheet("Big")!.getCell("A1").value = "NEW";
    // ExcelJS renders through xlsx.write (its parts collected as written), or writeBuffer where it cannot.
    jest.spyOn(book.workbook.xlsx, "write").mockRejectedValueOnce(new Error("bad style"));
    jest.spyOn(book.workbook.xlsx, "writeBuffer").mockRejectedValueOnce(new Error("bad style"));
    const err = await book.save(file).catch((e) => e);
    expect(err).toBeInstanceOf(SaveError);
    expect(err.message).toContain("could not build the .xlsx (bad style); chưa ghi gì ra đĩa / nothing was written");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  it("saveWorkbook (every command's save) returns false and prints the message", async () => {
    const { file, bytes } = await original();
    const book = await XlsxWorkbook.open(file);
    book.workbook.getWorksheet("Big")!.getCell("A1").value = "NEW";
    const full = failingWrites(errno("ENOSPC", "ENOSPC: no space left on device, write"));
    const spy = jest.spyOn(fs.promises, "open").mockImplementation(full.open);
    const lines: string[] = [];
    try {
      const ok = await saveWorkbook(book, "book.xlsx", { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: dir });
      expect(ok).toBe(false);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([
      "Không ghi được tệp / cannot write book.xlsx: hết chỗ trên đĩa / the disk is full (ENOSPC: no space left on device, write). " +
        "Tệp gốc vẫn nguyên, không bị thay đổi / the original file is unchanged. " +
        "Giải phóng dung lượng đĩa rồi chạy lại lệnh / free some disk space, then run the command again.",
    ]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });
});

describe("a normal save", () => {
  it("replaces the file, keeps its mode, leaves no temporary file", async () => {
    const { file } = await original();
    if (process.platform !== "win32") fs.chmodSync(file, 0o640);
    const book = await XlsxWorkbook.open(file);
    book.workbook.getWorksheet("Big")!.getCell("A1").value = "NEW";
    await book.save(file);
    const again = await XlsxWorkbook.open(file);
    expect(again.workbook.getWorksheet("Big")!.getCell("A1").value).toBe("NEW");
    if (process.platform !== "win32") expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  it("writes through a symbolic link, keeping the link", async () => {
    if (process.platform === "win32") return;
    const { file } = await original();
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(file, link);
    await writeFileAtomic(link, await xlsx(5, "NEW"));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await XlsxWorkbook.open(file)).workbook.getWorksheet("Big")!.getCell("A1").value).toBe("NEW");
  });

  it("saveWorkbook to a new -o path creates its folder", async () => {
    const book = new XlsxWorkbook(new ExcelJS.Workbook());
    book.workbook.addWorksheet("S").getCell("A1").value = 1;
    const errors: string[] = [];
    const io = { out: () => undefined, err: (l: string) => errors.push(l), cwd: dir };
    expect(await saveWorkbook(book, "a/b/out.xlsx", io)).toBe(true);
    expect(errors).toEqual([]);
    expect(fs.existsSync(path.join(dir, "a/b/out.xlsx"))).toBe(true);
  });

  it("removes temporary files left by a dead save of the same file, and no others", async () => {
    const { file } = await original();
    const dead = await new Promise<number>((resolve) => {
      const c = spawn(process.execPath, ["-e", ""]);
      c.on("exit", () => resolve(c.pid!));
    });
    const stale = `.book.xlsx.${dead}.0123456789ab.tmp`;
    const alive = `.book.xlsx.${process.pid}.0123456789ab.tmp`;
    const other = `.other.xlsx.${dead}.0123456789ab.tmp`;
    for (const n of [stale, alive, other]) fs.writeFileSync(path.join(dir, n), "partial");
    await writeFileAtomic(file, await xlsx(5, "NEW"));
    expect(temps().sort()).toEqual([alive, other].sort());
  });
});

// --- interrupting the save in a real process ---------------------------------------

/** The child: saves over the target in a loop, printing "ready" once before the first save. */
const CHILD = `
require("tsx/cjs");
const fs = require("fs");
const { writeFileAtomic } = require(${JSON.stringify(path.join(ROOT, "src/xlsx/atomicSave.ts"))});
const [mode, target, size] = process.argv.slice(1);
(async () => {
  if (mode === "book") {
    const ExcelJS = require("exceljs");
    const { XlsxWorkbook } = require(${JSON.stringify(path.join(ROOT, "src/xlsx/xlsxWorkbook.ts"))});
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Big");
    ws.addRow(["NEW"]);
    for (let i = 1; i < 20000; i++) ws.addRow([i, "Hoạt động số " + i, i * 1000]);
    const book = new XlsxWorkbook(wb);
    process.stdout.write("ready\\n");
    for (;;) { await book.save(target); process.stdout.write("saved\\n"); }
  }
  if (mode === "raw") {
    const data = Buffer.alloc(Number(size), 0x4e);
    process.stdout.write("ready\\n");
    for (;;) { await writeFileAtomic(target, data); process.stdout.write("saved\\n"); }
  }
  if (mode === "self-sigint" || mode === "self-sigint-listened") {
    // Ctrl+C exactly while the temporary file is half written.
    if (mode === "self-sigint-listened") process.on("SIGINT", () => process.stdout.write("app handler\\n"));
    const fsp = { ...fs.promises, open: async (...a) => {
      const h = await fs.promises.open(...a);
      if (a[1] === "wx") h.writeFile = async (d) => {
        await h.write(d, 0, d.length >> 1);
        process.stdout.write("half\\n");
        process.kill(process.pid, "SIGINT");
        await new Promise((r) => setTimeout(r, 300));
        await h.write(d, d.length >> 1);
      };
      return h;
    } };
    await writeFileAtomic(target, Buffer.alloc(1 << 20, 0x4e), fsp);
    process.stdout.write("saved\\n");
  }
})().catch((e) => { process.stdout.write("error: " + e.message + "\\n"); process.exit(3); });
`;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
}

/** Runs the child; `delay` ms after it is ready (about to save), sends it `signal`. */
function run(args: string[], delay?: number, signal: NodeJS.Signals = "SIGKILL"): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CHILD, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let ready = 0;
    child.stdout.on("data", (d) => {
      out += d;
      if (!ready && out.includes("ready\n")) {
        ready = Date.now();
        if (delay !== undefined) setTimeout(() => child.kill(signal), delay);
      }
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code, sig) => resolve({ code, signal: sig, out, err, ms: ready ? Date.now() - ready : 0 }));
  });
}

/** "old" when the target is the original byte for byte, "new" when it is the complete new workbook. */
async function oldOrNew(file: string, old: Buffer): Promise<"old" | "new"> {
  const bytes = fs.readFileSync(file);
  if (bytes.equals(old)) return "old";
  const ws = (await XlsxWorkbook.fromBuffer(bytes)).workbook.getWorksheet("Big")!;
  expect(ws.getCell("A1").value).toBe("NEW");
  expect(ws.rowCount).toBe(20000);
  return "new";
}

const LONG = 180_000;
describe("killing the process mid-save", () => {
  it(
    "SIGKILL at any moment of a 20.000-row workbook save leaves the old file or the complete new one",
    async () => {
      const delays = [50, 150, 400, 900, 1600, 2600, Math.floor(Math.random() * 3000), Math.floor(Math.random() * 3000)];
      const seen: string[] = [];
      for (const delay of delays) {
        const { file, bytes } = await original();
        const r = await run(["book", file], delay);
        expect(r.signal).toBe("SIGKILL");
        const state = await oldOrNew(file, bytes);
        seen.push(`${delay}ms:${state}${r.out.includes("saved") ? "(after a save)" : ""}${temps().length ? "+tmp" : ""}`);
      }
      // A temporary file left by SIGKILL is removed by the next save of that file.
      await writeFileAtomic(path.join(dir, "book.xlsx"), await xlsx(3, "NEW"));
      expect(temps()).toEqual([]);
      console.log(`SIGKILL during workbook saves: ${seen.join(", ")}`);
    },
    LONG,
  );

  it(
    "SIGKILL while a 32 MB file is being written and flushed: never a partial file",
    async () => {
      const size = 32 << 20;
      const seen: string[] = [];
      let midWrite = 0;
      for (let i = 0; i < 10; i++) {
        const { file, bytes } = await original("raw.bin");
        const delay = Math.floor(Math.random() * 600);
        const r = await run(["raw", file, String(size)], delay);
        expect(r.signal).toBe("SIGKILL");
        const now = fs.readFileSync(file);
        const state = now.equals(bytes) ? "old" : now.length === size && now.every((b) => b === 0x4e) ? "new" : "PARTIAL";
        expect(state).not.toBe("PARTIAL");
        if (temps().length) midWrite++;
        seen.push(`${delay}ms:${state}${temps().length ? "+tmp" : ""}`);
        for (const t of temps()) fs.unlinkSync(path.join(dir, t));
      }
      console.log(`SIGKILL during 32 MB writes (${midWrite} of 10 mid-write): ${seen.join(", ")}`);
    },
    LONG,
  );

  it(
    "Ctrl+C while the temporary file is half written: the process ends by SIGINT, no temporary file, original unchanged",
    async () => {
      const { file, bytes } = await original();
      const r = await run(["self-sigint", file]);
      expect(r.out).toContain("half\n");
      expect(r.out).not.toContain("saved");
      expect(r.signal).toBe("SIGINT");
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(temps()).toEqual([]);
    },
    LONG,
  );

  it(
    "Ctrl+C when the program handles SIGINT itself: the save fails with the message, no temporary file",
    async () => {
      const { file, bytes } = await original();
      const r = await run(["self-sigint-listened", file]);
      expect(r.code).toBe(3);
      expect(r.out).toContain("app handler");
      expect(r.out).toContain("error: việc lưu bị ngắt / the save was interrupted (interrupted by SIGINT). Tệp gốc vẫn nguyên");
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(temps()).toEqual([]);
    },
    LONG,
  );

  it(
    "SIGINT and SIGTERM at random moments leave no temporary file",
    async () => {
      const seen: string[] = [];
      for (const [mode, signal] of [
        ["raw", "SIGINT"],
        ["raw", "SIGTERM"],
        ["raw", "SIGINT"],
        ["book", "SIGINT"],
      ] as const) {
        const { file, bytes } = await original(mode === "raw" ? "raw.bin" : "book.xlsx");
        const delay = Math.floor(Math.random() * (mode === "raw" ? 600 : 2500));
        const r = await run([mode, file, String(32 << 20)], delay, signal);
        expect(r.signal).toBe(signal);
        expect(temps()).toEqual([]);
        if (mode === "book") seen.push(`${mode} ${signal} ${delay}ms:${await oldOrNew(file, bytes)}`);
        else {
          const now = fs.readFileSync(file);
          expect(now.equals(bytes) || (now.length === 32 << 20 && now.every((b) => b === 0x4e))).toBe(true);
          seen.push(`${mode} ${signal} ${delay}ms:${now.equals(bytes) ? "old" : "new"}`);
        }
      }
      console.log(`Signals: ${seen.join(", ")}`);
    },
    LONG,
  );
});
