import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";

/**
 * The real `dutoan` as a user runs it: bin/dutoan.js over the CLI compiled to
 * build/cli/ (`npm run build:cli`, which `npm install` and `npm ci` run). Built here
 * first when a clone has no build yet.
 */
const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "dutoan.js");
const BUILT_MAIN = path.join(REPO, "build", "cli", "src", "cli", "main.js");

let dir: string;
beforeAll(() => {
  if (!fs.existsSync(BUILT_MAIN)) {
    const build = spawnSync(process.execPath, [path.join(REPO, "scripts", "build-cli.js")], {
      cwd: REPO,
      encoding: "utf8",
      timeout: 240_000,
    });
    if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-bin-"));
}, 240_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("bin/dutoan.js, compiled", () => {
  test("words 1000 prints the amount in words and loads neither ExcelJS nor another command", () => {
    // A preload that lists, at exit, every file Node loaded.
    const preload = path.join(dir, "modules.js");
    fs.writeFileSync(
      preload,
      'process.on("exit", () => require("fs").writeFileSync(process.env.MODULES_FILE, Object.keys(require.cache).join("\\n")));\n',
    );
    const modulesFile = path.join(dir, "modules.txt");
    const child = spawnSync(process.execPath, ["-r", preload, BIN, "words", "1000"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, MODULES_FILE: modulesFile },
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toBe("Một nghìn đồng\n");

    const loaded = fs.readFileSync(modulesFile, "utf8").split("\n");
    expect(loaded).toContain(BUILT_MAIN);
    expect(loaded.filter((f) => /[\\/]node_modules[\\/](exceljs|tsx)[\\/]/.test(f))).toEqual([]);
    expect(loaded.filter((f) => /[\\/]build[\\/]cli[\\/]src[\\/]cli[\\/]commands[\\/](?!words\.js$)/.test(f))).toEqual([]);
    expect(loaded.filter((f) => f.endsWith(".ts"))).toEqual([]);
  }, 60_000);

  test("without a build it says how to make one, not a stack trace", () => {
    // A copy of bin/ with no build/ beside it.
    fs.mkdirSync(path.join(dir, "bin"), { recursive: true });
    fs.copyFileSync(BIN, path.join(dir, "bin", "dutoan.js"));
    const child = spawnSync(process.execPath, [path.join(dir, "bin", "dutoan.js"), "words", "1000"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr).toMatch(/not built/);
    expect(child.stderr).toMatch(/npm run build:cli/);
    expect(child.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
