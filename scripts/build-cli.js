#!/usr/bin/env node
/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/**
 * Compiles the `dutoan` command line (src/cli and what it imports) to CommonJS in
 * build/cli/ with tsconfig.cli.json, so bin/dutoan.js runs plain JavaScript: no
 * TypeScript at run time.
 *
 *   npm run build:cli   `npm install` and `npm ci` run it (the `prepare` script);
 *                       `npm run demo` and `npm run bench` run it first too
 *
 * Incremental (build/cli/.tsbuildinfo): about 8 s from nothing, 3 s when little
 * changed. Compiled files whose source is gone are removed, and the bundled sample
 * plan is copied beside the compiled examples (`dutoan demo` reads it next to its code).
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "build", "cli");
const ASSETS = ["examples/tra-vinh-2020.xlsx"];

let tsc;
try {
  tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
} catch {
  // An install without devDependencies (npm ci --omit=dev) has no compiler: say so, do not fail the install.
  console.warn("build-cli: typescript is not installed (devDependencies omitted?): the command line is not built.");
  process.exit(0);
}

const buildInfo = path.join(OUT, ".tsbuildinfo");
// tsc --incremental trusts its .tsbuildinfo, not the files on disk: with the entry point gone, start afresh.
if (!fs.existsSync(path.join(OUT, "src", "cli", "main.js"))) fs.rmSync(OUT, { recursive: true, force: true });
const tsArgs = ["-p", path.join(ROOT, "tsconfig.cli.json"), "--incremental", "--tsBuildInfoFile", buildInfo];
const result = spawnSync(process.execPath, [tsc, ...tsArgs], { cwd: ROOT, stdio: "inherit" });
if (result.status !== 0) {
  console.error(`build-cli: tsc -p tsconfig.cli.json failed (exit ${result.status ?? result.signal}).`);
  process.exit(1);
}

/** Compiled modules of deleted or renamed sources: never required, but they would linger and mislead. */
function prune(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (entry.name.endsWith(".js")) {
      const source = path.join(ROOT, path.relative(OUT, full)).replace(/\.js$/, "");
      if (![".ts", ".tsx"].some((ext) => fs.existsSync(source + ext))) fs.rmSync(full);
    }
  }
}
prune(OUT);

for (const asset of ASSETS) {
  const from = path.join(ROOT, asset);
  if (fs.existsSync(from)) fs.copyFileSync(from, path.join(OUT, asset));
}
console.log(`build-cli: ${path.relative(ROOT, OUT)}/ ready (bin/dutoan.js runs build/cli/src/cli/main.js)`);
