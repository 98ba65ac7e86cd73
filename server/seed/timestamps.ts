/**
 * VIKTOR timestamps carry microseconds (`2024-05-01T10:20:30.123456Z`); JS dates stop at
 * milliseconds, so the extra three digits are supplied explicitly (from the PRNG when seeding, from
 * the high-resolution clock at runtime). Strings in this format also sort chronologically in SQL.
 */
export const SEED_START = Date.UTC(2024, 0, 8, 8, 0, 0);
/** Seeded history ends before the demo's "today" so runtime edits are always the newest. */
export const SEED_END = Date.UTC(2026, 10, 20, 17, 0, 0);

export const DAY_MS = 24 * 60 * 60 * 1000;

export function formatTimestamp(ms: number, micros = 0): string {
  const iso = new Date(Math.floor(ms)).toISOString();
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`;
}

export function nowTimestamp(): string {
  const micros = Number(process.hrtime.bigint() / 1000n) % 1000;
  return formatTimestamp(Date.now(), micros);
}

/** Keeps seeded activity inside office hours on weekdays (moving only forward in time). */
export function officeHours(ms: number): number {
  const date = new Date(ms);
  const hour = date.getUTCHours();
  if (hour > 16) date.setUTCDate(date.getUTCDate() + 1);
  if (hour < 7 || hour > 16) date.setUTCHours(7 + (hour % 9));
  const day = date.getUTCDay();
  if (day === 6) date.setUTCDate(date.getUTCDate() + 2);
  if (day === 0) date.setUTCDate(date.getUTCDate() + 1);
  return date.getTime();
}
