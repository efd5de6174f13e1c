import fs from "fs";
import path from "path";
import crypto from "crypto";

/** The file calls a save makes; tests pass a copy of fs.promises with one call made to fail. */
export type SaveFs = typeof fs.promises;

/**
 * A save that did not happen. The message says why, that the original file is
 * unchanged (or that no file was created), and what to do; it reads on its own
 * and after "Không ghi được / cannot write <file>: ".
 */
export class SaveError extends Error {
  readonly code?: string;
  constructor(
    readonly file: string,
    cause: unknown,
    existed: boolean = fs.existsSync(file),
    stage: "build" | "write" = "write",
  ) {
    super(explain(file, cause, existed, stage));
    this.name = "SaveError";
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

function explain(file: string, cause: unknown, existed: boolean, stage: "build" | "write"): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const detail = cause instanceof Error ? cause.message : String(cause);
  const kept = existed
    ? "Tệp gốc vẫn nguyên, không bị thay đổi / the original file is unchanged."
    : "Không tạo tệp nào / no file was created.";
  if (stage === "build")
    return `không tạo được nội dung .xlsx / could not build the .xlsx (${detail}); chưa ghi gì ra đĩa / nothing was written. ${kept} Chạy lại; nếu vẫn lỗi, báo lỗi kèm tệp / run again; if it persists, report it with the file.`;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return `hết chỗ trên đĩa / the disk is full (${detail}). ${kept} Giải phóng dung lượng đĩa rồi chạy lại lệnh / free some disk space, then run the command again.`;
    case "EACCES":
    case "EPERM":
    case "EBUSY":
    case "EROFS":
      // On Windows a workbook open in Excel cannot be replaced: the rename fails with EBUSY or EPERM.
      return `tệp hoặc thư mục không cho ghi / the file or its folder cannot be written (${detail}). ${kept} Đóng tệp nếu đang mở trong Excel, kiểm tra quyền ghi vào ${path.dirname(file)} rồi chạy lại lệnh / close the file if it is open in Excel, check you may write to that folder, then run the command again.`;
    case "EINTR":
      return `việc lưu bị ngắt / the save was interrupted (${detail}). ${kept} Chạy lại lệnh để lưu / run the command again to save.`;
    case "ENOENT":
    case "ENOTDIR":
      return `thư mục không tồn tại / the folder does not exist (${detail}). ${kept} Kiểm tra đường dẫn rồi chạy lại lệnh / check the path, then run the command again.`;
    default:
      return `${detail}. ${kept} Kiểm tra đĩa và quyền ghi rồi chạy lại lệnh / check the disk and permissions, then run the command again.`;
  }
}

/**
 * Writes data over file so that the file is, at every moment, either the old one
 * byte for byte or the complete new one: the bytes go to a temporary file beside
 * it (`.<name>.<pid>.<random>.tmp`, created with "wx"), are flushed to the disk,
 * and the temporary file is renamed over the target (atomic on one filesystem).
 * The target keeps its mode. On any failure the temporary file is removed and a
 * SaveError is thrown. SIGINT/SIGTERM during the write remove the temporary file
 * and then end the process as the signal would have (or, if the program listens
 * to that signal itself, make the save fail). A SIGKILL or power loss can leave a
 * temporary file: the next save of the same file removes those of dead processes.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, fsp: SaveFs = fs.promises): Promise<void> {
  let file = path.resolve(target);
  let mode: number | undefined;
  try {
    // Through a symbolic link to the file it names, as writeFile did, rather than replacing the link.
    file = await fsp.realpath(file);
    mode = (await fsp.stat(file)).mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new SaveError(target, e, true);
  }
  const existed = mode !== undefined;
  const dir = path.dirname(file);
  const base = path.basename(file);
  const tmp = path.join(dir, `.${base}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.tmp`);

  let interrupted: NodeJS.Signals | undefined;
  const stopListening = () => {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
  function onSignal(signal: NodeJS.Signals) {
    interrupted = signal;
    stopListening();
    try {
      fs.unlinkSync(tmp);
    } catch {
      // not created yet, or already renamed
    }
    // Nobody else handles the signal: end the process the way it would have ended without us.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }

  let handle: fs.promises.FileHandle | undefined;
  let created = false;
  try {
    // A read-only workbook stays read-only: a rename would otherwise replace it.
    if (existed) await fsp.access(file, fs.constants.W_OK);
    await removeStaleTemps(dir, base, fsp);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    handle = await fsp.open(tmp, "wx", mode ?? 0o666);
    created = true;
    if (existed) await handle.chmod(mode!); // open's mode went through the umask
    await handle.writeFile(data);
    await handle.sync(); // the bytes are on the disk before the name points at them
    await handle.close();
    handle = undefined;
    if (interrupted) throw Object.assign(new Error(`interrupted by ${interrupted}`), { code: "EINTR" });
    await fsp.rename(tmp, file);
    created = false;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (created) await fsp.unlink(tmp).catch(() => undefined);
    throw e instanceof SaveError ? e : new SaveError(target, e, existed);
  } finally {
    stopListening();
  }
  await syncDir(dir, fsp);
}

/** Makes the rename itself durable; Windows cannot open a folder for this, and it is not needed there. */
async function syncDir(dir: string, fsp: SaveFs): Promise<void> {
  if (process.platform === "win32") return;
  try {
    const h = await fsp.open(dir, "r");
    await h.sync().finally(() => h.close());
  } catch {
    // some filesystems refuse; the file itself is already complete
  }
}

/** Removes `.<base>.<pid>.<random>.tmp` files left by our saves whose process is gone (SIGKILL, power loss). */
async function removeStaleTemps(dir: string, base: string, fsp: SaveFs): Promise<void> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return;
  }
  const prefix = `.${base}.`;
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (m && !isRunning(Number(m[1]))) await fsp.unlink(path.join(dir, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
