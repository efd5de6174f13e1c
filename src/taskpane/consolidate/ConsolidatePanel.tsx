import { useEffect, useRef, useState } from "react";
import {
  Button,
  Field,
  Link,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Consolidation } from "../../core/consolidate/consolidate";
import { unitStatus, type UnitSummary } from "../../core/consolidate/unit";
import type { ConsolidateProgress } from "../../workbook/consolidate/consolidateFiles";
import type { Strings } from "../i18n";
import { useStrings } from "../LanguageContext";
import type { PaneActions } from "../usePane";
import { Card } from "../components/Card";
import { ViText } from "../components/ViText";
import { consolidatePicked, consolidationFindings, fileBytes, summaryWorkbookBytes, type PickedFile } from "./consolidatePicked";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  total: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  totalLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  totalAmount: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  sub: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: "auto" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  file: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

export interface ConsolidatePanelProps {
  busy: boolean;
  runExternal: PaneActions["runExternal"];
  /** The words variant chosen for the estimate: the summary's total in words uses it. */
  thousandWord: "nghìn" | "ngàn";
}

interface Outcome {
  consolidation: Consolidation;
  /** An object URL of the Tổng hợp workbook, when at least one unit was read (and the page can make one). */
  url?: string;
}

/**
 * Tổng hợp: pick several units' workbooks; they are read one by one (a progress
 * bar per file), consolidated by the engine of `dutoan consolidate`, and the pane
 * shows the total, each unit (name, total, allocation, status), the findings
 * (in the pane's findings list) and a link that downloads the Tổng hợp workbook.
 */
export default function ConsolidatePanel({ busy, runExternal, thousandWord }: ConsolidatePanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ConsolidateProgress>();
  const [outcome, setOutcome] = useState<Outcome>();

  // The workbook's object URL lives as long as it is offered.
  useEffect(() => () => revoke(outcome?.url), [outcome]);

  const run = async (files: PickedFile[]) => {
    setOutcome(undefined);
    setProgress({ done: 0, total: files.length, file: "" });
    const result = await runExternal(
      "consolidate",
      async () => {
        const consolidation = await consolidatePicked(files, setProgress);
        const bytes = consolidation.units.length ? await summaryWorkbookBytes(consolidation, thousandWord) : undefined;
        return { consolidation, url: bytes && objectUrl(bytes), findings: consolidationFindings(consolidation) };
      },
      ({ consolidation: c }) =>
        c.units.length
          ? (t) => t.consolidateDone(c.units.length, c.skipped.length, t.amount(c.total))
          : (t) => t.consolidateNothing(files.length),
    );
    if (result) setOutcome({ consolidation: result.consolidation, url: result.url });
    else setProgress(undefined);
  };

  const c = outcome?.consolidation;
  return (
    <Card headingId="consolidate-heading" heading={s.consolidateHeading}>
      <div className={styles.stack}>
        <p className={styles.hint} id="consolidate-hint">
          <ViText text={s.consolidatePickHint} />
        </p>
        {/* aria-disabled while it runs (not disabled): the focus stays on the button. The input behind it is hidden
            (out of the accessibility tree and the tab order): the button is the one control. */}
        <Button appearance="primary" disabledFocusable={busy} onClick={() => picker.current?.click()} aria-describedby="consolidate-hint">
          {s.consolidatePick}
        </Button>
        <input
          ref={picker}
          type="file"
          multiple
          accept={`.xlsx,${XLSX_TYPE}`}
          hidden
          data-testid="consolidate-files"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            if (files.length) void run(files.map((f) => ({ name: f.name, bytes: () => fileBytes(f) })));
          }}
        />
        {progress && (
          <Field
            label={s.consolidateProgressLabel}
            validationState="none"
            validationMessage={s.consolidateProgress(progress.done, progress.total)}
          >
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} max={1} thickness="large" />
          </Field>
        )}
        {c && c.units.length > 0 && (
          <>
            <div className={styles.total} role="group" aria-labelledby="consolidate-total-label">
              <div className={styles.totalLabel} id="consolidate-total-label">
                {s.consolidateTotal}
              </div>
              <div className={styles.totalAmount} data-testid="consolidate-total">
                {s.amount(c.total)}
              </div>
              {c.withoutAllocation < c.units.length && (
                <div className={styles.totalLabel}>
                  <ViText text={s.consolidateAllocation} />: {s.amount(c.allocation)}
                </div>
              )}
            </div>
            {outcome?.url && (
              <>
                <Link href={outcome.url} download={s.consolidateFileName} aria-describedby="consolidate-download-hint">
                  {s.consolidateDownload}
                </Link>
                <p className={styles.hint} id="consolidate-download-hint">
                  <ViText text={s.consolidateDownloadHint} names={["Nguồn"]} />
                </p>
              </>
            )}
            <h3 className={styles.sub} id="consolidate-units-heading">
              {s.consolidateUnits(c.units.length)}
            </h3>
            <div className={styles.scroll}>
              <Table size="small" aria-labelledby="consolidate-units-heading">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{s.unitName}</TableHeaderCell>
                    <TableHeaderCell className={styles.number}>{s.unitTotal}</TableHeaderCell>
                    <TableHeaderCell className={styles.number}>{s.unitAllocation}</TableHeaderCell>
                    <TableHeaderCell>{s.unitStatus}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {c.units.map((u, i) => (
                    <TableRow key={`${u.file}-${i}`}>
                      <TableCell>
                        <div lang="vi">{u.name}</div>
                        <div className={styles.file} lang="vi">
                          {u.file}
                        </div>
                      </TableCell>
                      <TableCell className={styles.number}>{s.amount(u.total)}</TableCell>
                      <TableCell className={styles.number}>{u.allocation ? s.amount(u.allocation) : "—"}</TableCell>
                      <TableCell>{statusText(s, u)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}

/** "đạt", "cảnh báo (2)", "lỗi (1)", and "tính tạm" when the unit's file held no estimate. */
export function statusText(s: Strings, u: UnitSummary): string {
  const status = unitStatus(u);
  const text =
    status === "ok"
      ? s.unitStatusOf.ok
      : status === "warnings"
        ? s.unitStatusOf.warnings(u.warnings)
        : s.unitStatusOf.errors(u.errors.length);
  return u.origin === "computed" ? `${text}, ${s.unitEstimatedHere}` : text;
}

function objectUrl(bytes: Uint8Array): string | undefined {
  if (typeof URL.createObjectURL !== "function") return undefined;
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}

function revoke(url: string | undefined) {
  if (url && typeof URL.revokeObjectURL === "function") URL.revokeObjectURL(url);
}
