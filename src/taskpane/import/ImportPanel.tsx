import { useMemo, useState } from "react";
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { parsePlanText, type ImportedPlan } from "../../core/planText/parsePlanText";
import type { WorkbookPort } from "../../workbook/port";
import { useStrings } from "../LanguageContext";
import type { PaneActions } from "../usePane";
import { Card } from "../components/Card";
import { FindingItem } from "../components/FindingItem";
import { ViText } from "../components/ViText";
import { PreviewTable } from "./PreviewTable";
import { NO_EDITS, applyEdits, invalidQuantities, type ImportEdits } from "./editImport";
import { importIntoWorkbook, type ImportWrite } from "./importIntoWorkbook";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { minHeight: "160px" },
  sub: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  facts: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const isoToVn = (iso: string) => iso.split("-").reverse().join("/");

export interface ImportPanelProps {
  port: WorkbookPort;
  busy: boolean;
  runExternal: PaneActions["runExternal"];
  /** Says what was read in the pane's live region (optional: the tests render the panel alone). */
  announce?: PaneActions["announce"];
  onInserted(): void;
  /** The write; defaults to runImport of src/workbook/commands/importPlan.ts. */
  write?: ImportWrite;
}

/** Nhập kế hoạch: paste the plan's text, check what was read, correct kinds and quantities, insert it as Kế hoạch. */
export default function ImportPanel({ port, busy, runExternal, announce, onInserted, write = importIntoWorkbook }: ImportPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [plan, setPlan] = useState<ImportedPlan>();
  const [edits, setEdits] = useState<ImportEdits>(NO_EDITS);
  const [replace, setReplace] = useState(false);
  const invalid = useMemo(() => invalidQuantities(edits), [edits]);

  const read = () => {
    const read = parsePlanText(text);
    setPlan(read);
    setEdits(NO_EDITS);
    announce?.((t) => t.importReadAnnounced(read.activities.length, read.findings.length));
  };
  const insert = async () => {
    if (!plan || invalid.length) return;
    const result = await runExternal(
      "import",
      () => write(port, applyEdits(plan, edits), { replace }),
      (r) => (r.rowsWritten ? (t) => t.importDone(r.rowsWritten) : undefined),
    );
    if (result?.rowsWritten) onInserted();
  };
  const facts = plan?.facts;
  return (
    <Card headingId="import-heading" heading={s.importHeading}>
      <div className={styles.stack}>
        <Field label={s.importTextLabel}>
          <Textarea className={styles.text} resize="vertical" value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Button onClick={read} disabled={!text.trim()}>
          {s.importRead}
        </Button>
        {plan && (
          <>
            <h3 className={styles.sub} id="preview-heading">
              {s.previewHeading(plan.activities.length)}
            </h3>
            {facts?.number && <p className={styles.facts}>{s.planFactsRead(facts.number, facts.date ? isoToVn(facts.date) : "")}</p>}
            {facts?.total && (
              <p className={styles.facts}>
                {s.statedTotalRead}: {s.amount(facts.total)}
              </p>
            )}
            {plan.activities.length > 0 && <PreviewTable plan={plan} edits={edits} invalid={invalid} onEdit={setEdits} />}
            {plan.findings.length > 0 && <ParseFindings findings={plan.findings} />}
            <Checkbox checked={replace} onChange={(_, d) => setReplace(d.checked === true)} label={<ViText text={s.replacePlan} />} />
            {invalid.length > 0 && (
              <MessageBar intent="warning" aria-labelledby="insert-blocked">
                <MessageBarBody id="insert-blocked">{s.insertBlocked}</MessageBarBody>
              </MessageBar>
            )}
            {/* Focusable while a command runs, so focus stays here rather than falling to the page. */}
            <Button
              appearance="primary"
              disabled={invalid.length > 0 || plan.activities.length === 0}
              disabledFocusable={busy}
              onClick={() => void insert()}
            >
              {s.insert}
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}

function ParseFindings({ findings }: { findings: Finding[] }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <>
      <h3 className={styles.sub} id="parse-findings-heading">
        {s.parseFindings(findings.length)}
      </h3>
      <ul className={styles.list} aria-labelledby="parse-findings-heading">
        {findings.map((f, i) => (
          <li key={`${f.code}-${i}`}>
            <FindingItem finding={f} selected={false} onSelect={() => undefined} />
          </li>
        ))}
      </ul>
    </>
  );
}
