import { finding, type Finding } from "../findings/finding";
import type { EventLevel, PlanInfo } from "../plan/plan";
import { formatDmy, isoDate, type IsoDate } from "../dates/isoDate";
import { PROVINCES_FROM_2025, REORGANISATION_DATE, canonicalProvince, provinceNormApplies, provinceOnDate } from "./provinces";
import { BUILT_IN_NORMS } from "./catalog";
import { inForce } from "./select";

const REORGANISED = isoDate(REORGANISATION_DATE);

/**
 * Centrally-run cities before the 2025 reorganisation (thành phố trực thuộc
 * Trung ương). Huế became one in 2025; from 01/7/2025 the list is the "thành
 * phố" of PROVINCES_FROM_2025.
 */
const CITIES_BEFORE_2025 = ["Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"];
/** Huế (Thừa Thiên Huế) became a centrally-run city on 01/01/2025 (NQ 175/2024/QH15; source in provinces.ts). */
const HUE_CITY_FROM = isoDate("2025-01-01");

export function isCentrallyRunCity(province: string | undefined, date: IsoDate): boolean {
  const name = province && canonicalProvince(province);
  if (!name) return false;
  if (date >= REORGANISED) return PROVINCES_FROM_2025.some((p) => p.kind === "thành phố" && canonicalProvince(p.name) === name);
  if (date >= HUE_CITY_FROM && name === canonicalProvince("Huế")) return true;
  return CITIES_BEFORE_2025.some((c) => canonicalProvince(c) === name);
}

/**
 * The meal-support norm of K4 Đ12 TT 40/2017 for a meeting: point c when a commune
 * organises it; point a in the urban districts of a centrally-run city (assumed
 * for a city's meetings, and said); point b elsewhere in a province.
 */
export function mealSupportNorm(level: EventLevel, province: string | undefined, date: IsoDate): { code: string; assumedUrban: boolean } {
  if (level === "xa") return { code: "HN.TIENAN.XA", assumedUrban: false };
  if (isCentrallyRunCity(province, date)) return { code: "HN.TIENAN.NOITHANH", assumedUrban: true };
  return { code: "HN.TIENAN.TINH", assumedUrban: false };
}

/**
 * What the 2025 reorganisation of local government changes for a plan: from
 * 01/7/2025 there are 34 provinces and no district level (NQ 202/2025/QH15). A
 * plan names its province as it was on its date.
 */
export function jurisdictionFindings(
  info: PlanInfo,
  province: string | undefined,
  date: IsoDate,
  where?: { sheet: string; range: string },
): Finding[] {
  const out: Finding[] = [];
  const after = date >= REORGANISED;
  if (after && info.level === "huyen") {
    out.push(
      finding(
        "warning",
        "district-level-after-2025",
        `Cấp tổ chức "huyện": từ ${formatDmy(REORGANISED)} không còn cấp huyện (chính quyền địa phương hai cấp: tỉnh và xã). Chọn "tỉnh" hoặc "xã"; tiền ăn đại biểu đang tính theo mức của cuộc họp do tỉnh tổ chức.`,
        `Organising level "huyện": from ${formatDmy(REORGANISED)} there is no district level (two-level local government: province and commune). Choose "tỉnh" or "xã"; meal support is counted at a provincial meeting's level for now.`,
        where,
      ),
    );
  }
  if (!province?.trim()) return out;
  const named = provinceOnDate(province, date);
  if (named.status === "dissolved") {
    out.push(
      finding(
        "warning",
        "province-dissolved",
        `Tỉnh "${province}" không còn là đơn vị hành chính cấp tỉnh từ ${formatDmy(REORGANISED)}; nay thuộc ${named.successor} (NQ 202/2025/QH15). Kế hoạch ngày ${formatDmy(date)} ghi tên tỉnh mới; định mức riêng của tỉnh cũ không được áp dụng tự động.`,
        `"${province}" has not been a province since ${formatDmy(REORGANISED)}; it is now part of ${named.successor} (NQ 202/2025/QH15). A plan dated ${formatDmy(date)} names the new province; the old province's own norms are not applied automatically.`,
        where,
      ),
    );
  } else if (named.status === "ok") {
    // A former province's resolution may still bind its old territory: said, never applied silently.
    for (const norm of BUILT_IN_NORMS) {
      if (norm.layer !== "province" || !inForce(norm, date) || provinceNormApplies(norm.jurisdiction, province, date) !== "predecessor")
        continue;
      out.push(
        finding(
          "info",
          "predecessor-norm",
          `${norm.code}: mức ${norm.basis} của tỉnh ${norm.jurisdiction} cũ (trước ${formatDmy(REORGANISED)}) không được áp dụng tự động cho tỉnh ${named.name}; nếu đơn vị thuộc địa bàn cũ và mức này còn hiệu lực, ghi vào sheet Định mức.`,
          `${norm.code}: the level of ${norm.basis} of the former province ${norm.jurisdiction} (before ${formatDmy(REORGANISED)}) is not applied to ${named.name} automatically; if the unit is in the old territory and the level still applies, enter it on the Định mức sheet.`,
          where,
        ),
      );
    }
  } else if (named.status === "unknown") {
    out.push(
      finding(
        "info",
        "province-unknown",
        `Không nhận ra tỉnh "${province}": chỉ áp dụng định mức quốc gia và định mức của đơn vị.`,
        `The province "${province}" is not recognised: only national norms and the unit's own apply.`,
        where,
      ),
    );
  }
  return out;
}
