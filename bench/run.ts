import fs from "fs";
import os from "os";
import path from "path";
import { benchCore } from "./core";
import { benchPipeline } from "./pipeline";
import { benchSyncs } from "./syncs";
import { benchBundle } from "./bundle";
import { benchFit } from "./fit";
import { benchCliStart } from "./cliStart";
import { round } from "./optional";

/**
 * `npm run bench`: how fast the add-in is on the largest plans a province makes.
 * Prints a table and the JSON, and writes out/bench.json. Figures, not tests:
 * nothing here fails on a slow machine.
 */
const ROOT = path.resolve(__dirname, "..");
const CORE_SIZES = [10, 100, 1000, 10000];
const PIPELINE_ACTIVITIES = 1000;
const SYNC_SIZES = [10, 5000];
const FIT_ACTIVITIES = 5000;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")).join("\n");
}

async function main(): Promise<void> {
  const log = (line = "") => process.stdout.write(line + "\n");
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "",
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  log(`dutoan bench — ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}`);

  const core = await benchCore(CORE_SIZES);
  log();
  log(`(a) core: estimate${core.checksIncluded ? " + phasing + checks" : " (checks not in this clone)"}, median ms`);
  log(
    table([
      ["activities", ...CORE_SIZES.map(String)],
      ["ms", ...CORE_SIZES.map((n) => round(core.ms[n]).toFixed(1))],
    ]),
  );

  const pipe = await benchPipeline(PIPELINE_ACTIVITIES);
  log();
  log(
    `(b) .xlsx pipeline (read, estimate${pipe.checkIncluded ? ", check" : ""}, write) against bare ExcelJS read + write, ${pipe.activities} activities, median ms (goal <= 1.3)`,
  );
  log(
    table([
      ["workbook", "bare", "pipeline", "ratio"],
      [
        "already estimated (same file in and out)",
        round(pipe.bareMs).toFixed(0),
        round(pipe.pipelineMs).toFixed(0),
        round(pipe.ratio, 2).toFixed(2),
      ],
      [
        "plan as typed (first run creates sheets)",
        round(pipe.firstRun.bareMs).toFixed(0),
        round(pipe.firstRun.pipelineMs).toFixed(0),
        round(pipe.firstRun.ratio, 2).toFixed(2),
      ],
    ]),
  );

  const syncs = await benchSyncs(SYNC_SIZES);
  log();
  log(`(c) context.sync() calls per command, through the ${syncs.through} (first run / second run)`);
  log(
    table([
      ["command", ...SYNC_SIZES.map((n) => `${n} activities`)],
      ...Object.entries(syncs.counts).map(([name, byN]) => [
        name,
        ...SYNC_SIZES.map((n) => (byN[n] ? `${byN[n]![0]} / ${byN[n]![1]}` : "—")),
      ]),
    ]),
  );
  for (const e of syncs.errors) log(`  failed: ${e}`);

  const bundle = benchBundle(ROOT);
  log();
  log(
    `(d) task pane initial JavaScript, gzipped: ${bundle.gzipBytes === null ? "null" : `${bundle.gzipBytes} bytes (${round(bundle.gzipBytes / 1024, 1)} KB)`} — ${bundle.note}`,
  );

  const fit = await benchFit(FIT_ACTIVITIES);
  log();
  log(`(e) fitting in the core, ${fit.activities} activities, median ms (activities changed)`);
  log(
    table([
      ["mode", "ms", "fitted"],
      ["to the plan's stated amounts", round(fit.ms.plan).toFixed(1), String(fit.fitted.plan)],
      ["to the allocation (90% of the norms' total)", round(fit.ms.allocation).toFixed(1), String(fit.fitted.allocation)],
    ]),
  );

  const cli = benchCliStart(ROOT);
  log();
  log(`(f) command line start, ${cli.note} (goal: words <= 2x, estimate --help <= 4x node -e 0)`);
  log(
    table([
      ["command", "ms", "x node", "modules"],
      ["node -e 0", round(cli.nodeMs).toFixed(0), "1.00", "—"],
      ...[cli.words, cli.estimateHelp].map((t, i) =>
        t
          ? [`dutoan ${t.args.join(" ")}`, round(t.ms).toFixed(0), round(t.ratio, 2).toFixed(2), String(t.modules)]
          : [i === 0 ? "dutoan words 1000" : "dutoan estimate --help", "—", "—", "—"],
      ),
    ]),
  );

  const json = {
    coreMs: Object.fromEntries(CORE_SIZES.map((n) => [String(n), round(core.ms[n], 2)])),
    pipelineOverBareExcelJs: round(pipe.ratio, 3),
    syncsPerCommand: Object.fromEntries(
      Object.entries(syncs.counts).map(([name, byN]) => [
        name,
        Object.fromEntries(SYNC_SIZES.map((n) => [String(n), byN[n]?.[0] ?? null])),
      ]),
    ),
    taskpaneInitialJsGzipBytes: bundle.gzipBytes,
    fitMs5000: { plan: round(fit.ms.plan, 2), allocation: round(fit.ms.allocation, 2) },
    cliStartOverNode: cli.words ? round(cli.words.ratio, 2) : null,
    details: {
      machine,
      coreIncludesChecks: core.checksIncluded,
      pipeline: {
        activities: pipe.activities,
        bareMs: round(pipe.bareMs),
        pipelineMs: round(pipe.pipelineMs),
        firstRun: {
          bareMs: round(pipe.firstRun.bareMs),
          pipelineMs: round(pipe.firstRun.pipelineMs),
          ratio: round(pipe.firstRun.ratio, 3),
        },
        checkIncluded: pipe.checkIncluded,
      },
      syncsCountedThrough: syncs.through,
      syncErrors: syncs.errors,
      syncsSecondRun: Object.fromEntries(
        Object.entries(syncs.counts).map(([name, byN]) => [
          name,
          Object.fromEntries(SYNC_SIZES.map((n) => [String(n), byN[n]?.[1] ?? null])),
        ]),
      ),
      taskpaneFiles: bundle.files,
      cliStart: {
        note: cli.note,
        runs: cli.runs,
        nodeMs: round(cli.nodeMs),
        words: cli.words && { ms: round(cli.words.ms), modules: cli.words.modules },
        estimateHelp: cli.estimateHelp && {
          ms: round(cli.estimateHelp.ms),
          overNode: round(cli.estimateHelp.ratio, 2),
          modules: cli.estimateHelp.modules,
        },
      },
    },
  };
  fs.mkdirSync(path.join(ROOT, "out"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "out", "bench.json"), JSON.stringify(json, null, 2) + "\n");
  log();
  log(JSON.stringify(json, null, 2));
  log(`written: out/bench.json`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
