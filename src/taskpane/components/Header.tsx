import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../i18n";
import { useStrings } from "../LanguageContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  titles: { flexGrow: 1, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  host: { fontSize: tokens.fontSizeBase200, opacity: 0.85 },
  switch: { color: tokens.colorNeutralForegroundOnBrand, flexShrink: 0 },
});

/** The pane's title, the workbook it works on, and the language switch. */
export function Header({ hostLabel, lang, onLang }: { hostLabel: string; lang: Lang; onLang(lang: Lang): void }) {
  const s = useStrings();
  const styles = useStyles();
  const other: Lang = lang === "vi" ? "en" : "vi";
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <div className={styles.host}>{s.workbook(hostLabel)}</div>
      </div>
      <Button
        className={styles.switch}
        appearance="transparent"
        size="small"
        lang={other}
        aria-label={s.switchLanguageLabel}
        onClick={() => onLang(other)}
      >
        {s.switchLanguage}
      </Button>
    </header>
  );
}
