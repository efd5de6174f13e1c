import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { useStrings } from "../LanguageContext";
import type { PaneActions, PaneState } from "../usePane";
import { Card } from "./Card";

const useStyles = makeStyles({
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  bar: { marginTop: tokens.spacingVerticalS },
  hints: { display: "none" },
});

/** Kiểm tra, Phụ lục, Định mức, Quyết toán and Hoàn tác, with the questions they may ask (refresh the norms? overwrite?). */
export function ActionsSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const s = useStrings();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
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
        {actions.learn && (
          <>
            <Button disabled={busy} onClick={() => picker.current?.click()} aria-describedby="learn-hint">
              {s.learn}
            </Button>
            <input
              ref={picker}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={s.learn}
              className={styles.hints}
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) actions.learn!({ name: file.name, bytes: await readBytes(file) });
              }}
            />
          </>
        )}
        {actions.settle && (
          <Button disabled={busy} onClick={actions.settle} aria-describedby="settle-hint">
            {s.runSettle}
          </Button>
        )}
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
        <span id="learn-hint">{s.learnHint}</span>
        <span id="restore-hint">{s.restoreHint}</span>
        <span id="settle-hint">{s.runSettleHint}</span>
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

/** A picked file's bytes (FileReader: in every webview Office uses, and in the test's jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
