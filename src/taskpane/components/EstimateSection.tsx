import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { RoundingRule } from "../../core/money/rounding";
import { amountInWords } from "../../core/words/amountInWords";
import { periodYears } from "../../core/plan/years";
import { choiceDate, choiceYear, type EstimateChoices } from "../commands/paneCommands";
import type { PlanSummary } from "../commands/planSummary";
import { useStrings } from "../LanguageContext";
import type { PaneState } from "../usePane";
import { Card } from "./Card";
import { ViText } from "./ViText";

const useStyles = makeStyles({
  options: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    margin: 0,
    padding: 0,
  },
  input: { width: "100%", minWidth: 0 },
  run: { marginTop: tokens.spacingVerticalM, width: "100%" },
  total: {
    marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  totalLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  totalAmount: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  words: { fontSize: tokens.fontSizeBase200, fontStyle: "italic", marginTop: tokens.spacingVerticalXXS },
  caution: { marginTop: tokens.spacingVerticalS },
});

/** Tính dự toán: its options (rounding, words variant, norms date, fitting, a multi-year plan's year, province), the button, and the total. */
export function EstimateSection({
  choices,
  onChoices,
  onRun,
  busy,
  total,
  cautions,
  summary,
}: {
  choices: EstimateChoices;
  onChoices(c: EstimateChoices): void;
  onRun(): void;
  busy: boolean;
  total: PaneState["total"];
  cautions?: PaneState["cautions"];
  summary?: PlanSummary;
}) {
  const s = useStrings();
  const styles = useStyles();
  const set = (patch: Partial<EstimateChoices>) => onChoices({ ...choices, ...patch });
  return (
    <Card headingId="estimate-heading" heading={s.estimateHeading}>
      <fieldset className={styles.options} aria-label={s.optionsLabel}>
        <Field label={s.rounding}>
          <Select className={styles.input} value={choices.rounding} onChange={(_, d) => set({ rounding: d.value as RoundingRule })}>
            <option value="dong">{s.roundDong}</option>
            <option value="thousand">{s.roundThousand}</option>
          </Select>
        </Field>
        <Field label={s.words}>
          <Select
            className={styles.input}
            value={choices.thousandWord}
            onChange={(_, d) => set({ thousandWord: d.value === "ngàn" ? "ngàn" : "nghìn" })}
          >
            <option value="nghìn">{s.wordsNghin}</option>
            <option value="ngàn">{s.wordsNgan}</option>
          </Select>
        </Field>
        <Field
          label={s.normsDate}
          hint={s.normsDateHint}
          validationState={choiceDate(choices).finding ? "error" : "none"}
          validationMessage={choiceDate(choices).finding ? s.normsDateInvalid : undefined}
        >
          <Input className={styles.input} type="date" value={choices.normsDate} onChange={(_, d) => set({ normsDate: d.value })} />
        </Field>
        <Field label={s.fit} hint={s.fitHint}>
          <Select className={styles.input} value={choices.fit} onChange={(_, d) => set({ fit: d.value as EstimateChoices["fit"] })}>
            <option value="">{s.fitNone}</option>
            <option value="plan">{s.fitPlan}</option>
            <option value="allocation">{s.fitAllocation}</option>
          </Select>
        </Field>
        {summary?.period && (
          <Field label={s.year} hint={s.yearHint}>
            <Select
              className={styles.input}
              value={String(choiceYear(choices, summary.period) ?? "")}
              onChange={(_, d) => set({ year: d.value })}
            >
              <option value="">{s.wholePeriod(summary.period.from, summary.period.to)}</option>
              {periodYears(summary.period).map((y) => (
                <option key={y} value={String(y)}>
                  {s.oneYear(y)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={s.province} hint={s.provinceHint}>
          <Input
            className={styles.input}
            value={choices.province}
            placeholder={summary?.province}
            onChange={(_, d) => set({ province: d.value })}
          />
        </Field>
      </fieldset>
      {/* aria-disabled while a command runs (not disabled): the pressed button keeps the focus. */}
      <Button
        id="estimate-run"
        className={styles.run}
        appearance="primary"
        disabledFocusable={busy}
        onClick={onRun}
        aria-describedby="estimate-hint"
      >
        {s.runEstimate}
      </Button>
      <span id="estimate-hint" hidden>
        <ViText text={s.runEstimateHint} />
      </span>
      {/* Not a live region of its own: the pane's one live region says the total once (Announcer). */}
      {total && (
        <div className={styles.total} role="group" aria-labelledby="estimate-total-label">
          <div className={styles.totalLabel} id="estimate-total-label">
            {s.total}
          </div>
          <div className={styles.totalAmount} data-testid="estimate-total">
            {s.amount(total.amount)}
          </div>
          <div className={styles.words} lang="vi">
            {s.inWords}: {amountInWords(total.amount, { thousandWord: choices.thousandWord })}
          </div>
        </div>
      )}
      {cautions && (cautions.mealPending || cautions.provisional.length > 0) && (
        <MessageBar className={styles.caution} intent="warning" layout="multiline" aria-labelledby="before-printing">
          <MessageBarBody>
            <MessageBarTitle id="before-printing">{s.beforePrinting}</MessageBarTitle>
            {cautions.mealPending && (
              <div>
                <ViText text={s.mealPending(cautions.mealPending.activities, s.amount(cautions.mealPending.atStake))} />
              </div>
            )}
            {cautions.provisional.length > 0 && (
              <div>
                <ViText text={s.provisionalNote(cautions.provisional.join("; "))} names={cautions.provisional} />
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
