import { useId, type KeyboardEvent } from "react";
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import { messageIn } from "../i18n";
import { useLang, useStrings } from "../LanguageContext";
import { ViText, visuallyHidden } from "./ViText";

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
  hidden: visuallyHidden,
});

/** "Kế hoạch!G3", or the sheet alone. */
export const whereOf = (f: Finding): string => (f.sheet ? (f.range ? `${f.sheet}!${f.range}` : f.sheet) : "");

/**
 * One finding: severity, message in the pane's language, and the cell it is
 * about. When it names a sheet it is a button: a click, Enter or Space selects
 * the cell in the workbook. Its name is what it shows (severity, message, cell:
 * the visible label is the spoken one), its description how to select the cell;
 * Vietnamese names in an English message are marked lang="vi".
 */
export function FindingItem({ finding, selected, onSelect }: { finding: Finding; selected: boolean; onSelect(f: Finding): void }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const message = messageIn(lang, finding);
  const where = whereOf(finding);
  const hintId = useId();
  const body = (
    <>
      <Badge appearance="tint" size="small" color={BADGE_COLOR[finding.severity]}>
        {s.severity[finding.severity]}
        <span className={styles.hidden}>:</span>
      </Badge>
      <span>
        <ViText text={message} names={finding.sheet ? [finding.sheet] : []} />
      </span>
      {where && (
        <span className={styles.where} lang="vi">
          {where}
        </span>
      )}
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
  // The description is outside the button (hidden; aria-describedby reads hidden text), so the name stays what is shown.
  return (
    <>
      <button
        type="button"
        className={mergeClasses(styles.item, styles.clickable, selected && styles.selected)}
        aria-describedby={hintId}
        aria-current={selected ? "true" : undefined}
        data-finding-code={finding.code}
        onClick={() => onSelect(finding)}
        onKeyDown={onKeyDown}
      >
        {body}
      </button>
      <span id={hintId} hidden>
        {s.selectHint(where)}
      </span>
    </>
  );
}
