import ExcelJS from "exceljs";
import type { WorkbookPort } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { benchPlan, bytesOf } from "./plans";
import { optional } from "./optional";
import { COMMANDS, type RunCommand } from "./commands";

interface FakeExcelLike {
  syncCount: number;
  run: unknown;
  desktop(): FakeExcelLike;
}

const fake = optional<{ FakeExcel: { fromExcelJS(wb: ExcelJS.Workbook): FakeExcelLike } }>("../test/office/fakeExcel");
const office = optional<{
  OfficeWorkbook: new (run: unknown, options: { supports: (v: string) => boolean; syncBudget: number }) => WorkbookPort;
}>("../src/office/officeWorkbook");

/**
 * The port's batches, counted when the Office adapter or its fake host is not in
 * the clone: each of listSheets, readSheets and apply is one Excel.run with (at
 * least) one context.sync().
 */
function countingPort(port: WorkbookPort): WorkbookPort & { count: number } {
  const counted = {
    count: 0,
    listSheets: () => (counted.count++, port.listSheets()),
    readSheets: (names: readonly string[]) => (counted.count++, port.readSheets(names)),
    apply: (writes: Parameters<WorkbookPort["apply"]>[0]) => (counted.count++, port.apply(writes)),
  };
  return counted;
}

export interface SyncResult {
  /** "fake Office host" when context.sync() calls were counted through src/office over test/office/fakeExcel. */
  through: "fake Office host" | "port batches";
  /** By command, by number of activities: [first run on the plan as typed, second run]. */
  counts: Record<string, Record<string, [number, number] | null>>;
  /** Commands that failed through the host (null in counts), with the reason. */
  errors: string[];
}

async function countOnce(wb: ExcelJS.Workbook, command: RunCommand): Promise<[number, number]> {
  if (fake && office) {
    const excel = fake.FakeExcel.fromExcelJS(wb).desktop();
    const port = new office.OfficeWorkbook(excel.run, { supports: () => true, syncBudget: Number.POSITIVE_INFINITY });
    const first = excel.syncCount;
    await command(port);
    const second = excel.syncCount;
    await command(port);
    return [second - first, excel.syncCount - second];
  }
  const port = countingPort(await XlsxWorkbook.fromBuffer(await bytesOf(wb)));
  await command(port);
  const first = port.count;
  await command(port);
  return [first, port.count - first];
}

/** (c) context.sync() calls per command at 10 and 5.000 activities. */
export async function benchSyncs(sizes: number[]): Promise<SyncResult> {
  const counts: SyncResult["counts"] = {};
  const errors: string[] = [];
  for (const [name, command] of Object.entries(COMMANDS)) {
    counts[name] = {};
    for (const n of sizes) {
      try {
        counts[name][String(n)] = command ? await countOnce(benchPlan(n), command) : null;
      } catch (e) {
        errors.push(`${name} at ${n}: ${e instanceof Error ? e.message : String(e)}`);
        counts[name][String(n)] = null;
      }
    }
  }
  return { through: fake && office ? "fake Office host" : "port batches", counts, errors };
}
