import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import { useStrings } from "../LanguageContext";
import type { FindingsOf } from "../usePane";
import { FindingItem } from "./FindingItem";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** The findings of the last command, errors first; each selects its cell. */
export function FindingsList({ findings, selected, onSelect }: { findings: FindingsOf; selected?: Finding; onSelect(f: Finding): void }) {
  const s = useStrings();
  const styles = useStyles();
  const sorted = [...findings.list].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={styles.heading}>
        {s.findingsOf[findings.command]} — {s.findingsHeading(sorted.length)}
      </h2>
      {sorted.length === 0 ? (
        <p className={styles.empty}>{s.noFindings}</p>
      ) : (
        <ul className={styles.list} aria-labelledby="findings-heading">
          {sorted.map((f, i) => (
            <li key={`${f.code}-${f.sheet ?? ""}-${f.range ?? ""}-${i}`}>
              <FindingItem finding={f} selected={f === selected} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
