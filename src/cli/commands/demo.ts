import fs from "fs";
import path from "path";
import { buildTraVinhWorkbook } from "../../../examples/traVinhSample";
import { runEstimate } from "../../workbook/commands/estimate";
import { runAttachment } from "../../workbook/commands/attachment";
import { renderSheet } from "../../render/renderSheet";
import { XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { EXIT, type CliIO } from "../io";
import { saveWorkbook } from "../openWorkbook";
import { printEstimate } from "./estimate";
import { runCheck } from "../../workbook/commands/check";
import { printFindings } from "./check";

const SAMPLE = path.join(__dirname, "..", "..", "..", "examples", "tra-vinh-2020.xlsx");

/**
 * `npm run demo`: the main job on the bundled sample (the Trà Vinh 2020 plan):
 * estimate it and write the result under out/.
 */
export async function demoCommand(_args: string[], io: CliIO): Promise<number> {
  const outDir = path.resolve(io.cwd, "out");
  fs.mkdirSync(outDir, { recursive: true });
  const book = fs.existsSync(SAMPLE) ? await XlsxWorkbook.open(SAMPLE) : new XlsxWorkbook(buildTraVinhWorkbook());
  io.out("Kế hoạch 30/KH-SCT, Sở Công Thương Trà Vinh, 19/3/2020 — dự toán theo định mức");
  io.out("");
  const result = await runEstimate(book);
  printEstimate(result, io);
  io.out("");
  io.out("Kiểm tra / checks (quý được chia theo Thời gian; ô có vấn đề được tô màu và ghi chú):");
  printFindings((await runCheck(book)).checkFindings, io);
  const attachment = await runAttachment(book);
  const outFile = path.join(outDir, "tra-vinh-2020-du-toan.xlsx");
  if (!(await saveWorkbook(book, outFile, io))) return EXIT.io;
  io.out("");
  io.out(`Đã ghi / wrote ${path.relative(io.cwd, outFile)}`);
  if (attachment.layout) {
    io.out(`Phụ lục dự toán: sheet "${attachment.layout.sheet}"; Bằng chữ: ${attachment.layout.words}`);
    const rendered = await renderSheet(outFile, attachment.layout.sheet, outDir, "tra-vinh-2020-du-toan");
    if (!rendered) io.out("(LibreOffice không có: bỏ qua bản PDF / soffice not found: no PDF rendered)");
    else
      io.out(
        `Bản in / printed: ${path.relative(io.cwd, rendered.pdf)}${rendered.png ? `, trang 1 / page 1: ${path.relative(io.cwd, rendered.png)}` : ""}`,
      );
  }
  return EXIT.ok;
}
