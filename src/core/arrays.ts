/*
 * Array helpers that hold for a province's plan: a spread (Math.max(...rows),
 * list.push(...items)) passes every item as an argument and overflows the stack
 * from about 100.000 items (a 50.000-activity plan writes more cells than that).
 */

/** The largest value; `floor` when there is none. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest value; `ceiling` when there is none. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Adds the items at the end of the list, one by one; returns the list. */
export function append<T>(list: T[], items: Iterable<T>): T[] {
  for (const item of items) list.push(item);
  return list;
}

/** The width of the widest row (0 for none). */
export function widest(rows: readonly { length: number }[]): number {
  let width = 0;
  for (const row of rows) if (row && row.length > width) width = row.length;
  return width;
}
