import { isoDate } from "../../src/core/dates/isoDate";
import type { CheckInput } from "../../src/core/checks";
import type { Activity, ActivityField, CellRef, Group, Plan } from "../../src/core/plan/plan";
import type { ActivityKind } from "../../src/core/plan/kinds";
import { estimatePlan, type Estimate } from "../../src/core/estimate/estimate";
import { planQuarters } from "../../src/core/phasing/quarterPlan";
import { builtInNorm } from "../../src/core/norms/select";
import { money } from "../../src/core/money/money";

/*
 * In-memory inputs for the checks' unit tests. The Kế hoạch columns follow the
 * sample workbook: A STT, B Nội dung, C Loại, D ĐVT, E Số lượng, F Số người,
 * G Số ngày, H Thời gian, I Kinh phí kế hoạch, J Dự toán, K Căn cứ, L..O Quý I..IV,
 * P Đơn giá. Amounts are decimal text, never JS numbers.
 */
export const SHEET = "Kế hoạch";
const COLUMN: Partial<Record<ActivityField, string>> = {
  stt: "A",
  name: "B",
  kind: "C",
  unit: "D",
  quantity: "E",
  participants: "F",
  days: "G",
  timing: "H",
  statedAmount: "I",
  estimate: "J",
  basis: "K",
  q1: "L",
  q2: "M",
  q3: "N",
  q4: "O",
  unitCost: "P",
};
export const QUARTER_COLUMNS = ["L", "M", "N", "O"];

function cellsOf(row: number): Partial<Record<ActivityField, CellRef>> {
  const cells: Partial<Record<ActivityField, CellRef>> = {};
  for (const [f, col] of Object.entries(COLUMN) as [ActivityField, string][]) cells[f] = { sheet: SHEET, address: `${col}${row}` };
  return cells;
}

export interface ActivitySpec {
  row: number;
  name?: string;
  kind?: ActivityKind;
  stt?: string;
  unit?: string;
  quantity?: string;
  participants?: string;
  unitCost?: string;
  stated?: string;
  timing?: string;
  /** Quý I..IV as typed; undefined = empty cell. */
  quarters?: (string | undefined)[];
  group?: number;
}

export function activity(spec: ActivitySpec): Activity {
  const dec = (v: string | undefined) => (v === undefined ? undefined : money(v));
  return {
    row: spec.row,
    stt: spec.stt ?? String(spec.row),
    name: spec.name ?? `Hoạt động dòng ${spec.row}`,
    kind: spec.kind ?? "other",
    kindGuessed: false,
    unit: spec.unit,
    quantity: dec(spec.quantity),
    participants: dec(spec.participants),
    unitCost: dec(spec.unitCost),
    timing: spec.timing,
    statedAmount: dec(spec.stated),
    quarterAmounts: (spec.quarters ?? [undefined, undefined, undefined, undefined]).map(dec),
    groupIndex: spec.group,
    cells: cellsOf(spec.row),
  };
}

export function group(
  row: number,
  stated: string | undefined,
  opts: { parent?: number; depth?: number; stt?: string; name?: string } = {},
): Group {
  return {
    row,
    stt: opts.stt ?? "I",
    name: opts.name ?? `Nhóm dòng ${row}`,
    depth: opts.depth ?? 0,
    parentIndex: opts.parent,
    statedAmount: stated === undefined ? undefined : money(stated),
    cells: cellsOf(row),
  };
}

export function plan(activities: Activity[], groups: Group[] = [], date = "2020-03-19"): Plan {
  return { info: { date: isoDate(date), province: "Trà Vinh", level: "tinh" }, activities, groups };
}

export const quarterCells = (row: number): CellRef[] => QUARTER_COLUMNS.map((c) => ({ sheet: SHEET, address: `${c}${row}` }));

/** A check input over a plan: its estimate (unless `estimate: null`), its phased quarters, no allocation. */
export function input(p: Plan, extra: Partial<Omit<CheckInput, "estimate">> & { estimate?: Estimate | null } = {}): CheckInput {
  const estimate = extra.estimate === null ? undefined : (extra.estimate ?? estimatePlan(p, { sheet: SHEET }));
  return {
    plan: p,
    estimate,
    quarters: extra.quarters ?? planQuarters(p, estimate),
    quarterCells,
    allocation: extra.allocation,
    actuals: extra.actuals,
    statedTotals: extra.statedTotals ?? [],
    norms: extra.norms ?? { overrides: [], builtIn: (code) => builtInNorm(code, { date: p.info.date, province: p.info.province }) },
    options: extra.options ?? { asOf: "2020-12-31", q4ThresholdPercent: money(40) },
  };
}

/** Findings as compact {severity, code, range} rows. */
export const brief = (fs: { severity: string; code: string; range?: string }[]) =>
  fs.map((f) => ({ severity: f.severity, code: f.code, range: f.range }));
