#!/usr/bin/env node
/**
 * The size of the task pane's initial JavaScript, gzipped: the scripts
 * dist/taskpane.html loads before the pane can paint (chunks imported lazily
 * later are not counted; office.js comes from Microsoft's CDN). The budget is
 * 250 KB (250.000 bytes) gzipped.
 *
 *   node scripts/bundle-size.js [dist]   after `npm run build`; exit 1 over budget
 *   require("./scripts/bundle-size").taskpaneBundleSize("dist")   for the benchmark
 *
 * BundleSizePlugin does the same inside webpack, from the compilation itself, so
 * `npm run build` prints the size and fails when the budget is exceeded.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_BYTES = 250_000;

const gzipBytes = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** Local scripts an HTML page loads, in order (absolute URLs, such as office.js from the CDN, left out). */
function pageScripts(html) {
  // Minified HTML may drop the quotes: src="a.js", src='a.js' and src=a.js.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^([a-z]+:)?\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, "").split(/[?#]/)[0]);
}

/**
 * The initial JavaScript of a page of a build: each script with its size and
 * gzipped size, their total, and whether it is within the budget.
 */
function taskpaneBundleSize(dist = "dist", page = "taskpane.html") {
  const dir = path.resolve(dist);
  const htmlPath = path.join(dir, page);
  if (!fs.existsSync(htmlPath)) throw new Error(`${htmlPath} not found: run \`npm run build\` first`);
  const files = pageScripts(fs.readFileSync(htmlPath, "utf8")).map((file) => {
    const buffer = fs.readFileSync(path.join(dir, file));
    return { file, bytes: buffer.length, gzipBytes: gzipBytes(buffer) };
  });
  const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { page, files, gzipBytes: total, budgetBytes: BUDGET_BYTES, withinBudget: total <= BUDGET_BYTES };
}

function describe(report) {
  const lines = report.files.map((f) => `  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzipBytes).padStart(9)}`);
  return [
    `Task pane initial JavaScript (${report.page}):`,
    ...lines,
    `  total gzipped: ${kb(report.gzipBytes)} of a ${kb(report.budgetBytes)} budget${report.withinBudget ? "" : "  — OVER BUDGET"}`,
  ].join("\n");
}

/** Webpack plugin: after a production build, prints the task pane's initial JS gzipped and fails over budget. */
class BundleSizePlugin {
  constructor(options = {}) {
    this.entry = options.entry ?? "taskpane";
    this.budgetBytes = options.budgetBytes ?? BUDGET_BYTES;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entry = compilation.entrypoints.get(this.entry);
          if (!entry) return;
          const files = [...entry.getFiles()]
            .filter((f) => f.endsWith(".js"))
            .map((file) => {
              const buffer = compilation.getAsset(file).source.buffer();
              return { file, bytes: buffer.length, gzipBytes: gzipBytes(buffer) };
            });
          const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
          const report = {
            page: `${this.entry} entry`,
            files,
            gzipBytes: total,
            budgetBytes: this.budgetBytes,
            withinBudget: total <= this.budgetBytes,
          };
          console.log(`\n${describe(report)}\n`);
          if (!report.withinBudget) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `The task pane's initial JavaScript is ${kb(total)} gzipped, over the ${kb(this.budgetBytes)} budget: import what is rarely needed lazily (import()).`,
              ),
            );
          }
        },
      );
    });
  }
}

module.exports = { taskpaneBundleSize, pageScripts, describe, BundleSizePlugin, BUDGET_BYTES };

if (require.main === module) {
  try {
    const report = taskpaneBundleSize(process.argv[2] ?? "dist");
    console.log(describe(report));
    process.exit(report.withinBudget ? 0 : 1);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}
