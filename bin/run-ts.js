#!/usr/bin/env node
// Runs a TypeScript entry point of the repo (demo, bench, sample maker) without a build step.
require("tsx/cjs");
const path = require("path");
const entry = path.resolve(process.cwd(), process.argv[2]);
process.argv.splice(1, 2, entry);
require(entry);
