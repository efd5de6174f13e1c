import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";

/**
 * No import cycles in src/, between modules (type-only imports count) or between
 * folders, and no test helper imported by the product: dependency-cruiser with the
 * rules in .dependency-cruiser.cjs (`npm run lint:deps` runs the same).
 */
const REPO = path.resolve(__dirname, "..", "..");
const DEPCRUISE = path.join(REPO, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}
interface Cruise {
  summary: { violations: Violation[]; totalCruised: number };
}

function cruise(cwd: string, target: string, config: string): Cruise {
  const child = spawnSync(process.execPath, [DEPCRUISE, target, "--config", config, "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (child.error) throw child.error;
  try {
    return JSON.parse(child.stdout) as Cruise;
  } catch {
    throw new Error(`dependency-cruiser did not answer JSON (exit ${child.status}):\n${child.stderr}`);
  }
}

const describeViolation = (v: Violation): string =>
  `${v.rule.name}: ${v.cycle?.length ? [v.from, ...v.cycle.map((c) => c.name)].join(" → ") : `${v.from} → ${v.to}`}`;

describe("dependencies (dependency-cruiser)", () => {
  test("src/ has no import cycle, no folder cycle, and imports no test code", () => {
    const result = cruise(REPO, "src", ".dependency-cruiser.cjs");
    // It really read the product: the CLI, the core, the workbook port, the pane.
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    expect(result.summary.violations.map(describeViolation)).toEqual([]);
  }, 120_000);

  test("the same rules catch a cycle (a type-only import back counts)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-cycles-"));
    try {
      fs.mkdirSync(path.join(dir, "src"));
      fs.writeFileSync(
        path.join(dir, "src", "a.ts"),
        'import { b } from "./b";\nexport interface A { n: number }\nexport const a = b + 1;\n',
      );
      fs.writeFileSync(path.join(dir, "src", "b.ts"), 'import type { A } from "./a";\nexport const b = 1;\nexport type B = A;\n');
      fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler" } }),
      );
      fs.copyFileSync(path.join(REPO, ".dependency-cruiser.cjs"), path.join(dir, ".dependency-cruiser.cjs"));
      const found = cruise(dir, "src", ".dependency-cruiser.cjs").summary.violations.map(describeViolation);
      expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^no-circular: src\/a\.ts → src\/b\.ts → src\/a\.ts$/)]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
