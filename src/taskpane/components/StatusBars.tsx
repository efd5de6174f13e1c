import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { messageIn, type PaneCommandName } from "../i18n";
import { useLang, useStrings } from "../LanguageContext";
import type { Localized, PaneError } from "../usePane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  spinner: { justifyContent: "flex-start" },
});

interface Props {
  busy?: PaneCommandName;
  error?: PaneError;
  notice?: Localized;
  onDismissError(): void;
}

/** Progress of the running command, its error as a message bar, or what it did. Announced to screen readers. */
export function StatusBars({ busy, error, notice, onDismissError }: Props) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite">
      {busy && <Spinner className={styles.spinner} size="tiny" label={s.busy[busy]} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {messageIn(lang, error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissError}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!busy && !error && notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice(s)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
