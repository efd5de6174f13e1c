import { useCallback, useEffect, useRef, useState } from "react";
import type Decimal from "decimal.js";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { formatDmy } from "../../core/dates/isoDate";
import { formatVnd } from "../../core/money/money";
import type { CellRef } from "../../core/plan/plan";
import type { ExplainResult } from "../../workbook/commands/explain";
import type { ExplainedPart, Explanation } from "../../workbook/explain/explanation";
import type { EstimateChoices, PaneCommands } from "../commands/paneCommands";
import { messageIn, sentence, type Strings } from "../i18n";
import { useLang, useStrings } from "../LanguageContext";
import type { PaneHost, SelectedCell } from "../paneHost";
import type { PaneActions, PaneError } from "../usePane";
import { paneError } from "../usePane";
import { Card } from "../components/Card";
import { FindingItem } from "../components/FindingItem";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  head: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  amount: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: "anywhere" },
  parts: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  part: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  description: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  sum: { margin: 0 },
  go: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const refText = (c: CellRef) => `${c.sheet}!${c.address}`;

/** A number as the pane's language writes it: 1.234.567,5 in Vietnamese, 1,234,567.5 in English. */
const numberIn = (s: Strings, value: Decimal) =>
  s.lang === "vi" ? formatVnd(value) : formatVnd(value).replace(/[.,]/g, (c) => (c === "." ? "," : "."));

export interface ExplainPanelProps {
  host: PaneHost;
  choices: EstimateChoices;
  explain: NonNullable<PaneCommands["explain"]>;
  announce: PaneActions["announce"];
}

/** What the live region says about an explanation: the cell, its amount and its lines, or why it cannot be explained. */
function explainedText(r: ExplainResult, asked: SelectedCell): (t: Strings) => string {
  const e = r.explanation;
  return (t) => {
    if (e?.kind !== undefined && e.amount)
      return t.explainAnnounced(refText(e.cell), e.kind === "words" ? t.explainKind.words : t.amount(e.amount), e.parts.length);
    const f = r.findings[0];
    return f ? sentence(messageIn(t.lang === "en" ? "en" : "vi", f)) : t.explainCell(refText(asked));
  };
}

/**
 * Giải thích: the cell selected in the workbook, explained. Follows the selection
 * where the host reports it (Excel's selection event), and always offers a button
 * that explains the cell selected now; each source cell has a button that selects it.
 * Loaded when its tab is first opened.
 */
export default function ExplainPanel({ host, choices, explain, announce }: ExplainPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<ExplainResult>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<PaneError>();
  const seq = useRef(0);
  /** The cell the pane itself just selected (a source): its selection event is not a new question. */
  const wentTo = useRef<string | undefined>(undefined);
  const latest = useRef({ choices, explain, announce });
  latest.current = { choices, explain, announce };

  const explainCell = useCallback(
    async (cell: SelectedCell) => {
      const mine = ++seq.current;
      setLoading(true);
      setError(undefined);
      try {
        const r = await latest.current.explain(host.port, cell, latest.current.choices);
        if (mine !== seq.current) return;
        setResult(r);
        latest.current.announce(explainedText(r, cell));
      } catch (e) {
        if (mine === seq.current) setError(paneError(e));
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [host],
  );

  const explainSelected = useCallback(async () => {
    if (!host.selectedCell) return;
    try {
      await explainCell(await host.selectedCell());
    } catch (e) {
      setError(paneError(e));
    }
  }, [host, explainCell]);

  // Follow the selection: explain the cell selected now, then each new one.
  useEffect(() => {
    if (!host.selectionEvents || !host.onSelectionChanged) return;
    let stop: (() => Promise<void>) | undefined;
    let gone = false;
    void explainSelected();
    host
      .onSelectionChanged((cell) => {
        const key = refText(cell);
        if (wentTo.current === key) {
          wentTo.current = undefined;
          return;
        }
        void explainCell(cell);
      })
      .then((off) => {
        if (gone) void off();
        else stop = off;
      })
      .catch((e: unknown) => setError(paneError(e)));
    return () => {
      gone = true;
      void stop?.();
    };
  }, [host, explainCell, explainSelected]);

  const goTo = (cell: CellRef) => {
    wentTo.current = refText(cell);
    host.select(cell.sheet, cell.address).catch((e: unknown) => {
      wentTo.current = undefined;
      setError(paneError(e));
    });
  };

  return (
    <Card headingId="explain-heading" heading={s.explainHeading}>
      <div className={styles.stack}>
        <p className={styles.line}>{s.explainIntro}</p>
        <p className={styles.line}>{host.selectionEvents ? s.explainFollowing : s.explainNoEvents}</p>
        <Button onClick={() => void explainSelected()} disabledFocusable={loading}>
          {s.explainSelected}
        </Button>
        {loading && <Spinner size="tiny" label={s.explainBusy} />}
        {error && <ErrorLine error={error} />}
        {result && <Explained result={result} goTo={goTo} />}
      </div>
    </Card>
  );
}

function ErrorLine({ error }: { error: PaneError }) {
  const lang = useLang();
  return <p role="alert">{messageIn(lang, error)}</p>;
}

/** A button that selects a source cell; its visible text is the cell, its name says what it does. */
function GoTo({ cell, goTo }: { cell: CellRef; goTo(c: CellRef): void }) {
  const s = useStrings();
  const styles = useStyles();
  const ref = refText(cell);
  return (
    <Button className={styles.go} size="small" appearance="transparent" aria-label={s.goToCell(ref)} onClick={() => goTo(cell)}>
      <span lang="vi">{ref}</span>
    </Button>
  );
}

function Explained({ result, goTo }: { result: ExplainResult; goTo(c: CellRef): void }) {
  const s = useStrings();
  const styles = useStyles();
  const e = result.explanation;
  if (!e || e.kind === undefined) {
    return (
      <ul className={styles.list} aria-label={result.cell ? s.explainCell(refText(result.cell)) : s.explainHeading}>
        {result.findings.map((f, i) => (
          <li key={`${f.code}-${i}`}>
            <FindingItem finding={f} selected={false} onSelect={(x) => x.sheet && goTo({ sheet: x.sheet, address: x.range ?? "A1" })} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section aria-labelledby="explained-heading" data-testid="explanation">
      <h3 id="explained-heading" className={styles.head}>
        {s.explainCell(refText(e.cell))} — {s.explainKind[e.kind]}
      </h3>
      {e.amount && (
        <p className={styles.amount} data-testid="explained-amount">
          {s.amount(e.amount)}
        </p>
      )}
      <Facts e={e} goTo={goTo} />
      <h4 className={styles.head} id="explained-parts">
        {s.explainParts(e.parts.length)}
      </h4>
      <ul className={styles.parts} aria-labelledby="explained-parts">
        {e.parts.map((p, i) => (
          <li key={i} className={styles.part}>
            <Part part={p} e={e} goTo={goTo} />
          </li>
        ))}
      </ul>
      {e.findings.length > 0 && (
        <ul className={styles.list}>
          {e.findings.map((f, i) => (
            <li key={`${f.code}-${i}`}>
              <FindingItem finding={f} selected={false} onSelect={(x) => x.sheet && goTo({ sheet: x.sheet, address: x.range ?? "A1" })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Facts({ e, goTo }: { e: Explanation; goTo(c: CellRef): void }) {
  const s = useStrings();
  const styles = useStyles();
  const options = [e.rounding && s.explainRounding[e.rounding], e.fit && s.explainFit[e.fit]].filter(Boolean);
  return (
    <dl className={styles.facts}>
      {e.activity && (
        <>
          <dt className={styles.term}>{s.explainPlanRow(e.activity.row !== undefined ? String(e.activity.row) : "—")}</dt>
          <dd className={styles.def}>
            <span lang="vi">{e.activity.name}</span> {e.activity.cell && <GoTo cell={e.activity.cell} goTo={goTo} />}
          </dd>
        </>
      )}
      {e.formula && (
        <>
          <dt className={styles.term}>{s.explainFormula}</dt>
          <dd className={styles.def}>
            <code>{e.formula}</code>
          </dd>
        </>
      )}
      {e.norms && (
        <>
          <dt className={styles.term}>{s.explainNorm}</dt>
          <dd className={styles.def}>
            {s.explainNorms(formatDmy(e.norms.date), e.norms.province)}
            {options.length > 0 && `; ${options.join("; ")}`}
          </dd>
        </>
      )}
    </dl>
  );
}

function Part({ part: p, e, goTo }: { part: ExplainedPart; e: Explanation; goTo(c: CellRef): void }) {
  const s = useStrings();
  const styles = useStyles();
  const n = (d: Decimal) => numberIn(s, d);
  const norm = p.norm;
  return (
    <>
      <p className={styles.description} lang="vi">
        {p.description}
        {e.kind !== "line" && ` — ${p.activity.row}. ${p.activity.name}`}
      </p>
      <p className={styles.sum}>
        {n(p.quantity)} <span lang="vi">{p.unit}</span> × {n(p.unitCost)} = {s.amount(p.amount)}
        {!p.exact.eq(p.amount) && ` (${s.explainExact(n(p.exact))})`}
      </p>
      <dl className={styles.facts}>
        {p.factors.length > 0 && (
          <>
            <dt className={styles.term}>{s.explainQuantity}</dt>
            <dd className={styles.def}>
              {p.factors.map((f, i) => (
                <span key={i}>
                  {i > 0 && " × "}
                  {n(f.value)} <span lang={s.lang === "vi" ? "vi" : "en"}>{s.lang === "vi" ? f.label : f.labelEn}</span>
                  {f.assumed && ` (${s.explainAssumed})`}
                  {f.cell && <GoTo cell={f.cell} goTo={goTo} />}
                </span>
              ))}
              {!p.factorsComplete && ` ≠ ${n(p.quantity)}`}
            </dd>
          </>
        )}
        <dt className={styles.term}>{s.explainUnitCost}</dt>
        <dd className={styles.def}>
          {p.unitCostCell ? (
            <>
              {s.explainTyped} <GoTo cell={p.unitCostCell} goTo={goTo} />
            </>
          ) : norm ? (
            <>
              {s.explainNorm} <code>{norm.code}</code> ({s.explainStatus[norm.status]}): {s.explainLevel} {s.amount(norm.level)}/
              <span lang="vi">{norm.unit}</span>, {s.explainCap[norm.cap]}
              {norm.override && (
                <>
                  ; {s.explainOverride} <GoTo cell={norm.override} goTo={goTo} />
                </>
              )}
            </>
          ) : (
            s.explainStatus[p.status]
          )}
        </dd>
        <dt className={styles.term}>{s.explainBasis}</dt>
        <dd className={styles.def} lang="vi">
          {p.basis}
        </dd>
        {norm?.source && !norm.override && (
          <>
            <dt className={styles.term}>{s.explainSource}</dt>
            <dd className={styles.def} lang="vi">
              {norm.source}
            </dd>
          </>
        )}
        {p.fitted && (
          <>
            <dt className={styles.term}>{s.explainFit[p.fitted.mode]}</dt>
            <dd className={styles.def}>{s.explainFitted(n(p.fitted.normUnitCost), s.amount(p.fitted.normAmount))}</dd>
          </>
        )}
        {e.kind === "line" && p.writtenAt.length > 0 && (
          <>
            <dt className={styles.term}>{s.explainWrittenAt}</dt>
            <dd className={styles.def}>
              {p.writtenAt.map((c) => (
                <GoTo key={refText(c)} cell={c} goTo={goTo} />
              ))}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
