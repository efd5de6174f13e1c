/** What a command may do to the outside world: print lines, and know where it runs. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  cwd: process.cwd(),
};

/** Exit codes of the command line (design.md): 0 done, 1 done but errors found, 2 could not read or write. */
export const EXIT = { ok: 0, findings: 1, io: 2 } as const;
