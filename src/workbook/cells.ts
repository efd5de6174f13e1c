/** A cell as the port reads it. Numbers arrive as exact decimal text, never as floats to compute with. */
export type Cell =
  | { type: "empty" }
  | { type: "number"; value: string }
  | { type: "text"; value: string }
  | { type: "bool"; value: boolean }
  | { type: "error"; value: string }
  | { type: "date"; value: string };

export const EMPTY: Cell = Object.freeze({ type: "empty" });

/** A cell as a command writes it. Text is always written as text, never as a formula. */
export type CellWrite =
  | { type: "empty" }
  | { type: "number"; value: string }
  | { type: "text"; value: string }
  /** A formula with the result the engine computed: `cached` a number (decimal text), `cachedText` a text result. */
  | { type: "formula"; formula: string; cached?: string; cachedText?: string };

export const text = (value: string): CellWrite => ({ type: "text", value });
export const num = (value: { toFixed(): string } | string): CellWrite => ({
  type: "number",
  value: typeof value === "string" ? value : value.toFixed(),
});
export const formula = (f: string, cached?: { toFixed(): string }): CellWrite => ({
  type: "formula",
  formula: f,
  cached: cached?.toFixed(),
});
export const blank: CellWrite = Object.freeze({ type: "empty" });

/** The text a person sees in a cell, for headers and labels. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  switch (cell.type) {
    case "empty":
      return "";
    case "bool":
      return cell.value ? "TRUE" : "FALSE";
    default:
      return String(cell.value);
  }
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || cell.type === "empty" || (cell.type === "text" && cell.value.trim() === "");
}

/** Turns a JavaScript number from a host into exact decimal text (its shortest round-trip form). */
export function numberCell(value: number): Cell {
  return { type: "number", value: Number.isInteger(value) ? BigInt(value).toString() : String(value) };
}
