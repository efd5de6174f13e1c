import { runExplain, type ExplainResult } from "../../workbook/commands/explain";
import type { ExplainedPart, Explanation } from "../../workbook/explain/explanation";
import { formatVnd, toDecimalString } from "../../core/money/money";
import { formatDmy } from "../../core/dates/isoDate";
import { argsOrUsage } from "../args";
import { ESTIMATE_FLAGS, ESTIMATE_FLAGS_USAGE, readEstimateFlags, wordsFlag } from "../estimateFlags";
import { EXIT, type CliIO } from "../io";
import { openWorkbook } from "../openWorkbook";
import { findingLine } from "../format";

export const EXPLAIN_USAGE = `dutoan explain <file.xlsx> <Sheet!A1> [--json] [--ngan] ${ESTIMATE_FLAGS_USAGE}`;

const ref = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

/**
 * The JSON document of `dutoan explain --json`: the cell, its amount, the plan row,
 * and the spending lines behind it; `from` is where each unit cost came from (the
 * plan's cell, the Định mức cell, or the norm's source). A cell that cannot be
 * explained has amount and activity null, no parts, and `findings` saying why.
 */
export function explainJson(result: ExplainResult, asked: string) {
  const e = result.explanation;
  const explained = e?.kind !== undefined;
  return {
    cell: result.cell ? ref(result.cell) : asked,
    amount: explained && e.amount ? toDecimalString(e.amount) : null,
    activity: explained && e.activity ? { row: e.activity.row ?? null, name: e.activity.name } : null,
    parts: (explained ? e.parts : []).map((p) => ({
      description: p.description,
      quantity: toDecimalString(p.quantity),
      unitCost: toDecimalString(p.unitCost),
      amount: toDecimalString(p.amount),
      normCode: p.normCode ?? null,
      basis: p.basis,
      status: p.status,
      from: p.from,
    })),
    ...(result.findings.length ? { findings: result.findings } : {}),
  };
}

const KIND_TEXT = {
  line: "một nội dung chi / a spending line",
  activity: "dự toán của một hoạt động / an activity's estimate",
  group: "tổng của một nhóm / a group's subtotal",
  total: "tổng cộng / the grand total",
  words: "tổng cộng bằng chữ / the grand total in words",
} as const;

const CAP_TEXT = { max: "tối đa", lump_sum: "khoán", actual: "theo thực tế" } as const;
const STATUS_TEXT = {
  verified: "đã kiểm chứng",
  unverified: "chưa kiểm chứng",
  estimate: "ước tính",
  user: "theo kế hoạch / báo giá",
} as const;

function partLines(p: ExplainedPart, e: Explanation): string[] {
  const out = [
    `- ${p.description}: ${formatVnd(p.quantity)} ${p.unit} × ${formatVnd(p.unitCost)} = ${formatVnd(p.amount)}${p.exact.eq(p.amount) ? "" : ` (${formatVnd(p.exact)} làm tròn / rounded)`}`,
  ];
  if (p.factors.length) {
    const factors = p.factors.map(
      (f) =>
        `${f.label} ${formatVnd(f.value)}${f.cell ? ` (${ref(f.cell)}${f.assumed ? ", trống: tính mặc định / empty: default" : ""})` : ""}`,
    );
    out.push(`    Số lượng / quantity: ${factors.join(" × ")}${p.factorsComplete ? "" : ` ≠ ${formatVnd(p.quantity)}`}`);
  }
  if (p.unitCostCell) out.push(`    Đơn giá / unit cost: nhập ở / typed in ${ref(p.unitCostCell)}`);
  if (p.norm) {
    const n = p.norm;
    out.push(
      `    Định mức / norm ${n.code}: mức ${formatVnd(n.level)} đồng/${n.unit}, ${CAP_TEXT[n.cap]}, ${STATUS_TEXT[n.status]}${n.override ? `; mức của đơn vị / the unit's level: ${ref(n.override)}` : ""}`,
    );
    out.push(`    Căn cứ / basis: ${p.basis}`);
    if (n.source && !n.override) out.push(`    Nguồn / source: ${n.source}`);
  } else out.push(`    Căn cứ / basis: ${p.basis}`);
  if (p.fitted)
    out.push(
      `    Đã cân đối ${p.fitted.mode === "plan" ? "theo kế hoạch" : "theo kinh phí được giao"} / fitted: theo định mức / by the norm ${formatVnd(p.fitted.normUnitCost)} → ${formatVnd(p.fitted.normAmount)}`,
    );
  if (e.kind === "line" && p.writtenAt.length) out.push(`    Ghi tại / written at: ${p.writtenAt.map(ref).join(", ")}`);
  return out;
}

/** The breakdown, for a person. */
export function printExplanation(result: ExplainResult, io: CliIO): void {
  const e = result.explanation;
  if (!e || e.kind === undefined) {
    for (const f of result.findings) io.out(findingLine(f));
    return;
  }
  io.out(`Ô / cell ${ref(e.cell)}: ${formatVnd(e.amount!)} đồng — ${KIND_TEXT[e.kind]}`);
  if (e.activity)
    io.out(`Dòng kế hoạch / plan row: ${e.activity.row ?? "—"} ${e.activity.name}${e.activity.cell ? ` (${ref(e.activity.cell)})` : ""}`);
  if (e.formula) io.out(`Công thức / formula: ${e.formula}`);
  if (e.norms)
    io.out(
      `Định mức ngày / norms of ${formatDmy(e.norms.date)}${e.norms.province ? `, ${e.norms.province}` : ""}; làm tròn / rounding ${e.rounding === "thousand" ? "đến nghìn đồng / to 1.000" : "đến đồng / to 1"}${e.fit ? `; cân đối / fitted to ${e.fit === "plan" ? "kế hoạch / the plan" : "kinh phí được giao / the allocation"}` : ""}`,
    );
  let row: number | undefined;
  for (const p of e.parts) {
    if (e.kind !== "line" && p.activity.row !== row) io.out(`[dòng / row ${p.activity.row}] ${p.activity.name}`);
    row = p.activity.row;
    partLines(p, e).forEach((l) => io.out(l));
  }
  for (const f of e.findings) io.out(findingLine(f));
}

export async function explainCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = argsOrUsage(
    args,
    { json: { type: "boolean" }, ngan: { type: "boolean" }, ...ESTIMATE_FLAGS },
    EXPLAIN_USAGE,
    io,
    (p) => p.positionals.length === 2,
  );
  if (!parsed) return EXIT.io;
  const { values, positionals } = parsed;
  const options = readEstimateFlags(values, io);
  if (!options) return EXIT.io;
  const book = await openWorkbook(positionals[0], io);
  if (!book) return EXIT.io;
  const result = await runExplain(book, positionals[1], { ...options, words: wordsFlag(values) });
  if (values.json) io.out(JSON.stringify(explainJson(result, positionals[1]), null, 2));
  // A name that is not a cell of the workbook is a usage error; a cell the add-in did not write is an answer.
  if (!result.cell) {
    if (!values.json) for (const f of result.findings) io.err(`${f.message}\n    ${f.messageEn}`);
    return EXIT.io;
  }
  if (!values.json) printExplanation(result, io);
  return result.explanation?.kind !== undefined ? EXIT.ok : EXIT.findings;
}
