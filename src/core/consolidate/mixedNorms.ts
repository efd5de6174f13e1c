import { finding } from "../findings/finding";
import { formatDmy } from "../dates/isoDate";
import { canonicalProvince } from "../norms/provinces";
import type { UnitFinding, UnitSummary } from "./unit";

/** How many groups a message names before "…". */
const SHOWN = 6;

/** "Trà Vinh: 2; Hà Nội: 1" (the largest groups first). */
function listed(groups: Map<string, number>): string {
  const sorted = [...groups].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "vi"));
  const shown = sorted.slice(0, SHOWN).map(([k, n]) => `${k}: ${n}`);
  return shown.join("; ") + (sorted.length > SHOWN ? `; … (+${sorted.length - SHOWN})` : "");
}

function countBy(units: readonly UnitSummary[], keyOf: (u: UnitSummary) => string): Map<string, number> {
  const groups = new Map<string, number>();
  for (const u of units) groups.set(keyOf(u), (groups.get(keyOf(u)) ?? 0) + 1);
  return groups;
}

const NO_PROVINCE = "(không ghi tỉnh)";

/** The province a unit's norms were chosen for, one spelling per province ("tỉnh Trà Vinh" = "Trà Vinh"). */
export function provinceOf(u: Pick<UnitSummary, "province">): string {
  if (!u.province) return NO_PROVINCE;
  return canonicalProvince(u.province) ?? u.province.trim();
}

/**
 * Units whose estimates were made with the norms of different provinces or of
 * different days are added up as each unit made its estimate, never converted:
 * said here (and on the summary sheet) so that nobody reads the total as made
 * under one set of norms.
 */
export function mixedNormsFindings(units: readonly UnitSummary[]): UnitFinding[] {
  const out: UnitFinding[] = [];
  const provinces = countBy(units, provinceOf);
  if (provinces.size > 1)
    out.push(
      finding(
        "warning",
        "units-mixed-provinces",
        `Các đơn vị áp dụng định mức của ${provinces.size} tỉnh khác nhau (${listed(provinces)}): số liệu được cộng như từng đơn vị đã lập, không quy đổi về một mức chi.`,
        `The units used the norms of ${provinces.size} different provinces (${listed(provinces)}): their amounts are added as each unit made them, not converted to one set of levels.`,
      ),
    );
  const dates = countBy(units, (u) => formatDmy(u.normsDate));
  if (dates.size > 1)
    out.push(
      finding(
        "warning",
        "units-mixed-norms-dates",
        `Các đơn vị áp dụng định mức có hiệu lực vào ${dates.size} ngày khác nhau (${listed(dates)}): văn bản định mức có thể khác nhau; số liệu được cộng như từng đơn vị đã lập.`,
        `The units used the norms in force on ${dates.size} different days (${listed(dates)}): the norms may differ; the amounts are added as each unit made them.`,
      ),
    );
  return out;
}
