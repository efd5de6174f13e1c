/**
 * Dates as Vietnamese administrative documents write them. Day below 10 and months
 * 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2020"): the rule of
 * NĐ 30/2020/NĐ-CP on document format as remembered, not in ../shared/domain
 * (UNVERIFIED). The Trà Vinh plan writes "ngày 19 tháng 3 năm 2020", which agrees.
 */
function parts(iso: string): { day: string; month: string; year: string } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const day = Number(m[3]);
  const month = Number(m[2]);
  return { day: day < 10 ? `0${day}` : String(day), month: month <= 2 ? `0${month}` : String(month), year: m[1] };
}

const BLANK = "…";

/** "Trà Vinh, ngày 19 tháng 3 năm 2020"; without a date, dots for the officer to fill in. */
export function placeDateLine(place: string | undefined, iso: string | undefined): string {
  const p = iso ? parts(iso) : undefined;
  const where = place?.trim() || BLANK;
  return p ? `${where}, ngày ${p.day} tháng ${p.month} năm ${p.year}` : `${where}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
}

/** "19/3/2020" for references to a document ("Kế hoạch số 30/KH-SCT ngày 19/3/2020"). */
export function shortDate(iso: string | undefined): string | undefined {
  const p = iso ? parts(iso) : undefined;
  return p ? `${p.day}/${p.month}/${p.year}` : undefined;
}
