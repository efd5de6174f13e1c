import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type RefObject } from "react";
import { useStrings } from "../LanguageContext";
import type { PaneActions, PaneState } from "../usePane";
import { Card } from "./Card";
import { ViText } from "./ViText";

const useStyles = makeStyles({
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  bar: { marginTop: tokens.spacingVerticalS },
  hints: { display: "none" },
});

/**
 * Kiểm tra, Phụ lục, Định mức, Quyết toán and Hoàn tác, with the questions they may ask (refresh the norms? overwrite?).
 * While a command runs the buttons are aria-disabled, not disabled: the pressed one keeps the focus. A question's
 * buttons go away once answered, so the answer gives the focus back to the command's own button.
 */
export function ActionsSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const s = useStrings();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  const attachmentButton = useRef<HTMLButtonElement>(null);
  const normsButton = useRef<HTMLButtonElement>(null);
  const busy = state.busy !== undefined;
  const focus = (button: RefObject<HTMLButtonElement | null>) => button.current?.focus();
  const overwrite = (command: NonNullable<PaneState["kept"]>["command"]) => {
    if (command === "estimate") {
      // The Tính dự toán button is the estimate section's.
      document.getElementById("estimate-run")?.focus();
      actions.estimate(true);
    } else if (command === "check") {
      focus(checkButton);
      actions.check?.(true);
    } else {
      focus(attachmentButton);
      actions.attachment?.(true);
    }
  };
  return (
    <Card headingId="actions-heading" heading={s.actionsLabel}>
      <div className={styles.buttons}>
        {actions.check && (
          <Button ref={checkButton} disabledFocusable={busy} onClick={() => actions.check!()} aria-describedby="check-hint">
            {s.runCheck}
          </Button>
        )}
        {actions.attachment && (
          <Button ref={attachmentButton} disabledFocusable={busy} onClick={() => actions.attachment!()} aria-describedby="attachment-hint">
            {s.runAttachment}
          </Button>
        )}
        <Button ref={normsButton} disabledFocusable={busy} onClick={() => actions.norms()} aria-describedby="norms-hint">
          {s.runNorms}
        </Button>
        {actions.learn && (
          <>
            <Button disabledFocusable={busy} onClick={() => picker.current?.click()} aria-describedby="learn-hint">
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
          <Button disabledFocusable={busy} onClick={actions.settle} aria-describedby="settle-hint">
            {s.runSettle}
          </Button>
        )}
        {actions.restore && (
          <Button disabledFocusable={busy} onClick={actions.restore} aria-describedby="restore-hint">
            {s.restore}
          </Button>
        )}
      </div>
      <div className={styles.hints}>
        <span id="check-hint">{s.runCheckHint}</span>
        <span id="attachment-hint">
          <ViText text={s.runAttachmentHint} />
        </span>
        <span id="norms-hint">
          <ViText text={s.runNormsHint} />
        </span>
        <span id="learn-hint">
          <ViText text={s.learnHint} />
        </span>
        <span id="restore-hint">{s.restoreHint}</span>
        <span id="settle-hint">
          <ViText text={s.runSettleHint} />
        </span>
      </div>
      {state.confirmNorms && (
        <MessageBar className={styles.bar} intent="warning" aria-labelledby="norms-exists">
          <MessageBarBody id="norms-exists">
            <ViText text={s.normsExists(state.confirmNorms)} names={[state.confirmNorms]} />
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                focus(normsButton);
                actions.norms(true);
              }}
            >
              {s.normsRefresh}
            </Button>
            <Button
              size="small"
              onClick={() => {
                focus(normsButton);
                actions.cancelNorms();
              }}
            >
              {s.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kept && (
        <MessageBar className={styles.bar} intent="warning" aria-labelledby="kept-cells">
          <MessageBarBody id="kept-cells">{s.overwriteHint(state.kept.cells)}</MessageBarBody>
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
