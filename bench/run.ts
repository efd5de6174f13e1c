import fs from "fs";
import os from "os";
import path from "path";
import { benchCore } from "./core";
import { benchCommands, type CommandFigure, type PlanState } from "./pipeline";
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
const CORE_SIZES = [10, 100, 1000, 10000, 50000];
/** Commands over .xlsx against bare ExcelJS; 10.000 for the growth to 50.000 only. */
const COMMAND_SIZES = [1000, 5000, 50000];
const GROWTH_SIZES = [10000];
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

  const coreGrowth = core.ms["10000"] / core.ms["1000"];
  const coreGrowth50k = core.ms["50000"] / core.ms["10000"];
  log(`growth: 10.000 / 1.000 = ${round(coreGrowth, 2)} (goal <= 11), 50.000 / 10.000 = ${round(coreGrowth50k, 2)} (linear: 5)`);

  const cmds = await benchCommands(COMMAND_SIZES, GROWTH_SIZES);
  const figure = (n: number, command: string, state: PlanState): CommandFigure | undefined =>
    cmds.figures.find((f) => f.activities === n && f.command === command && f.state === state);
  const worst = (state: PlanState): CommandFigure | undefined =>
    cmds.figures.filter((f) => f.state === state && f.ratio !== null).sort((x, y) => y.ratio! - x.ratio!)[0];
  const growth = (command: string, state: PlanState = "typed"): number | null => {
    const big = figure(50000, command, state);
    const small = figure(10000, command, state);
    return big && small ? big.pipeline.ms / small.pipeline.ms : null;
  };
  const peak = (side: "pipeline" | "bare", n: number): number | null => {
    const mbs = cmds.figures.filter((f) => f.activities === n).map((f) => (side === "pipeline" ? f.pipeline : f.bare)?.peakRssMb ?? 0);
    return mbs.length ? round(Math.max(...mbs)) : null;
  };
  log();
  log(
    "(b) each command over .xlsx (read, compute, write the whole workbook) against bare ExcelJS (a read of the command's input + a write of the workbook it produced), each in its own process; median ms, peak RSS MB (goals: <= 1.5x at every size, 50.000 peak <= 2x ExcelJS's)",
  );
  log(
    table([
      ["activities", "command", "plan", "bare ms", "pipeline ms", "ratio", "CPU ratio", "bare MB", "pipeline MB"],
      ...cmds.figures.map((f) => [
        String(f.activities),
        f.command,
        f.state === "typed" ? "as typed (first run)" : "estimated (later runs)",
        f.bare ? round(f.bare.ms).toFixed(0) : "—",
        round(f.pipeline.ms).toFixed(0),
        f.ratio === null ? "—" : round(f.ratio, 2).toFixed(2),
        f.cpuRatio === null ? "—" : round(f.cpuRatio, 2).toFixed(2),
        f.bare ? round(f.bare.peakRssMb).toFixed(0) : "—",
        round(f.pipeline.peakRssMb).toFixed(0),
      ]),
    ]),
  );
  for (const e of cmds.errors) log(`  failed: ${e}`);
  const firstWorst = worst("typed");
  const laterWorst = worst("estimated");
  log(
    `worst first run ${firstWorst ? `${round(firstWorst.ratio!, 2)} (${firstWorst.command}, ${firstWorst.activities})` : "—"}; worst later run ${laterWorst ? `${round(laterWorst.ratio!, 2)} (${laterWorst.command}, ${laterWorst.activities})` : "—"}; 50.000 / 10.000: estimate ${round(growth("estimate") ?? NaN, 2)}, check ${round(growth("check") ?? NaN, 2)} (goal <= 5.5); peak RSS at 50.000: pipeline ${round(peak("pipeline", 50000) ?? NaN)} MB, bare ${round(peak("bare", 50000) ?? NaN)} MB; Node's default heap here ${round(cmds.heapLimitMb)} MB`,
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
    coreGrowth10kOver1k: round(coreGrowth, 2),
    pipelineOverBareExcelJs: laterWorst ? round(laterWorst.ratio!, 3) : null,
    pipelineFirstRunOverBare: firstWorst ? round(firstWorst.ratio!, 3) : null,
    growth50kOver10k: {
      estimate: growth("estimate") === null ? null : round(growth("estimate")!, 2),
      check: growth("check") === null ? null : round(growth("check")!, 2),
    },
    peakRssMb: { pipeline50k: peak("pipeline", 50000), bare50k: peak("bare", 50000) },
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
      coreGrowth50kOver10k: round(coreGrowth50k, 2),
      commands: {
        note: "each command in its own process over an .xlsx it reads and builds (no disk write); bare: ExcelJS reading the input and writing the produced workbook; ms: median (3 runs after a warm-up below 10.000 activities, one run from 10.000)",
        heapLimitMb: round(cmds.heapLimitMb),
        worstFirstRun: firstWorst && { command: firstWorst.command, activities: firstWorst.activities },
        worstLaterRun: laterWorst && { command: laterWorst.command, activities: laterWorst.activities },
        worstCpuRatio: {
          firstRun: Math.max(...cmds.figures.filter((f) => f.state === "typed" && f.cpuRatio !== null).map((f) => round(f.cpuRatio!, 3))),
          laterRuns: Math.max(
            ...cmds.figures.filter((f) => f.state === "estimated" && f.cpuRatio !== null).map((f) => round(f.cpuRatio!, 3)),
          ),
        },
        growth50kOver10kLaterRuns: { estimate: growth("estimate", "estimated"), check: growth("check", "estimated") },
        figures: cmds.figures.map((f) => ({
          activities: f.activities,
          command: f.command,
          plan: f.state,
          pipelineMs: round(f.pipeline.ms),
          bareMs: f.bare && round(f.bare.ms),
          ratio: f.ratio === null ? null : round(f.ratio, 3),
          pipelineCpuMs: round(f.pipeline.cpuMs),
          bareCpuMs: f.bare && round(f.bare.cpuMs),
          cpuRatio: f.cpuRatio === null ? null : round(f.cpuRatio, 3),
          pipelinePeakRssMb: round(f.pipeline.peakRssMb),
          barePeakRssMb: f.bare && round(f.bare.peakRssMb),
        })),
        errors: cmds.errors,
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

  // (h) the largest plan: 65.000 activities through estimate, as typed.
  const { benchProvincePlan } = await import("./pipeline");
  const big = await benchProvincePlan(65_000).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
  log();
  log(
    typeof big === "string"
      ? `(h) estimate, 65.000 activities: ${big}`
      : `(h) estimate, 65.000 activities as typed: ${round(big.ms / 1000, 1)} s (${round(big.cpuMs / 1000, 1)} s CPU), peak ${Math.round(big.peakRssMb)} MB`,
  );
  const withBig = JSON.parse(fs.readFileSync(path.join(ROOT, "out", "bench.json"), "utf8"));
  withBig.plan65k =
    typeof big === "string"
      ? { error: big }
      : { seconds: round(big.ms / 1000, 2), cpuSeconds: round(big.cpuMs / 1000, 2), peakRssMb: Math.round(big.peakRssMb) };
  fs.writeFileSync(path.join(ROOT, "out", "bench.json"), JSON.stringify(withBig, null, 2) + "\n");

  // (g) dutoan consolidate over a province: 500 units' estimated workbooks of 50 activities each.
  const { benchConsolidate } = await import("./consolidate");
  const cons = await benchConsolidate(500, 50);
  log();
  log(
    `(g) dutoan consolidate, ${cons.units} workbooks x ${cons.activities / cons.units} activities: ${round(cons.seconds, 1)} s (${round(cons.cpuSeconds, 1)} s CPU, goal < 60 s)`,
  );
  const written = JSON.parse(fs.readFileSync(path.join(ROOT, "out", "bench.json"), "utf8"));
  written.consolidate500 = {
    seconds: round(cons.seconds, 2),
    units: cons.units,
    activities: cons.activities,
    cpuSeconds: round(cons.cpuSeconds, 2),
  };
  fs.writeFileSync(path.join(ROOT, "out", "bench.json"), JSON.stringify(written, null, 2) + "\n");
  log(`written: out/bench.json (consolidate500)`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
