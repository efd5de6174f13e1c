import type { KeyboardEvent } from "react";
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import { messageIn } from "../i18n";
import { useLang, useStrings } from "../LanguageContext";

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const satisfies Record<Severity, string>;

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "start",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke2}` },
  where: { gridColumn: "2", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

/** "Kế hoạch!G3", or the sheet alone. */
export const whereOf = (f: Finding): string => (f.sheet ? (f.range ? `${f.sheet}!${f.range}` : f.sheet) : "");

/**
 * One finding: severity, message in the pane's language, and the cell it is
 * about. When it names a sheet it is a button: a click, Enter or Space selects
 * the cell in the workbook.
 */
export function FindingItem({ finding, selected, onSelect }: { finding: Finding; selected: boolean; onSelect(f: Finding): void }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const message = messageIn(lang, finding);
  const where = whereOf(finding);
  const body = (
    <>
      <Badge appearance="tint" size="small" color={BADGE_COLOR[finding.severity]}>
        {s.severity[finding.severity]}
      </Badge>
      <span>{message}</span>
      {where && <span className={styles.where}>{where}</span>}
    </>
  );
  if (!finding.sheet) return <div className={styles.item}>{body}</div>;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    // Enter selects at once (a native button would also click; one selection is enough).
    if (e.key === "Enter") {
      e.preventDefault();
      onSelect(finding);
    }
  };
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.clickable, selected && styles.selected)}
      aria-label={s.findingLabel(s.severity[finding.severity], message, where)}
      aria-current={selected ? "true" : undefined}
      data-finding-code={finding.code}
      onClick={() => onSelect(finding)}
      onKeyDown={onKeyDown}
    >
      {body}
    </button>
  );
}
