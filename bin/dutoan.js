#!/usr/bin/env node
// The `dutoan` command line: the same core and workbook port as the task pane, over .xlsx files.
// It runs the JavaScript that `npm run build:cli` compiles to build/cli/ (`npm install` runs it).
const fs = require("fs");
const path = require("path");

const MAIN = path.join(__dirname, "..", "build", "cli", "src", "cli", "main.js");
if (!fs.existsSync(MAIN)) {
  process.stderr.write(
    "dutoan: chưa biên dịch dòng lệnh / the command line is not built (no build/cli/).\n" +
      `  Chạy / run:  npm run build:cli   (or npm install) in ${path.resolve(__dirname, "..")}\n`,
  );
  process.exit(2);
}
// `dutoan demo | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});
const { main } = require(MAIN);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 2;
  },
);
