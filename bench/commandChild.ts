import fs from "fs";
import ExcelJS from "exceljs";
import { COMMANDS } from "./commands";
import { XlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { median, timed } from "./optional";

/**
 * One measurement in its own process, so that its peak memory is its own:
 *
 *   pipeline <command> <input.xlsx> <runs> [output.xlsx]
 *     read the file through the port, run the command, build the .xlsx (as the
 *     command line does, without the disk write); writes the produced workbook to
 *     output.xlsx when given
 *   bare <input.xlsx> <produced.xlsx> <runs>
 *     ExcelJS alone: read the input, and write the workbook the command produced
 *     (loaded untimed beforehand, then written)
 *
 * Prints one line of JSON: the median ms of `runs` runs (after one untimed warm-up
 * when runs > 1), the same in CPU time (user + system, all threads: less moved by
 * other processes on a shared machine), and the process's peak resident memory in MB.
 */
async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  let times: number[] = [];
  const cpu: number[] = [];
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  if (mode === "pipeline") {
    const [name, input, runsText, output] = args;
    const command = COMMANDS[name];
    if (!command) throw new Error(`no command ${name} in this clone`);
    const bytes = new Uint8Array(fs.readFileSync(input));
    const once = async () => {
      const start = cpuNow();
      const book = await XlsxWorkbook.fromBuffer(bytes);
      await command(book);
      const out = await book.toBuffer();
      cpu.push(cpuNow() - start);
      return out;
    };
    times = await repeat(Number(runsText), once, (out) => output && fs.writeFileSync(output, out));
    if (Number(runsText) > 1) cpu.shift(); // the warm-up
  } else if (mode === "bare") {
    const [input, produced, runsText] = args;
    const inBytes = fs.readFileSync(input);
    const outBytes = fs.readFileSync(produced);
    const once = async () => {
      let ms = 0;
      let start = cpuNow();
      let cpuMs = 0;
      const read = await timed(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(inBytes as unknown as ArrayBuffer);
        return wb;
      });
      ms += read.ms;
      cpuMs += cpuNow() - start;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(outBytes as unknown as ArrayBuffer);
      start = cpuNow();
      ms += (await timed(() => wb.xlsx.writeBuffer())).ms;
      cpuMs += cpuNow() - start;
      return { ms, cpuMs };
    };
    const runs = Number(runsText);
    if (runs > 1) await once();
    for (let i = 0; i < runs; i++) {
      const t = await once();
      times.push(t.ms);
      cpu.push(t.cpuMs);
    }
  } else throw new Error(`mode ${mode}?`);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms: median(times), cpuMs: median(cpu), runs: times, peakRssMb }) + "\n");
}

async function repeat<T>(runs: number, once: () => Promise<T>, first: (value: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  if (runs > 1) first(await once());
  for (let i = 0; i < runs; i++) {
    const t = await timed(once);
    if (i === 0 && runs === 1) first(t.value);
    times.push(t.ms);
  }
  return times;
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
