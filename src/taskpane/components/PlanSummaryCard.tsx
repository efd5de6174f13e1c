import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import type { PlanSummary } from "../commands/planSummary";
import { useStrings } from "../LanguageContext";
import { FindingItem } from "./FindingItem";
import { Card } from "./Card";
import { ViText } from "./ViText";

const useStyles = makeStyles({
  top: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  where: { flexGrow: 1, margin: 0, fontWeight: tokens.fontWeightSemibold },
  line: { margin: `${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0 },
  sub: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  kinds: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  problems: { listStyleType: "none", margin: 0, padding: 0 },
  ok: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
});

const isoToVn = (iso: string) => iso.split("-").reverse().join("/");

/** The plan the pane found: where, how many activities, the kinds it recognised, the rows it could not read and why. */
export function PlanSummaryCard({
  summary,
  busy,
  selected,
  onReload,
  onSelect,
}: {
  summary?: PlanSummary;
  busy: boolean;
  selected?: Finding;
  onReload(): void;
  onSelect(f: Finding): void;
}) {
  const s = useStrings();
  const styles = useStyles();
  const reload = (
    <Button size="small" appearance="subtle" disabledFocusable={busy} aria-label={s.readAgainLabel} onClick={onReload}>
      {s.readAgain}
    </Button>
  );
  return (
    <Card headingId="plan-heading" heading={s.planHeading} action={reload}>
      {summary && !summary.found && <p className={styles.line}>{s.noPlan}</p>}
      {summary?.found && (
        <>
          <div className={styles.top}>
            <p className={styles.where}>
              <ViText text={s.planWhere(summary.sheet!, summary.headerRow!, summary.lastRow!)} names={[summary.sheet!]} />
            </p>
          </div>
          <p className={styles.line}>{s.planCounts(summary.activities, summary.groups)}</p>
          {(summary.number || summary.date || summary.province || summary.statedTotal) && (
            <dl className={styles.facts} aria-label={s.planFacts}>
              {summary.number && (
                <>
                  <dt className={styles.term}>{s.planNumber}</dt>
                  <dd className={styles.def} lang="vi">
                    {summary.number}
                  </dd>
                </>
              )}
              {summary.date && (
                <>
                  <dt className={styles.term}>{s.planDate}</dt>
                  <dd className={styles.def}>{isoToVn(summary.date)}</dd>
                </>
              )}
              {summary.province && (
                <>
                  <dt className={styles.term}>{s.planProvince}</dt>
                  <dd className={styles.def} lang="vi">
                    {summary.province}
                  </dd>
                </>
              )}
              {summary.statedTotal && (
                <>
                  <dt className={styles.term}>{s.planStatedTotal}</dt>
                  <dd className={styles.def}>{s.amount(summary.statedTotal)}</dd>
                </>
              )}
            </dl>
          )}
          {summary.kinds.length > 0 && (
            <>
              <h3 className={styles.sub} id="kinds-heading">
                {s.kindsHeading}
              </h3>
              <ul className={styles.kinds} aria-labelledby="kinds-heading">
                {summary.kinds.map((k) => (
                  <li key={k.kind}>
                    <Badge appearance="outline" color="brand" title={k.guessed ? s.kindGuessed(k.guessed) : undefined}>
                      {s.kinds[k.kind]} × {k.count}
                      {k.guessed ? "*" : ""}
                    </Badge>
                  </li>
                ))}
              </ul>
              {summary.kinds.some((k) => k.guessed) && (
                <p className={styles.line}>* {s.kindGuessed(summary.kinds.reduce((n, k) => n + k.guessed, 0))}</p>
              )}
            </>
          )}
        </>
      )}
      {summary && summary.problems.length > 0 && (
        <>
          <h3 className={styles.sub} id="problems-heading">
            {s.problemsHeading(summary.problems.length)}
          </h3>
          <ul className={styles.problems} aria-labelledby="problems-heading">
            {summary.problems.map((f, i) => (
              <li key={`${f.code}-${f.range ?? ""}-${i}`}>
                <FindingItem finding={f} selected={f === selected} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </>
      )}
      {summary?.found && summary.problems.length === 0 && <p className={styles.ok}>{s.noProblems}</p>}
    </Card>
  );
}
