import Decimal from "decimal.js";
import type { Activity } from "../plan/plan";
import type { ActivityField } from "../plan/plan";
import { finding, type Finding } from "../findings/finding";
import { normAmount } from "../norms/norm";
import { roundAmount } from "../money/rounding";
import { formatVnd } from "../money/money";
import type { LineItem, QuantityFactor, RecipeContext } from "./recipe";

/** A factor of a line's quantity as a recipe names it: a field it read from the row, or a factor spelled out. */
export type FactorOf = ActivityField | QuantityFactor;

/** Collects lines and findings while a recipe runs. */
export class LineBuilder {
  readonly lines: LineItem[] = [];
  readonly findings: Finding[] = [];
  /** What the recipe read from the row (require, orDefault), by field: the factors of its quantities. */
  private readonly factorsRead = new Map<ActivityField, QuantityFactor>();

  constructor(
    private readonly activity: Activity,
    private readonly ctx: RecipeContext,
  ) {}

  /** A line priced by a norm of the set; a missing norm is a finding, never a zero line. */
  fromNorm(
    code: string,
    quantity: Decimal,
    opts: { description?: string; unit?: string; unitCost?: Decimal; of?: readonly FactorOf[] } = {},
  ): LineItem | undefined {
    const norm = this.ctx.norms.get(code);
    if (!norm) {
      this.report(
        "error",
        "norm-not-found",
        "name",
        `Không có định mức "${code}" áp dụng cho ngày ${this.ctx.norms.date}`,
        `No norm "${code}" in force on ${this.ctx.norms.date}`,
      );
      return undefined;
    }
    const userCost = opts.unitCost;
    return this.add({
      description: opts.description ?? norm.line,
      unit: opts.unit ?? norm.unit,
      quantity,
      unitCost: userCost ?? normAmount(norm),
      normCode: norm.code,
      basis: userCost ? `Đơn giá theo kế hoạch (báo giá); định mức: ${norm.basis}` : norm.basis,
      status: userCost ? "user" : norm.status,
      cap: norm.cap,
      ...(opts.of && { quantityFrom: this.factors(opts.of) }),
      ...(userCost && { unitCostFrom: "unitCost" as const }),
    });
  }

  /**
   * The factors of a quantity: the value read from each field named (or its default),
   * or the factor given. A field that holds no number is left out, never a crash:
   * the explanation then says its factors do not make the quantity.
   */
  factors(of: readonly FactorOf[]): QuantityFactor[] {
    return of.flatMap((f): QuantityFactor[] => {
      if (typeof f !== "string") return [f];
      const read = this.factorsRead.get(f);
      if (read) return [read];
      const value: unknown = this.activity[f as keyof Activity];
      return Decimal.isDecimal(value) ? [{ value: value as Decimal, field: f }] : [];
    });
  }

  add(line: Omit<LineItem, "amount">): LineItem {
    const full: LineItem = { ...line, amount: roundAmount(line.quantity.times(line.unitCost), this.ctx.rounding) };
    this.lines.push(full);
    return full;
  }

  /** Reports a finding on a cell of this activity's row. */
  report(
    severity: Finding["severity"],
    code: string,
    field: ActivityField,
    message: string,
    messageEn: string,
    amounts?: Record<string, string>,
  ): void {
    const cell = this.activity.cells[field] ?? this.activity.cells.name;
    const prefix = `Dòng ${this.activity.row} (${this.activity.name}): `;
    const prefixEn = `Row ${this.activity.row} (${this.activity.name}): `;
    this.findings.push(finding(severity, code, prefix + message, prefixEn + messageEn, cell, amounts));
  }

  /** A required parameter: undefined, zero or negative is a finding on its cell. */
  require(field: "quantity" | "participants" | "days", label: string, labelEn: string): Decimal | undefined {
    const value = this.activity[field];
    if (value === undefined) {
      this.report(
        "error",
        `missing-${field}`,
        field,
        `thiếu ${label}, không tính được dự toán`,
        `${labelEn} is missing; the estimate cannot be computed`,
      );
      return undefined;
    }
    if (!value.isPositive() || value.isZero()) {
      this.report(
        "error",
        `invalid-${field}`,
        field,
        `${label} phải lớn hơn 0 (đang là ${formatVnd(value)})`,
        `${labelEn} must be greater than 0 (is ${value.toFixed()})`,
      );
      return undefined;
    }
    this.factorsRead.set(field, { value, field });
    return value;
  }

  /**
   * A parameter with a customary default: when empty, the default is used and said
   * as info; when zero or negative, it is an error and undefined (nothing is priced).
   */
  orDefault(field: "quantity" | "days", fallback: Decimal, label: string, labelEn: string): Decimal | undefined {
    const value = this.activity[field];
    if (value !== undefined) return this.require(field, label, labelEn);
    this.report(
      "info",
      `assumed-${field}`,
      field,
      `chưa có ${label}, tính ${fallback.toFixed()}`,
      `no ${labelEn}; ${fallback.toFixed()} assumed`,
    );
    this.factorsRead.set(field, { value: fallback, field, assumed: true });
    return fallback;
  }

  result() {
    return { lines: this.lines, findings: this.findings };
  }
}
