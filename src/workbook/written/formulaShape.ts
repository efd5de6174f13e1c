import { columnLetter } from "../address";

/**
 * A formula as compared: without the leading "=", spaces, absolute-reference
 * dollars, and in upper case outside string literals (Excel is case-blind there:
 * "=round(d12*e12,0)" is the add-in's "=ROUND(D12*E12,0)").
 */
export function formulaKey(formula: string): string {
  const body = formula.trim().replace(/^=/, "");
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/[\s$]/g, "").toUpperCase()))
    .join("");
}

export function sameFormula(a: string, b: string): boolean {
  return formulaKey(a) === formulaKey(b);
}

/**
 * True when a Thành tiền formula still computes Số lượng × Đơn giá of its own row:
 * =ROUND(D12*E12,k) as the add-in writes it, or the plain =D12*E12, either order.
 */
export function multipliesRow(formula: string, row: number, quantityCol: number, unitCostCol: number): boolean {
  const q = `${columnLetter(quantityCol)}${row}`;
  const u = `${columnLetter(unitCostCol)}${row}`;
  const key = formulaKey(formula);
  const products = [`${q}*${u}`, `${u}*${q}`];
  return products.some((p) => key === p || new RegExp(`^ROUND\\(${p.replace("*", "\\*")},-?\\d+\\)$`).test(key));
}

/** The cells a formula refers to (A1 references and ranges as written, upper case, no dollars). */
export function referencesIn(formula: string): string[] {
  return formulaKey(formula)
    .split(/"(?:[^"]|"")*"/)
    .flatMap((part) => part.match(/(?:'[^']*'!|[A-Z0-9_.]+!)?[A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?/g) ?? []);
}
