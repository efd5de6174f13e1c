import fs from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import type { ReadUnitFile, UnitSource } from "../workbook/consolidate/consolidateFiles";
import { fromWire, type WireReading } from "../workbook/consolidate/unitWire";

/** Below this many files a second thread costs more than it saves. */
export const WORKERS_FROM_FILES = 8;

/** A unit's file on disk, as the officer named it (relative to `cwd`); a missing file has no bytes. */
export function fileSource(file: string, cwd: string): UnitSource {
  const full = path.resolve(cwd, file);
  return {
    file,
    identity: full,
    bytes: async () => {
      try {
        return new Uint8Array(await fs.promises.readFile(full));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw e;
      }
    },
  };
}

/** A worker thread running unitWorker: the compiled .js beside this one, or the TypeScript source through tsx. */
function startWorker(): Worker {
  if (__filename.endsWith(".js")) return new Worker(path.join(__dirname, "unitWorker.js"));
  const source = path.join(__dirname, "unitWorker.ts");
  return new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(source)});`, { eval: true });
}

interface Lane {
  worker: Worker;
  /** The reply to the file in hand. */
  pending?: { resolve: (r: WireReading) => void; reject: (e: unknown) => void };
}

/**
 * Reads units' files in `count` worker threads (each reads a file, reduces it to
 * its summary and sends that back), so a province's files are read on every core.
 * A thread that fails hands its file, and the next ones, back to `fallback`, this
 * thread's own reader: the run never depends on the threads starting.
 */
export function workerReader(count: number, fallback: ReadUnitFile): { read: ReadUnitFile; close: () => Promise<void> } {
  const idle: Lane[] = [];
  const lanes: Lane[] = [];
  let broken = false;
  for (let i = 0; i < count && !broken; i++) {
    try {
      const lane: Lane = { worker: startWorker() };
      lane.worker.on("message", (reply: WireReading) => {
        const p = lane.pending;
        lane.pending = undefined;
        p?.resolve(reply);
      });
      lane.worker.on("error", (e) => {
        broken = true;
        lane.pending?.reject(e);
        lane.pending = undefined;
      });
      lanes.push(lane);
      idle.push(lane);
    } catch {
      broken = true;
    }
  }
  const read: ReadUnitFile = async (source) => {
    const lane = broken ? undefined : idle.pop();
    if (!lane) return fallback(source);
    try {
      const reply = await new Promise<WireReading>((resolve, reject) => {
        lane.pending = { resolve, reject };
        lane.worker.postMessage({ file: source.file, path: source.identity ?? source.file });
      });
      idle.push(lane);
      return fromWire(reply);
    } catch {
      return fallback(source);
    }
  };
  return { read, close: async () => void (await Promise.all(lanes.map((l) => l.worker.terminate()))) };
}

/** How many threads to read `files` files with: none below WORKERS_FROM_FILES, else one per core (at most 4). */
export function workerCount(files: number): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return files < WORKERS_FROM_FILES || cores < 2 ? 0 : Math.min(cores, 4);
}
