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
import { ViText } from "./ViText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  spinner: { justifyContent: "flex-start" },
});

interface Props {
  busy?: PaneCommandName;
  error?: PaneError;
  notice?: Localized;
  /** Sheet names and such in the notice, marked lang="vi" in the English view. */
  names?: readonly string[];
  onDismissError(): void;
}

/**
 * Progress of the running command, its error as a message bar (an alert), or what
 * it did. The result is spoken by the pane's one live region (Announcer), not here,
 * so that it is said once. Each bar is named by its own text.
 */
export function StatusBars({ busy, error, notice, names, onDismissError }: Props) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <div className={styles.root}>
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
        <MessageBar intent="success" aria-labelledby="pane-notice">
          <MessageBarBody id="pane-notice">
            <ViText text={notice(s)} names={names} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
