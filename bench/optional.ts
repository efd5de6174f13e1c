/**
 * Parts of the product another issue builds (the checks, the Office adapter and
 * its fake host, the attachment) are loaded when present, so the benchmark runs on
 * any clone and reports null for what is not there yet.
 */
export function optional<T>(path: string): T | undefined {
  try {
    return require(path) as T;
  } catch (e) {
    if (e instanceof Error && /Cannot find module/.test(e.message) && e.message.includes(path.replace(/^\.\.\//, ""))) return undefined;
    throw e;
  }
}

/** Median of a few runs: the machine is shared, single runs are noisy. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export const round = (ms: number, digits = 1): number => Math.round(ms * 10 ** digits) / 10 ** digits;
