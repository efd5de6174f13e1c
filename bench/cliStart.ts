import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import { median } from "./optional";

export interface CliStartTiming {
  args: string[];
  /** Median wall time of the child process, spawn to exit. */
  ms: number;
  /** ms over `node -e 0`'s. */
  ratio: number;
  /** Files Node loaded (require.cache at exit: our compiled modules and node_modules). */
  modules: number;
}

export interface CliStartResult {
  runs: number;
  nodeMs: number;
  words: CliStartTiming | null;
  estimateHelp: CliStartTiming | null;
  note: string;
}

const WORDS = ["words", "1000"];
const ESTIMATE_HELP = ["estimate", "--help"];

/**
 * (f) How long `dutoan` takes to start, against a bare `node -e 0` on the same
 * machine in the same minute: `dutoan words 1000` (goal <= 2×) and
 * `dutoan estimate --help` (goal <= 4×). Runs bin/dutoan.js as a user does, after
 * `npm run build:cli` (which `npm install` runs); the three commands take turns so
 * the machine's noise falls on all of them, and each figure is a median.
 */
export function benchCliStart(root: string, runs = 15): CliStartResult {
  const bin = path.join(root, "bin", "dutoan.js");
  const built = fs.existsSync(path.join(root, "build", "cli", "src", "cli", "main.js"));
  if (!built) {
    return {
      runs: 0,
      nodeMs: 0,
      words: null,
      estimateHelp: null,
      note: "no build/cli/: run `npm run build:cli`, then `npm run bench` again",
    };
  }
  const time = (args: string[]): number => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    if (child.error) throw child.error;
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const commands = { node: ["-e", "0"], words: [bin, ...WORDS], estimateHelp: [bin, ...ESTIMATE_HELP] };
  const ms: Record<keyof typeof commands, number[]> = { node: [], words: [], estimateHelp: [] };
  for (const args of Object.values(commands)) time(args); // warm the disk cache
  for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) ms[name as keyof typeof commands].push(time(args));
  const nodeMs = median(ms.node);
  const timing = (args: string[], times: number[]): CliStartTiming => ({
    args,
    ms: median(times),
    ratio: median(times) / nodeMs,
    modules: modulesLoaded(root, bin, args),
  });
  return {
    runs,
    nodeMs,
    words: timing(WORDS, ms.words),
    estimateHelp: timing(ESTIMATE_HELP, ms.estimateHelp),
    note: `median of ${runs} runs each, taking turns, through bin/dutoan.js`,
  };
}

/** The number of files Node loads to run the command: a preload reports require.cache at exit. */
function modulesLoaded(root: string, bin: string, args: string[]): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-bench-"));
  try {
    const preload = path.join(dir, "count.js");
    fs.writeFileSync(
      preload,
      'process.on("exit", () => require("fs").writeSync(2, "\\nDUTOAN_MODULES=" + Object.keys(require.cache).length + "\\n"));\n',
    );
    const child = spawnSync(process.execPath, ["-r", preload, bin, ...args], { cwd: root, encoding: "utf8" });
    const found = /DUTOAN_MODULES=(\d+)/.exec(child.stderr ?? "");
    // The preload itself is one of the files in require.cache.
    return found ? Number(found[1]) - 1 : NaN;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
