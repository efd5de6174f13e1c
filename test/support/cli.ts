import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

/** What a run of the command line printed, and its exit code. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  /** stdout as one text (a --json document). */
  stdout: string;
}

/** An io that keeps what a command prints, in a working folder. */
export function recordingIO(cwd: string): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), cwd }, out, err };
}

/** Runs `dutoan <args>` in the folder `cwd()` names (asked at each run: tests make a new folder for each). */
export function dutoanIn(cwd: () => string): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    const { io, out, err } = recordingIO(cwd());
    const code = await main(args, io);
    return { code, out, err, stdout: out.join("\n") };
  };
}
