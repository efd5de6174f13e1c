import type { Cell, CellWrite } from "../cells";
import { contentOfWrite } from "./cellState";

/**
 * A short fingerprint of a cell's content (its formula, or else its value), to
 * remember what the add-in wrote in a cell without keeping the text itself.
 * FNV-1a, 32 bits, base 36: a user typing, by chance, a different value with the
 * same fingerprint is a one-in-four-billion event, and costs only a kept cell.
 */
export function fingerprint(value: Cell, formula: string | null): string | undefined {
  if (formula) return hash(`f:${formula}`);
  switch (value.type) {
    case "empty":
      return undefined;
    case "bool":
      return hash(`b:${value.value}`);
    default:
      return hash(`${value.type[0]}:${value.value}`);
  }
}

export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The fingerprint of what a write leaves in its cell. */
export function fingerprintWrite(w: CellWrite): string | undefined {
  const { value, formula } = contentOfWrite(w);
  return fingerprint(value, formula);
}
