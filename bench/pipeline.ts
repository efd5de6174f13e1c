import fs from "fs";
import os from "os";
import path from "path";
import v8 from "v8";
import { spawnSync } from "child_process";
import { COMMANDS } from "./commands";
import { benchPlan, bytesOf } from "./plans";

/** A plan as the officer typed it (the first run creates the sheets), or one estimate has already run on (later runs). */
export type PlanState = "typed" | "estimated";

export interface Measured {
  /** Median ms of the runs (one run at 10.000 activities and above). */
  ms: number;
  /** The same in CPU time (user + system). */
  cpuMs: number;
  /** The process's peak resident memory. */
  peakRssMb: number;
}

export interface CommandFigure {
  activities: number;
  command: string;
  state: PlanState;
  pipeline: Measured;
  /** ExcelJS alone: a read of the command's input and a write of the workbook it produced; null where not measured. */
  bare: Measured | null;
  ratio: number | null;
  /** The same in CPU time. */
  cpuRatio: number | null;
}

export interface CommandsResult {
  sizes: number[];
  figures: CommandFigure[];
  /** Node's default heap limit here: the 50.000-activity runs use it. */
  heapLimitMb: number;
  errors: string[];
}

const ROOT = path.resolve(__dirname, "..");
const CHILD = path.join(__dirname, "commandChild.ts");
const RUN_TS = path.join(ROOT, "bin", "run-ts.js");
/** A measurement taking longer is stopped and reported as not finished: a command not linear must not hold the bench for an hour. */
const CHILD_LIMIT_MS = 6 * 60_000;

/** One measurement in a fresh process (bench/commandChild.ts), with Node's default heap. */
function child(args: string[]): Measured {
  const run = spawnSync(process.execPath, [RUN_TS, CHILD, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 2 ** 20,
    timeout: CHILD_LIMIT_MS,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT")
    throw new Error(`not finished in ${CHILD_LIMIT_MS / 60000} min (stopped)`);
  const last = (run.stdout ?? "").trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !last.startsWith("{")) {
    // The error's own line (its message), not the stack under it.
    const lines = (run.stderr ?? "").split("\n").filter((l) => /^\w*(Error|Exception)\b/.test(l.trim()));
    const why = lines[0]?.trim() || `exit ${run.status ?? run.signal}`;
    throw new Error(why);
  }
  const { ms, cpuMs, peakRssMb } = JSON.parse(last) as Measured;
  return { ms, cpuMs, peakRssMb };
}

/**
 * How a command over an .xlsx file (read, compute, write the whole workbook)
 * compares with ExcelJS alone on the same files: each command on the plan as
 * typed and on the plan once estimated, at each size; every measurement in its own
 * process so its peak memory is its own. `growthSizes`: sizes where only estimate
 * and check run, for their growth (no bare side).
 */
export async function benchCommands(sizes: number[], growthSizes: number[] = []): Promise<CommandsResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-bench-"));
  const figures: CommandFigure[] = [];
  const errors: string[] = [];
  try {
    for (const n of [...new Set([...sizes, ...growthSizes])].sort((a, b) => a - b)) {
      const growthOnly = !sizes.includes(n);
      const names = Object.keys(COMMANDS).filter((c) => COMMANDS[c] && (!growthOnly || c === "estimate" || c === "check"));
      // Small plans: a warm-up and 3 runs in each process; large ones: one run.
      const runs = n <= 5000 ? 3 : 1;
      const typed = path.join(dir, `typed${n}.xlsx`);
      fs.writeFileSync(typed, await bytesOf(benchPlan(n)));
      const inputs: Record<PlanState, string> = { typed, estimated: path.join(dir, `estimated${n}.xlsx`) };
      for (const state of ["typed", "estimated"] as PlanState[]) {
        for (const command of names) {
          const produced = path.join(dir, `${command}-${state}${n}.xlsx`);
          let pipeline: Measured;
          let bare: Measured | null = null;
          try {
            pipeline = child(["pipeline", command, inputs[state], String(runs), produced]);
            if (!growthOnly) bare = child(["bare", inputs[state], produced, String(runs)]);
          } catch (e) {
            errors.push(`${command} on the plan ${state}, ${n} activities: ${e instanceof Error ? e.message : String(e)}`);
            continue;
          }
          // The estimated plan is what estimate made of the typed one.
          if (state === "typed" && command === "estimate") fs.copyFileSync(produced, inputs.estimated);
          figures.push({
            activities: n,
            command,
            state,
            pipeline,
            bare,
            ratio: bare ? pipeline.ms / bare.ms : null,
            cpuRatio: bare ? pipeline.cpuMs / bare.cpuMs : null,
          });
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { sizes, figures, heapLimitMb: v8.getHeapStatistics().heap_size_limit / 2 ** 20, errors };
}

/**
 * The largest plan a province writes (issue: a 65.000-row plan must complete):
 * estimate on the plan as typed, once, in its own process with Node's default heap.
 */
export async function benchProvincePlan(n = 65_000): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-bench-"));
  try {
    const typed = path.join(dir, `typed${n}.xlsx`);
    fs.writeFileSync(typed, await bytesOf(benchPlan(n)));
    return child(["pipeline", "estimate", typed, "1", path.join(dir, `estimate${n}.xlsx`)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
