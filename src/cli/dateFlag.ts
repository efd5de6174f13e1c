import { parseDate, type IsoDate } from "../core/dates/isoDate";
import type { CliIO } from "./io";

/**
 * A date flag (--date, --as-of) through the one date parser. Undefined when the
 * flag is absent; null, after saying why, when it is not a date (the caller exits 2).
 */
export function readDateFlag(values: Record<string, unknown>, name: string, io: CliIO): IsoDate | undefined | null {
  const text = values[name];
  if (text === undefined) return undefined;
  const date = parseDate(String(text));
  if (date.ok) return date.date;
  io.err(`--${name}: ${date.reason} / ${date.reasonEn}`);
  return null;
}
