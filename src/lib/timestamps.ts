/**
 * Orders ISO 8601 timestamps as the server wrote them, to the microsecond: `Date` keeps milliseconds
 * only, so two saves in one millisecond are told apart by the remaining digits. Undefined for text
 * that is not a timestamp.
 */
export function timestampKey(text: string): [number, number] | undefined {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
  const belowMs = Number(fraction.slice(3, 9).padEnd(6, '0')) / 1000;
  return [ms, belowMs];
}

/** Negative when `a` is earlier; timestamps that cannot be read sort first. */
export function compareTimestamps(a: string, b: string): number {
  const keyA = timestampKey(a);
  const keyB = timestampKey(b);
  if (!keyA || !keyB) return (keyA ? 1 : 0) - (keyB ? 1 : 0);
  return keyA[0] - keyB[0] || keyA[1] - keyB[1];
}

/** The later of two timestamps, either of which may be absent. */
export function latestOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareTimestamps(a, b) >= 0 ? a : b;
}

/** `2024-05` for a timestamp, in UTC (VIKTOR's timestamps are UTC). */
export function monthOf(text: string): string | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 7);
}

/** Every month from `first` to `last` inclusive (`YYYY-MM`), so a chart has no silent gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}
