import { useCallback, useEffect, useRef, useState } from "react";
import type Decimal from "decimal.js";
import type { Finding } from "../core/findings/finding";
import type { WorkbookHost } from "../workbook/host";
import type { PaneCommandName, Strings } from "./i18n";
import { DEFAULT_CHOICES, type Cautions, type CommandResult, type EstimateChoices, type PaneCommands } from "./commands/paneCommands";
import type { PlanSummary } from "./commands/planSummary";

/** A message in whichever language the pane shows when it is rendered. */
export type Localized = (s: Strings) => string;

/** A result for the pane's live region: a new object each time, said once (components/Announcer.tsx). */
export interface Announcement {
  text: Localized;
}

export interface FindingsOf {
  command: PaneCommandName;
  list: Finding[];
}

export interface PaneState {
  summary?: PlanSummary;
  busy?: PaneCommandName;
  error?: PaneError;
  notice?: Localized;
  findings?: FindingsOf;
  total?: { amount: Decimal; words?: string };
  /** What to look at before printing (meal support not counted, a provisional estimate), from the last estimate or attachment. */
  cautions?: Cautions;
  /** The Định mức sheet exists: the pane asks before refreshing it. */
  confirmNorms?: string;
  /** The last command kept cells the user typed; "Ghi đè" reruns it with force. */
  kept?: { command: "estimate" | "check" | "attachment"; cells: number };
  selected?: Finding;
  /** The last result, for screen readers; cleared when a command starts. */
  announcement?: Announcement;
}

export interface PaneActions {
  choices: EstimateChoices;
  setChoices(c: EstimateChoices): void;
  readPlan(): void;
  estimate(force?: boolean): void;
  check?: (force?: boolean) => void;
  attachment?: (force?: boolean) => void;
  norms(replace?: boolean): void;
  /** Định mức learned from last year's dự toán, a file the officer picked. */
  learn?: (file: { name: string; bytes: ArrayBuffer }) => void;
  cancelNorms(): void;
  restore?: () => void;
  /** Quyết toán: writes the Quyết toán sheet from the estimate and the actuals on Phân bổ. */
  settle?: () => void;
  select(f: Finding): void;
  dismissError(): void;
  /** Says a result in the live region (the import preview, an explanation). */
  announce(text: Localized): void;
  /** Runs an outside command (the import panel's) with the pane's progress, errors and findings. */
  runExternal<T extends { findings: Finding[] }>(
    name: PaneCommandName,
    work: () => Promise<T>,
    notice?: (r: T) => Localized | undefined,
  ): Promise<T | undefined>;
}

/** An error in both languages: the adapters' errors carry a finding (src/office/errors.ts); others only a message. */
export interface PaneError {
  message: string;
  messageEn: string;
}

export function paneError(e: unknown): PaneError {
  const carried = typeof e === "object" && e !== null && "finding" in e ? (e as { finding: Partial<Finding> }).finding : undefined;
  if (carried?.message && carried.messageEn) return { message: carried.message, messageEn: carried.messageEn };
  const text = e instanceof Error ? e.message : String(e);
  return { message: text, messageEn: text };
}

/**
 * What the live region says after a command: what it did, the total, the question
 * it asks, and how many results it listed, in one sentence each.
 */
export function resultAnnouncement(name: PaneCommandName, st: PaneState, before?: PaneState): Announcement | undefined {
  const { notice, total, confirmNorms, kept, findings, summary } = st;
  // Only the findings this command listed (Định mức asking first lists none).
  const listed = findings && findings !== before?.findings && findings.command === name ? findings.list.length : undefined;
  const read = name === "read" && summary?.found;
  if (!notice && !total && !confirmNorms && !kept && listed === undefined && !read) return undefined;
  return {
    text: (t) =>
      [
        read && summary
          ? `${t.planWhere(summary.sheet!, summary.headerRow!, summary.lastRow!)}. ${t.planCounts(summary.activities, summary.groups)}.`
          : "",
        notice?.(t) ?? "",
        name === "estimate" && total ? t.totalAnnounced(t.amount(total.amount)) : "",
        confirmNorms ? t.normsExists(confirmNorms) : "",
        kept ? t.overwriteHint(kept.cells) : "",
        listed !== undefined ? t.resultsAnnounced(t.findingsOf[name], listed) : "",
      ]
        .filter(Boolean)
        .join(" "),
  };
}

/** The pane's state and what its buttons do: one command at a time, its progress, errors and findings. */
export function usePane(host: WorkbookHost, commands: PaneCommands): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({});
  const [choices, setChoices] = useState<EstimateChoices>(DEFAULT_CHOICES);
  const busy = useRef(false);
  const port = host.port;

  const run = useCallback(
    async <T>(name: PaneCommandName, work: () => Promise<T>, done: (r: T, prev: PaneState) => PaneState): Promise<T | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      setState((s) => ({
        ...s,
        busy: name,
        error: undefined,
        notice: undefined,
        confirmNorms: undefined,
        kept: undefined,
        announcement: undefined,
      }));
      try {
        const result = await work();
        setState((s) => {
          const next = { ...done(result, s), busy: undefined };
          return { ...next, announcement: resultAnnouncement(name, next, s) };
        });
        return result;
      } catch (e) {
        setState((s) => ({ ...s, busy: undefined, error: paneError(e) }));
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [],
  );

  const findingsOf = (command: PaneCommandName, r: CommandResult): Partial<PaneState> => ({
    findings: { command, list: r.findings },
    selected: undefined,
    ...(r.summary && { summary: r.summary }),
  });

  const readPlan = useCallback(() => {
    void run(
      "read",
      () => commands.readPlan(port),
      (summary, s) => ({ ...s, summary }),
    );
  }, [run, commands, port]);

  // The pane opens on the plan it finds.
  useEffect(readPlan, [readPlan]);

  const refresh = async () => commands.readPlan(port);

  const actions: PaneActions = {
    choices,
    setChoices,
    readPlan,
    estimate: (force = false) =>
      void run(
        "estimate",
        () => commands.estimate(port, choices, force),
        (r, s) => ({
          ...s,
          ...findingsOf("estimate", r),
          total: r.total && { amount: r.total, words: r.words },
          cautions: { mealPending: r.mealPending, provisional: r.provisional },
          notice: r.written ? (t) => t.estimateWritten(r.activities) : (t) => t.nothingWritten,
          kept: r.keptCells ? { command: "estimate", cells: r.keptCells } : undefined,
        }),
      ),
    check:
      commands.check &&
      ((force = false) => {
        const check = commands.check!;
        void run(
          "check",
          () => check(port, choices, force),
          (r, s) => {
            const errors = r.findings.filter((f) => f.severity === "error").length;
            const warnings = r.findings.filter((f) => f.severity === "warning").length;
            return {
              ...s,
              ...findingsOf("check", r),
              notice: (t) => t.checkDone(errors, warnings),
              kept: r.keptCells ? { command: "check", cells: r.keptCells } : undefined,
            };
          },
        );
      }),
    attachment:
      commands.attachment &&
      ((force = false) => {
        const attachment = commands.attachment!;
        void run(
          "attachment",
          () => attachment(port, choices, force),
          (r, s) => ({
            ...s,
            ...findingsOf("attachment", r),
            cautions: { mealPending: r.mealPending, provisional: r.provisional },
            notice: r.written && r.sheet ? (t) => t.attachmentDone(r.sheet!) : (t) => t.nothingWritten,
            kept: r.keptCells ? { command: "attachment", cells: r.keptCells } : undefined,
          }),
        );
      }),
    norms: (replace = false) =>
      void run(
        "norms",
        async () => ({ r: await commands.norms(port, choices, replace), summary: await refresh() }),
        ({ r, summary }, s) => ({
          ...s,
          summary,
          ...(r.exists ? {} : findingsOf("norms", r)),
          confirmNorms: r.exists ? r.sheet : undefined,
          notice: r.count ? (t) => t.normsDone(r.count, r.sheet) : undefined,
        }),
      ),
    learn:
      commands.learn &&
      ((file) => {
        const learn = commands.learn!;
        void run(
          "learn",
          async () => ({ r: await learn(port, file, choices), summary: await refresh() }),
          ({ r, summary }, s) => ({
            ...s,
            summary,
            ...findingsOf("learn", r),
            notice: r.sheet ? (t) => t.learnDone(r.learned, r.unmatched, file.name, r.sheet!) : (t) => t.learnNothing(file.name),
          }),
        );
      }),
    cancelNorms: () => setState((s) => ({ ...s, confirmNorms: undefined })),
    restore:
      commands.restore &&
      (() => {
        const restore = commands.restore!;
        void run(
          "restore",
          async () => ({ r: await restore(port), summary: await refresh() }),
          ({ r, summary }, s) => ({
            ...s,
            summary,
            ...findingsOf("restore", r),
            total: undefined,
            cautions: undefined,
            notice: r.restoredCells || r.deletedSheets.length ? (t) => t.restoreDone(r.restoredCells, r.deletedSheets.length) : undefined,
          }),
        );
      }),
    settle:
      commands.settle &&
      (() => {
        const settle = commands.settle!;
        void run(
          "settle",
          () => settle(port, choices),
          (r, s) => ({
            ...s,
            ...findingsOf("settle", r),
            notice:
              r.written && r.sheet && r.year !== undefined
                ? (t) => t.settleDone(r.sheet!, r.year!, r.yearClosed ?? false)
                : (t) => t.nothingWritten,
          }),
        );
      }),
    select: (f) => {
      if (!f.sheet) return;
      setState((s) => ({ ...s, selected: f }));
      host.select(f.sheet, f.range ?? "A1").catch((e: unknown) => setState((s) => ({ ...s, error: paneError(e) })));
    },
    dismissError: () => setState((s) => ({ ...s, error: undefined })),
    announce: (text) => setState((s) => ({ ...s, announcement: { text } })),
    runExternal: (name, work, notice) =>
      run(
        name,
        async () => ({ r: await work(), summary: await refresh() }),
        ({ r, summary }, s) => ({
          ...s,
          summary,
          findings: { command: name, list: r.findings },
          selected: undefined,
          notice: notice?.(r),
        }),
      ).then((x) => x?.r),
  };
  return [state, actions];
}
