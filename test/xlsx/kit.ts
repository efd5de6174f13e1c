import fs from "fs";
import os from "os";
import path from "path";
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { parseRels, relsPath } from "../../src/xlsx/package/rels";
import { readSheetEntries } from "../../src/xlsx/package/workbookXml";
import { childrenOf, root, text } from "../../src/xlsx/package/xml";

export const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");

/** A fresh copy of a fixture workbook in a temporary folder: the commands save over it. */
export function copyOf(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-xlsx-"));
  const file = path.join(dir, fixture);
  fs.copyFileSync(path.join(FIXTURES, fixture), file);
  return file;
}

/** Every part of a package, by name, as bytes. */
export async function partsOf(file: string | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? fs.readFileSync(file) : file);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

export const textOf = (parts: Map<string, Buffer>, name: string): string => parts.get(name)?.toString("utf8") ?? "";

/** The part of each sheet (worksheets and chart sheets), by sheet name. */
export function sheetParts(parts: Map<string, Buffer>): Map<string, string> {
  const rels = parseRels("xl/workbook.xml", textOf(parts, "xl/_rels/workbook.xml.rels"));
  return new Map(readSheetEntries(textOf(parts, "xl/workbook.xml")).map((s) => [s.name, rels.find((r) => r.id === s.rId)!.target]));
}

/** The parts a sheet's relationships point to. */
export function partsOfSheet(parts: Map<string, Buffer>, sheetPart: string): string[] {
  return parseRels(sheetPart, parts.has(relsPath(sheetPart)) ? textOf(parts, relsPath(sheetPart)) : undefined)
    .filter((r) => !r.external)
    .map((r) => r.target);
}

/** A part's top-level elements as [name, text], in order. */
export function topElements(xml: string): [string, string][] {
  return childrenOf(xml, root(xml)).map((el) => [el.name, text(xml, el)]);
}

export interface Step<R> {
  result: R;
  lost: string[];
  before: Map<string, Buffer>;
  after: Map<string, Buffer>;
}

/** Opens the file as the command line does, runs the command, saves in place. */
export async function step<R>(file: string, command: (port: WorkbookPort) => Promise<R>): Promise<Step<R>> {
  const before = await partsOf(file);
  const book = await XlsxWorkbook.open(file);
  const result = await command(book);
  const { lost } = await book.save(file);
  return { result, lost, before, after: await partsOf(file) };
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * LibreOffice opens each file and writes every sheet as CSV: returns, per file, the
 * CSV text by sheet name. Throws when LibreOffice fails on one.
 */
export function libreOfficeSheets(files: string[]): Map<string, Map<string, string>> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-lo-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-lo-profile-"));
  // Copies with distinct names: LibreOffice names each CSV after its file and sheet.
  const inputs = files.map((f, i) => {
    const copy = path.join(out, `in${i}.xlsx`);
    fs.copyFileSync(f, copy);
    return copy;
  });
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        out,
        ...inputs,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const result = new Map<string, Map<string, string>>();
    files.forEach((f, i) => {
      const sheets = new Map<string, string>();
      for (const name of fs.readdirSync(out)) {
        const m = new RegExp(`^in${i}-(.*)\\.csv$`).exec(name);
        if (m) sheets.set(m[1], fs.readFileSync(path.join(out, name), "utf8"));
      }
      if (!sheets.size) throw new Error(`LibreOffice wrote nothing for ${f}`);
      result.set(f, sheets);
    });
    return result;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
