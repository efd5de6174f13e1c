import { parseRoundingRule } from "../core/money/rounding";
import { parseVietnameseNumber } from "../core/money/parseAmount";
import type { PrepareOptions } from "../workbook/commands/prepare";
import type { Options } from "./args";
import { readDateFlag } from "./dateFlag";
import { parseYears } from "../core/plan/years";
import type { CliIO } from "./io";

/** The flags every estimating command takes (estimate, attachment, check): the same words, read the same way. */
export const ESTIMATE_FLAGS = {
  rounding: { type: "string" },
  date: { type: "string" },
  province: { type: "string" },
  fit: { type: "string" },
  allocation: { type: "string" },
  year: { type: "string" },
} as const satisfies Options;

export const ESTIMATE_FLAGS_USAGE =
  "[--rounding dong|thousand] [--date DD/MM/YYYY] [--province NAME] [--fit plan|allocation] [--allocation AMOUNT|'Sheet!B4'] [--year YYYY]";

/** The options the flags give, or null after saying what is wrong (the caller exits 2). */
export function readEstimateFlags(values: Record<string, unknown>, io: CliIO): PrepareOptions | null {
  const rounding = parseRoundingRule(values.rounding as string | undefined);
  if (values.rounding !== undefined && !rounding) {
    io.err(`--rounding phải là dong hoặc thousand / must be dong or thousand`);
    return null;
  }
  const normsDate = readDateFlag(values, "date", io);
  if (normsDate === null) return null;
  const fit = values.fit as string | undefined;
  if (fit !== undefined && fit !== "plan" && fit !== "allocation") {
    io.err(`--fit phải là plan hoặc allocation / must be plan or allocation: ${fit}`);
    return null;
  }
  const allocation = readAllocationFlag(values.allocation as string | undefined, io);
  if (allocation === null) return null;
  const year = readYearFlag(values.year as string | undefined, io);
  if (year === null) return null;
  return { rounding, normsDate, province: values.province as string | undefined, fit, allocation, year };
}

/** --year 2018: one year of a multi-year plan (its activities, at the norms of 1 January 2018 unless --date). */
function readYearFlag(text: string | undefined, io: CliIO): number | undefined | null {
  if (text === undefined) return undefined;
  const years = parseYears(text);
  if (years?.length === 1) return years[0];
  io.err(`--year phải là một năm, ví dụ 2018 / must be one year, e.g. 2018: ${text}`);
  return null;
}

/** --allocation 80.000.000 (an amount in đồng, either convention) or --allocation 'Thông tin!B9' (a cell). */
function readAllocationFlag(text: string | undefined, io: CliIO): PrepareOptions["allocation"] | null {
  if (text === undefined) return undefined;
  if (text.includes("!")) return { cell: text };
  const amount = parseVietnameseNumber(text);
  if (amount.ok && !amount.value.isNegative()) return { amount: amount.value };
  io.err(`--allocation phải là số tiền (đồng) hoặc một ô 'Sheet!B4' / must be an amount or a cell: ${text}`);
  return null;
}

/** --ngan: "ngàn" for a thousand in the words of an amount (the southern usage); else the default "nghìn". */
export function wordsFlag(values: Record<string, unknown>): { thousandWord: "ngàn" } | undefined {
  return values.ngan ? { thousandWord: "ngàn" } : undefined;
}
