import type ExcelJS from "exceljs";
import { Package } from "./zip";

/** What a part is, for a person: by its folder in the package. */
const KINDS: [RegExp, string][] = [
  [/^xl\/charts\//i, "biểu đồ / chart"],
  [/^xl\/chartsheets\//i, "sheet biểu đồ / chart sheet"],
  [/^xl\/drawings\/(?!vmlDrawing)/i, "hình vẽ / drawing"],
  [/^xl\/media\//i, "hình ảnh / image"],
  [/^xl\/pivotTables\//i, "bảng tổng hợp / pivot table"],
  [/^xl\/pivotCache\//i, "dữ liệu bảng tổng hợp / pivot cache"],
  [/^xl\/tables\//i, "bảng / table"],
  [/^xl\/vbaProject\.bin$/i, "macro VBA / VBA macros"],
  [/^customXml\//i, "dữ liệu XML riêng / custom XML"],
  [/^xl\/threadedComments\//i, "bình luận dạng chuỗi / threaded comments"],
  [/^xl\/externalLinks\//i, "liên kết ngoài / external link"],
  [/^xl\/(activeX|embeddings|ctrlProps)\//i, "đối tượng nhúng / embedded object"],
  [/^xl\/slicers|^xl\/slicerCaches|^xl\/timeline/i, "slicer"],
];

function describe(part: string): string {
  const kind = KINDS.find(([re]) => re.test(part))?.[1] ?? "phần / part";
  return `${kind}: ${part}`;
}

/**
 * The fallback when the opened package cannot be edited part by part: ExcelJS's
 * output for the whole workbook, and what it leaves out: every part it does not
 * write, and, as a whole, what it drops inside the parts it rewrites.
 */
export async function wholeRewrite(
  wb: ExcelJS.Workbook,
  original: Uint8Array,
  reason: unknown,
): Promise<{ bytes: Uint8Array; lost: string[] }> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const why = reason instanceof Error ? reason.message : String(reason);
  const lost = [
    `tệp phải do ExcelJS viết lại toàn bộ (${why}): bảo vệ workbook, định dạng và mọi thứ ExcelJS không đọc được trong các sheet sẽ mất / ExcelJS rewrites the whole file (${why}): workbook protection, formats and whatever ExcelJS does not read inside the sheets are lost`,
  ];
  try {
    const have = new Set((await Package.load(bytes)).names().map((n) => n.toLowerCase()));
    for (const name of (await Package.load(original)).names())
      if (!have.has(name.toLowerCase()) && !/\.rels$/i.test(name)) lost.push(describe(name));
  } catch {
    // the first entry already says the file is rewritten
  }
  return { bytes, lost };
}
