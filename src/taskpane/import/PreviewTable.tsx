import {
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ACTIVITY_KINDS, type ActivityKind } from "../../core/plan/kinds";
import { formatVnd } from "../../core/money/money";
import type { ImportedPlan } from "../../core/planText/parsePlanText";
import { useStrings } from "../LanguageContext";
import { shownQuantity, type ImportEdits } from "./editImport";
import { ViText } from "../components/ViText";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  nameCol: { width: "auto" },
  kindCol: { width: "112px" },
  qtyCol: { width: "76px" },
  fill: { width: "100%", minWidth: 0 },
  cell: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  name: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  details: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  invalid: { fontSize: tokens.fontSizeBase100, color: tokens.colorPaletteRedForeground1 },
});

/** The activities read from the text, with an editable kind and quantity on each row. */
export function PreviewTable({
  plan,
  edits,
  invalid,
  onEdit,
}: {
  plan: ImportedPlan;
  edits: ImportEdits;
  invalid: readonly number[];
  onEdit(edits: ImportEdits): void;
}) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label={s.previewLabel}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.nameCol}>{s.colName}</TableHeaderCell>
          <TableHeaderCell className={styles.kindCol}>{s.colKind}</TableHeaderCell>
          <TableHeaderCell className={styles.qtyCol}>{s.colQuantity}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plan.activities.map((a, i) => {
          const kind = edits.kinds[i] ?? a.kind;
          const details = [a.unit && `${s.colUnit}: ${a.unit}`, a.timing, a.statedAmount && `${s.colStated}: ${formatVnd(a.statedAmount)}`]
            .filter(Boolean)
            .join(" · ");
          const bad = invalid.includes(i);
          return (
            <TableRow key={`${a.stt}-${a.sourceLine}`}>
              <TableCell className={styles.cell}>
                <div className={styles.name} lang="vi">
                  <strong>{a.label}</strong> {a.name}
                </div>
                {details && (
                  <div className={styles.details}>
                    <ViText text={details} names={[a.unit ?? "", a.timing ?? ""]} />
                  </div>
                )}
              </TableCell>
              <TableCell className={styles.cell}>
                <Select
                  className={styles.fill}
                  size="small"
                  value={kind}
                  aria-label={s.kindOf(a.name)}
                  onChange={(_, d) => onEdit({ ...edits, kinds: { ...edits.kinds, [i]: d.value as ActivityKind } })}
                >
                  {ACTIVITY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {s.kinds[k]}
                    </option>
                  ))}
                </Select>
              </TableCell>
              <TableCell className={styles.cell}>
                <Input
                  className={styles.fill}
                  size="small"
                  value={shownQuantity(plan, i, edits)}
                  aria-label={s.quantityOf(a.name)}
                  aria-invalid={bad || undefined}
                  onChange={(_, d) => onEdit({ ...edits, quantities: { ...edits.quantities, [i]: d.value } })}
                />
                {bad && <div className={styles.invalid}>{s.quantityInvalid}</div>}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
