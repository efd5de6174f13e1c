import type { Actuals } from "../../src/core/checks";
import { money } from "../../src/core/money/money";

/** A Thực hiện table on Phân bổ: header on row 8 (Quý I..IV in D..G), one row per entry from row 9. */
export function actuals(rows: { activityRow: number; spent: (string | undefined)[] }[]): Actuals {
  return {
    rows: rows.map((r, i) => ({
      activityRow: r.activityRow,
      quarters: r.spent.map((v) => (v === undefined ? undefined : money(v))),
      cells: ["D", "E", "F", "G"].map((c) => ({ sheet: "Phân bổ", address: `${c}${9 + i}` })),
      nameCell: { sheet: "Phân bổ", address: `B${9 + i}` },
    })),
    headerCells: ["D8", "E8", "F8", "G8"].map((address) => ({ sheet: "Phân bổ", address })),
    recorded: rows.some((r) => r.spent.some((v) => v !== undefined)),
  };
}
