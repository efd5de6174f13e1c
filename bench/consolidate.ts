import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { runEstimate } from "../src/workbook/commands/estimate";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { Package } from "../src/xlsx/package/zip";
import { timed } from "./optional";
import { KINDS as PLAN_KINDS, type PlanKind } from "./plans";

/** The units' activities cycle through the plans' kinds and two more (a workshop, a radio programme). */
const KINDS: PlanKind[] = [
  ...PLAN_KINDS.slice(0, 5),
  ["Hội thảo", "cuộc", 1, 50, 1, "Quý III"],
  ["Phát thanh", "chương trình", 4, null, null, "Quý II - Quý IV"],
  ...PLAN_KINDS.slice(5),
];

/** The unit's name in a template, replaced in each copy by the unit's own number (same length). */
const MARKER = "ĐV-0000";

/** A unit's plan of `n` activities; templates differ in quantities, province and day. */
function unitPlan(n: number, variant: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thông tin").addRows([
    ["Tên kế hoạch", `Kế hoạch sản xuất sạch hơn năm 2020 (mẫu ${variant + 1})`],
    ["Cơ quan ban hành", `Phòng Kinh tế ${MARKER}`],
    ["Ngày", "19/03/2020"],
    ["Tỉnh", "Trà Vinh"],
    ["Cấp tổ chức", "huyện"],
  ]);
  const plan = wb.addWorksheet("Kế hoạch");
  plan.addRow(["STT", "Nội dung", "Loại", "Đơn vị tính", "Số lượng", "Số người", "Số ngày", "Thời gian"]);
  for (let i = 0; i < n; i++) {
    const [kind, unit, quantity, people, days, timing] = KINDS[(i + variant) % KINDS.length];
    plan.addRow([
      String(i + 1),
      `Hoạt động ${i + 1}: ${kind.toLowerCase()} về sản xuất sạch hơn`,
      kind,
      unit,
      quantity + ((i * 7 + variant) % 5),
      people === null ? null : people + ((i + variant) % 4) * 5,
      days,
      timing,
    ]);
  }
  plan.addRow([null, "Tổng cộng"]);
  wb.addWorksheet("Phân bổ").addRows([
    ["PHÂN BỔ KINH PHÍ"],
    [],
    ["Nội dung", "Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["Kinh phí được giao", n * 40_000_000 + variant * 1_000_000],
  ]);
  return wb;
}

/** An estimated unit's workbook, as `dutoan estimate` leaves it. */
async function estimatedTemplate(activities: number, variant: number): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await unitPlan(activities, variant).xlsx.writeBuffer()));
  await runEstimate(book);
  return book.toBuffer();
}

/** A copy of a template under the unit's own name: the marker replaced wherever the package holds it. */
async function unitCopy(template: Uint8Array, unit: number): Promise<Uint8Array> {
  const pkg = await Package.load(template);
  const name = `ĐV-${String(unit).padStart(4, "0")}`;
  for (const part of pkg.names().filter((p) => /^xl\/(sharedStrings|worksheets\/[^/]+)\.xml$/i.test(p))) {
    const xml = await pkg.text(part);
    if (xml.includes(MARKER)) pkg.setText(part, xml.split(MARKER).join(name));
  }
  return pkg.toBytes();
}

/** Writes `units` estimated workbooks into `dir`; returns their paths. */
export async function writeUnitFiles(dir: string, units: number, activities: number, templates: number): Promise<string[]> {
  const bases: Uint8Array[] = [];
  for (let t = 0; t < templates; t++) bases.push(await estimatedTemplate(activities, t));
  const files: string[] = [];
  for (let u = 1; u <= units; u++) {
    const file = path.join(dir, `don-vi-${String(u).padStart(4, "0")}.xlsx`);
    fs.writeFileSync(file, await unitCopy(bases[u % templates], u));
    files.push(file);
  }
  return files;
}

export interface ConsolidateBench {
  seconds: number;
  /** CPU seconds of the run, every thread of the process (the machine is shared: wall time varies with its load). */
  cpuSeconds: number;
  units: number;
  activities: number;
  /** Seconds to make the files (not timed as part of the figure). */
  generateSeconds: number;
  templates: number;
  exitCode: number;
  total: string;
}

/**
 * `dutoan consolidate` over `units` estimated workbooks of `activities` each, in a
 * temporary folder: the command as an officer runs it (read every file, add up,
 * write the Tổng hợp workbook), timed once. The files are copies of a few
 * estimated templates, each under its own unit name.
 */
export async function benchConsolidate(units = 500, activities = 50, templates = 10): Promise<ConsolidateBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-bench-consolidate-"));
  try {
    const made = await timed(() => writeUnitFiles(dir, units, activities, templates));
    const files = made.value;
    const generateSeconds = made.ms / 1000;
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: () => undefined, cwd: dir };
    const cpu = process.cpuUsage();
    const run = await timed(() => main(["consolidate", ...files, "-o", path.join(dir, "tong-hop.xlsx"), "--json"], io));
    const used = process.cpuUsage(cpu);
    const json = JSON.parse(out.join("\n")) as { total: string; units: unknown[] };
    if (json.units.length !== units) throw new Error(`consolidated ${json.units.length} of ${units} units`);
    return {
      seconds: run.ms / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      units,
      activities: units * activities,
      generateSeconds,
      templates,
      exitCode: run.value,
      total: json.total,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `node bin/run-ts.js bench/consolidate.ts`: this figure alone.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  benchConsolidate().then(
    (r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
