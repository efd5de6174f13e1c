import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/**
 * LibreOffice and poppler at the edge: convert a workbook to PDF (or recalculate it
 * into a new .xlsx), and a PDF page to PNG. Every function returns undefined when
 * the program is not installed, so callers (the demo, the rendered tests) can say
 * so and go on.
 */

/** The full path of a program on PATH, or undefined. */
export function findProgram(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const full = path.join(dir, name);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      return full;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export const hasSoffice = (): boolean => findProgram("soffice") !== undefined;
export const hasPoppler = (): boolean => findProgram("pdftoppm") !== undefined && findProgram("pdftotext") !== undefined;

function run(program: string, args: string[], timeoutMs = 120_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(program)} ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * A LibreOffice profile of this process, so conversions never meet another
 * soffice using the default profile (a second instance hands its job to the first
 * and exits). Its settings: recalculate .xlsx formulas on load (so a conversion
 * checks the formulas, not the cached values) and the Vietnamese locale (number
 * formats print 3.000.000 as an officer's machine shows them, whatever LANG is).
 */
let profileDir: string | undefined;
/** One soffice at a time in this process: they share the profile. */
let queue: Promise<unknown> = Promise.resolve();

function profile(): string {
  if (profileDir) return profileDir;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-soffice-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
`,
  );
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  profileDir = dir;
  return dir;
}

/** Removes this process's LibreOffice profile (also done at exit; test runners may not let exit hooks run). */
export async function disposeSoffice(): Promise<void> {
  await queue;
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = undefined;
}

/**
 * `soffice --headless --convert-to <format> --outdir DIR file`: the converted
 * file's path, or undefined when soffice is missing. Throws when soffice fails.
 */
export function convertWithSoffice(file: string, format: "pdf" | "xlsx" | "csv", outDir: string): Promise<string | undefined> {
  const soffice = findProgram("soffice");
  if (!soffice) return Promise.resolve(undefined);
  const job = queue.then(async () => {
    fs.mkdirSync(outDir, { recursive: true });
    const target = path.join(outDir, `${path.parse(file).name}.${format}`);
    if (path.resolve(target) === path.resolve(file))
      throw new Error(`convertWithSoffice: ${file} would overwrite itself; choose another outDir`);
    fs.rmSync(target, { force: true });
    const installation = `-env:UserInstallation=file://${profile()}`;
    await run(soffice, [installation, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file]);
    if (!fs.existsSync(target)) throw new Error(`soffice did not write ${target}`);
    return target;
  });
  queue = job.catch(() => undefined);
  return job;
}

export function xlsxToPdf(file: string, outDir: string): Promise<string | undefined> {
  return convertWithSoffice(file, "pdf", outDir);
}

/** Page `page` of a PDF as `<outPrefix>.png` at 80 dpi (pdftoppm), or undefined when pdftoppm is missing. */
export async function pdfPageToPng(pdf: string, outPrefix: string, page = 1, dpi = 80): Promise<string | undefined> {
  const pdftoppm = findProgram("pdftoppm");
  if (!pdftoppm) return undefined;
  await run(pdftoppm, ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, outPrefix]);
  return `${outPrefix}.png`;
}

/** The text of a PDF with its layout kept (pdftotext -layout), or undefined when pdftotext is missing. */
export async function pdfText(pdf: string): Promise<string | undefined> {
  const pdftotext = findProgram("pdftotext");
  if (!pdftotext) return undefined;
  return (await run(pdftotext, ["-layout", pdf, "-"])).stdout;
}

export interface PdfInfo {
  pages: number;
  /** Page size in points of the first page. */
  width: number;
  height: number;
}

/** Page count and page size (pdfinfo), or undefined when pdfinfo is missing. */
export async function pdfInfo(pdf: string): Promise<PdfInfo | undefined> {
  const pdfinfo = findProgram("pdfinfo");
  if (!pdfinfo) return undefined;
  const { stdout } = await run(pdfinfo, [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!pages || !size) throw new Error(`pdfinfo: unexpected output\n${stdout}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}
