import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../LanguageContext";
import type { PaneActions, PaneState } from "../usePane";
import { Card } from "./Card";

const useStyles = makeStyles({
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  bar: { marginTop: tokens.spacingVerticalS },
  hints: { display: "none" },
});

/** Kiểm tra, Phụ lục, Định mức and Hoàn tác, with the questions they may ask (refresh the norms? overwrite?). */
export function ActionsSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const s = useStrings();
  const styles = useStyles();
  const busy = state.busy !== undefined;
  const overwrite = (command: NonNullable<PaneState["kept"]>["command"]) => {
    if (command === "estimate") actions.estimate(true);
    else if (command === "check") actions.check?.(true);
    else actions.attachment?.(true);
  };
  return (
    <Card headingId="actions-heading" heading={s.actionsLabel}>
      <div className={styles.buttons}>
        {actions.check && (
          <Button disabled={busy} onClick={() => actions.check!()} aria-describedby="check-hint">
            {s.runCheck}
          </Button>
        )}
        {actions.attachment && (
          <Button disabled={busy} onClick={() => actions.attachment!()} aria-describedby="attachment-hint">
            {s.runAttachment}
          </Button>
        )}
        <Button disabled={busy} onClick={() => actions.norms()} aria-describedby="norms-hint">
          {s.runNorms}
        </Button>
        {actions.restore && (
          <Button disabled={busy} onClick={actions.restore} aria-describedby="restore-hint">
            {s.restore}
          </Button>
        )}
      </div>
      <div className={styles.hints}>
        <span id="check-hint">{s.runCheckHint}</span>
        <span id="attachment-hint">{s.runAttachmentHint}</span>
        <span id="norms-hint">{s.runNormsHint}</span>
        <span id="restore-hint">{s.restoreHint}</span>
      </div>
      {state.confirmNorms && (
        <MessageBar className={styles.bar} intent="warning">
          <MessageBarBody>{s.normsExists(state.confirmNorms)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => actions.norms(true)}>
              {s.normsRefresh}
            </Button>
            <Button size="small" onClick={actions.cancelNorms}>
              {s.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kept && (
        <MessageBar className={styles.bar} intent="warning">
          <MessageBarBody>{s.overwriteHint(state.kept.cells)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => overwrite(state.kept!.command)}>
              {s.overwrite}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </Card>
  );
}
