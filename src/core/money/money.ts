import Decimal from "decimal.js";

/**
 * Money is Decimal from the cell it is read from to the cell it is written to.
 * A private Decimal constructor keeps the project's precision independent of any
 * other library that configures the global one.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO: Decimal = new Money(0);

export function money(value: Decimal.Value): Decimal {
  return new Money(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}

/** The đồng as a decimal string for JSON and cells: "87000000", never a float. */
export function toDecimalString(value: Decimal): string {
  return value.toFixed();
}

/** 87000000 -> "87.000.000" (Vietnamese grouping; a comma before decimals). */
export function formatVnd(value: Decimal): string {
  const [int, frac] = value.abs().toFixed().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (value.isNegative() ? "-" : "") + grouped + (frac ? `,${frac}` : "");
}
