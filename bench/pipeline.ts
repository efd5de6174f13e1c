import ExcelJS from "exceljs";
import type { WorkbookPort } from "../src/workbook/port";
import { runEstimate } from "../src/workbook/commands/estimate";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { benchPlan, bytesOf } from "./plans";
import { median, optional, timed } from "./optional";

type RunCommand = (port: WorkbookPort, options?: object) => Promise<unknown>;
const check = optional<{ runCheck: RunCommand }>("../src/workbook/commands/check");

/** The .xlsx pipeline of the command line: read the file, estimate, check, write the file. */
async function pipeline(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  await runEstimate(book);
  if (check) await check.runCheck(book);
  return book.toBuffer();
}

/** The floor: ExcelJS reading the same file and writing it back, nothing else. */
async function bare(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface PipelineResult {
  activities: number;
  bareMs: number;
  pipelineMs: number;
  /** pipeline / bare on a workbook already estimated and checked once (the officer's second run on): the same file in and out. */
  ratio: number;
  /** The same on the plan as typed, where the pipeline also creates the breakdown and the marks. */
  firstRun: { bareMs: number; pipelineMs: number; ratio: number };
  checkIncluded: boolean;
}

async function compare(bytes: Uint8Array, runs: number): Promise<{ bareMs: number; pipelineMs: number; ratio: number }> {
  await bare(bytes); // warm-up
  await pipeline(bytes);
  const b: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so a busy moment of the shared machine weighs on both sides alike.
    b.push((await timed(() => bare(bytes))).ms);
    p.push((await timed(() => pipeline(bytes))).ms);
  }
  const bareMs = median(b);
  const pipelineMs = median(p);
  return { bareMs, pipelineMs, ratio: pipelineMs / bareMs };
}

/** (b) The pipeline against a bare ExcelJS read + write of the same workbook, measured in the same run. */
export async function benchPipeline(activities: number, runs = 7): Promise<PipelineResult> {
  const typed = await bytesOf(benchPlan(activities));
  const steady = await pipeline(typed);
  const firstRun = await compare(typed, runs);
  const again = await compare(steady, runs);
  return { activities, ...again, firstRun, checkIncluded: Boolean(check) };
}
