import fs from "fs";
import path from "path";
import Decimal from "decimal.js";
import { buildTraVinhWorkbook } from "../examples/traVinhSample";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { runEstimate } from "../src/workbook/commands/estimate";

const SRC = path.join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const importsOf = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*["']([^"']+)["']/g)].map((m) => m[1]);

describe("the layout shows the architecture", () => {
  test("src/core imports only itself and decimal.js: no Office, DOM, I/O, ExcelJS or React", () => {
    const offending = sourceFiles(path.join(SRC, "core")).flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          spec.startsWith(".") ? !path.resolve(path.dirname(file), spec).startsWith(path.join(SRC, "core")) : spec !== "decimal.js",
        )
        .map((spec) => `${path.relative(SRC, file)} -> ${spec}`),
    );
    expect(offending).toEqual([]);
    const hostCalls = sourceFiles(path.join(SRC, "core")).filter((f) =>
      /\b(Excel\.run|Office\.|document\.|window\.)/.test(fs.readFileSync(f, "utf8")),
    );
    expect(hostCalls).toEqual([]);
  });

  test("the workbook port and the commands do not reach an adapter or the UI", () => {
    const offending = sourceFiles(path.join(SRC, "workbook")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\/(office|xlsx|taskpane|cli|playground)\//.test(spec + "/") || spec === "exceljs" || spec === "react")
        .map((s) => `${path.relative(SRC, file)} -> ${s}`),
    );
    expect(offending).toEqual([]);
  });

  test("the task pane never calls Excel directly: it talks to the port", () => {
    const dir = path.join(SRC, "taskpane");
    if (!fs.existsSync(dir)) return;
    const offending = sourceFiles(dir).filter((f) => /\bExcel\.(run|RequestContext)|context\.sync\(/.test(fs.readFileSync(f, "utf8")));
    expect(offending).toEqual([]);
  });
});

/** Walks a result and returns the paths of money-like fields that hold a JavaScript number. */
function numbersAt(value: unknown, at = "$", seen = new Set<unknown>()): string[] {
  if (value instanceof Decimal || value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const here = `${at}.${key}`;
    if (typeof v === "number" && /amount|cost|total|quantity|participants|guests|days|value|cap|share/i.test(key)) return [here];
    return numbersAt(v, here, seen);
  });
}

test("no JavaScript number carries an amount anywhere in an estimate of the sample", async () => {
  const book = await XlsxWorkbook.fromBuffer(await buildTraVinhWorkbook().xlsx.writeBuffer());
  const result = await runEstimate(book);
  expect(result.estimate!.total).toBeInstanceOf(Decimal);
  expect(
    numbersAt({
      plan: result.reading.plan,
      activities: result.estimate!.activities,
      groups: result.estimate!.groups,
      total: result.estimate!.total,
      norms: result.estimate!.norms.all(),
    }),
  ).toEqual([]);
});
