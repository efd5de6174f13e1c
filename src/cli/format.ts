import type { Finding } from "../core/findings/finding";
import { maxOf } from "../core/arrays";

const MARK = { error: "LỖI", warning: "CẢNH BÁO", info: "thông tin" } as const;

export function findingLine(f: Finding): string {
  const where = f.sheet ? ` [${f.sheet}${f.range ? "!" + f.range : ""}]` : "";
  return `${MARK[f.severity]}${where}: ${f.message}\n    ${f.messageEn}`;
}

/** Pads a table of strings into aligned columns; numeric-looking cells align right. */
export function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => maxOf(rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - [...cell].length);
        return /^-?[\d.]+$/.test(cell) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

export function truncate(text: string, max: number): string {
  return [...text].length > max ? [...text].slice(0, max - 1).join("") + "…" : text;
}
