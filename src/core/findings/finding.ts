/** What a check or a reader reports. Checks never change data; findings say where to look. */
export type Severity = "error" | "warning" | "info";

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. "missing-participants", "total-over-allocation". */
  code: string;
  /** Vietnamese message, shown by default. */
  message: string;
  /** The same message in English. */
  messageEn: string;
  sheet?: string;
  /** A1 range the finding is about ("F7", "J5:M5"). */
  range?: string;
  /** The amounts involved, as decimal strings in đồng (never floats). */
  amounts?: Record<string, string>;
}

export function finding(
  severity: Severity,
  code: string,
  message: string,
  messageEn: string,
  where?: { sheet?: string; range?: string; address?: string },
  amounts?: Record<string, string>,
): Finding {
  const f: Finding = { severity, code, message, messageEn };
  if (where?.sheet) f.sheet = where.sheet;
  const range = where?.range ?? where?.address;
  if (range) f.range = range;
  if (amounts) f.amounts = amounts;
  return f;
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");
