import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
  line: { margin: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  // A real colour, not an opacity: white on the brand blue is 5,4:1 (4,5:1 is required).
  host: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForegroundOnBrand },
  // Fluent's transparent button turns brand blue on hover and press, the header's own colour (1:1):
  // here it stays white on a darker blue.
  switch: {
    color: tokens.colorNeutralForegroundOnBrand,
    flexShrink: 0,
    ":hover": { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ":hover:active": { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
    ":focus-visible": { outlineColor: tokens.colorNeutralForegroundOnBrand },
  },
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
        <p className={mergeClasses(styles.host, styles.line)}>{s.workbook(hostLabel)}</p>
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
