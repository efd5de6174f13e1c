import type Decimal from "decimal.js";
import { finding, type Finding } from "../../core/findings/finding";
import { parseDate, type IsoDate } from "../../core/dates/isoDate";
import type { FitMode } from "../../core/fit/fitEstimate";
import { money, sum } from "../../core/money/money";
import type { RoundingRule } from "../../core/money/rounding";
import type { Period } from "../../core/plan/years";
import { amountInWords } from "../../core/words/amountInWords";
import type { WorkbookPort } from "../../workbook/port";
import { readBook } from "../../workbook/port";
import { pickSheets } from "../../workbook/commands/sheets";
import { runEstimate } from "../../workbook/commands/estimate";
import { readPlan } from "../../workbook/readPlan";
import { summarizePlan, type PlanSummary } from "./planSummary";
import { runNorms } from "../../workbook/commands/norms";
import type { ExplainResult } from "../../workbook/commands/explain";
import type { SelectedCell } from "../paneHost";

/** The choices of the Tính dự toán section, shared by the commands that estimate. */
export interface EstimateChoices {
  rounding: RoundingRule;
  /** The norms date as typed (the date input gives yyyy-mm-dd), or "" for the plan's own date. */
  normsDate: string;
  /** Province, or "" for the plan's own. */
  province: string;
  thousandWord: "nghìn" | "ngàn";
  /** Fit the lines to the plan's stated amounts or to the allocation; "" keeps the norms' own estimate. */
  fit: "" | FitMode;
  /** One year of a multi-year plan ("2018"), as the command line's --year; "" for the whole period (or a one-year plan). */
  year: string;
}

export const DEFAULT_CHOICES: EstimateChoices = {
  rounding: "dong",
  normsDate: "",
  province: "",
  thousandWord: "nghìn",
  fit: "",
  year: "",
};

/** The year chosen, when it is one of the plan's period; else undefined (the whole period). */
export function choiceYear(c: EstimateChoices, period: Period | undefined): number | undefined {
  const year = Number(c.year);
  return c.year && period && Number.isInteger(year) && year >= period.from && year <= period.to ? year : undefined;
}

export interface CommandResult {
  findings: Finding[];
  /** Cells the user typed that the safety net kept (the pane offers "Ghi đè"). */
  keptCells: number;
  /** The plan as the command read it, when it read it. */
  summary?: PlanSummary;
}

/** What the officer must see before printing: meal support not yet counted, and why the estimate is provisional. */
export interface Cautions {
  /** Activities whose delegates' meal support waits for their count, and the most it could add. */
  mealPending?: { activities: number; atStake: Decimal };
  /** The reasons the attachment is marked TẠM TÍNH. */
  provisional: string[];
}

/** The meal support the estimate left out for want of the guests' count (its "guests-unknown" warnings). */
export function mealPending(findings: readonly Finding[]): Cautions["mealPending"] {
  const pending = findings.filter((f) => f.code === "guests-unknown");
  if (!pending.length) return undefined;
  return { activities: pending.length, atStake: sum(pending.map((f) => money(f.amounts?.atStake ?? 0))) };
}

export interface EstimateResult extends CommandResult, Cautions {
  total?: Decimal;
  words?: string;
  activities: number;
  written: boolean;
}

export interface AttachmentResult extends CommandResult, Cautions {
  sheet?: string;
  written: boolean;
}

export interface NormsResult extends CommandResult {
  sheet: string;
  count: number;
  /** The sheet held rows and was left alone: ask before refreshing. */
  exists: boolean;
}

export interface LearnPaneResult extends CommandResult {
  /** Levels learned (norm codes) and lines that matched no norm. */
  learned: number;
  unmatched: number;
  /** The Định mức sheet written, when something was learned. */
  sheet?: string;
}

export interface SettleResult extends CommandResult {
  /** The Quyết toán sheet, when it was written. */
  sheet?: string;
  written: boolean;
  /** The plan's year, and whether it is over (a quyết toán) or not yet (spending so far). */
  year?: number;
  yearClosed?: boolean;
}

export interface RestoreResult extends CommandResult {
  restoredCells: number;
  deletedSheets: string[];
}

/**
 * What the pane can do to a workbook. A command that is not available in this
 * build is left undefined and its button is not shown.
 */
export interface PaneCommands {
  readPlan(port: WorkbookPort): Promise<PlanSummary>;
  estimate(port: WorkbookPort, choices: EstimateChoices, force?: boolean): Promise<EstimateResult>;
  check?(port: WorkbookPort, choices: EstimateChoices, force?: boolean): Promise<CommandResult>;
  attachment?(port: WorkbookPort, choices: EstimateChoices, force?: boolean): Promise<AttachmentResult>;
  norms(port: WorkbookPort, choices: EstimateChoices, replace: boolean): Promise<NormsResult>;
  /** Định mức from last year's dự toán (an .xlsx file the officer picks): the unit's own levels, restorable. */
  learn?(port: WorkbookPort, file: { name: string; bytes: ArrayBuffer }, choices: EstimateChoices): Promise<LearnPaneResult>;
  restore?(port: WorkbookPort): Promise<RestoreResult>;
  /** Quyết toán: the estimate against the actuals on Phân bổ, as of today (an assumed date: a finding, not printed). */
  settle?(port: WorkbookPort, choices: EstimateChoices): Promise<SettleResult>;
  /** Giải thích: how a cell the add-in wrote was made, with the same options as the estimate; reads, never writes. */
  explain?(port: WorkbookPort, cell: SelectedCell, choices: EstimateChoices): Promise<ExplainResult>;
}

/** The norms date the officer typed, through the one date parser: undefined when empty, a finding when unreadable. */
export function choiceDate(c: EstimateChoices): { date?: IsoDate; finding?: Finding } {
  if (!c.normsDate.trim()) return {};
  const date = parseDate(c.normsDate);
  if (date.ok) return { date: date.date };
  return {
    finding: finding(
      "error",
      "unreadable-norms-date",
      `Ngày áp dụng định mức: ${date.reason}. Không có ô nào bị thay đổi.`,
      `Norms in force on: ${date.reasonEn}. No cell was changed.`,
    ),
  };
}

const optionsOf = (c: EstimateChoices) => ({
  rounding: c.rounding,
  normsDate: choiceDate(c).date,
  province: c.province.trim() || undefined,
  fit: c.fit || undefined,
  // The pane offers only the years of the plan's period (EstimateSection); a year outside it is the command's error.
  year: c.year && Number.isInteger(Number(c.year)) ? Number(c.year) : undefined,
});

/** A command refused before it reads anything: the choices themselves are wrong. */
const refusal = (c: EstimateChoices): CommandResult | undefined => {
  const bad = choiceDate(c).finding;
  return bad && { findings: [bad], keptCells: 0 };
};

const keptOf = (findings: readonly Finding[]) => findings.filter((f) => f.code === "user-value-kept").length;

/**
 * The commands of src/workbook, as the pane calls them. Tính dự toán, reading
 * the plan and Định mức are in the initial bundle; the rest load on first use.
 */
export const paneCommands: PaneCommands = {
  async readPlan(port) {
    const book = await readBook(port, (sheets) => pickSheets(sheets, ["plan", "info"]));
    return summarizePlan(readPlan(book));
  },

  async estimate(port, choices, force = false) {
    const refused = refusal(choices);
    if (refused) return { ...refused, activities: 0, written: false, provisional: [] };
    const r = await runEstimate(port, { ...optionsOf(choices), force });
    const total = r.estimate?.total;
    return {
      findings: r.findings,
      keptCells: keptOf(r.findings),
      summary: summarizePlan(r.reading),
      total,
      words: total && amountInWords(total, { thousandWord: choices.thousandWord }),
      activities: r.estimate?.activities.length ?? 0,
      written: r.writes.length > 0,
      mealPending: mealPending(r.findings),
      provisional: r.estimate?.activities.filter((a) => !a.complete).map((a) => `${a.activity.stt} ${a.activity.name}`.trim()) ?? [],
    };
  },

  async check(port, choices, force = false) {
    const refused = refusal(choices);
    if (refused) return refused;
    const { runCheck } = await import(/* webpackChunkName: "check" */ "../../workbook/commands/check");
    const r = await runCheck(port, { ...optionsOf(choices), force });
    return { findings: r.findings, keptCells: keptOf(r.findings), summary: summarizePlan(r.reading) };
  },

  async attachment(port, choices, force = false) {
    const refused = refusal(choices);
    if (refused) return { ...refused, written: false, provisional: [] };
    const { runAttachment } = await import(/* webpackChunkName: "attachment" */ "../../workbook/commands/attachment");
    const r = await runAttachment(port, { ...optionsOf(choices), words: { thousandWord: choices.thousandWord }, force });
    return {
      findings: r.findings,
      keptCells: keptOf(r.findings),
      summary: summarizePlan(r.reading),
      sheet: r.layout?.sheet,
      written: r.writes.length > 0,
      mealPending: mealPending(r.findings),
      provisional: r.layout?.provisional ?? [],
    };
  },

  async norms(port, choices, replace) {
    const refused = refusal(choices);
    if (refused) return { ...refused, sheet: "", count: 0, exists: false };
    const r = await runNorms(port, {
      normsDate: choiceDate(choices).date,
      province: choices.province.trim() || undefined,
      replace,
      force: replace,
    });
    return { findings: r.findings, keptCells: keptOf(r.findings), sheet: r.sheet, count: r.count, exists: r.exists && !replace };
  },

  async learn(port, file, choices) {
    const refused = refusal(choices);
    if (refused) return { ...refused, learned: 0, unmatched: 0 };
    // ExcelJS and the matcher load only when the officer picks a file.
    const [{ bookFromBytes }, { learnNorms, learnedNorms }] = await Promise.all([
      import(/* webpackChunkName: "learn" */ "../../xlsx/bookFromBytes"),
      import(/* webpackChunkName: "learn" */ "../../workbook/learnNorms"),
    ]);
    const learned = learnNorms(await bookFromBytes(file.bytes));
    const result = { learned: learned.proposals.length, unmatched: learned.unmatched.length };
    if (!learned.proposals.length) return { findings: learned.findings, keptCells: 0, ...result };
    const r = await runNorms(port, {
      normsDate: choiceDate(choices).date,
      province: choices.province.trim() || undefined,
      learned: learnedNorms(learned, file.name),
      replace: true,
      force: true,
    });
    return { findings: [...learned.findings, ...r.findings], keptCells: keptOf(r.findings), sheet: r.sheet, ...result };
  },

  async settle(port, choices) {
    const refused = refusal(choices);
    if (refused) return { ...refused, written: false };
    const { runSettle } = await import(/* webpackChunkName: "settle" */ "../../workbook/commands/settle");
    const r = await runSettle(port, { ...optionsOf(choices), words: { thousandWord: choices.thousandWord } });
    return {
      findings: r.findings,
      keptCells: keptOf(r.findings),
      summary: summarizePlan(r.reading),
      sheet: r.layout?.sheet,
      written: r.writes.length > 0,
      year: r.settlement?.period.year,
      yearClosed: r.settlement?.period.yearClosed,
    };
  },

  async explain(port, cell, choices) {
    const refused = refusal(choices);
    if (refused) return { findings: refused.findings };
    const { runExplain } = await import(/* webpackChunkName: "explain" */ "../../workbook/commands/explain");
    return runExplain(port, cell, { ...optionsOf(choices), words: { thousandWord: choices.thousandWord } });
  },

  async restore(port) {
    const { runRestore } = await import(/* webpackChunkName: "restore" */ "../../workbook/safety/restore");
    const r = await runRestore(port);
    return { findings: r.findings, keptCells: 0, restoredCells: r.restoredCells, deletedSheets: r.deletedSheets };
  },
};
