import { foldText } from "./fold";

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Reads a date as officers write it: 2020-03-19, 19/3/2020, 19-03-2020, "ngày 19 tháng 3 năm 2020". ISO out. */
export function parseVietnameseDate(text: string): string | undefined {
  const t = foldText(text);
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(t);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(t);
  if (m) return iso(+m[3], +m[2], +m[1]);
  return undefined;
}
