const FIRST_DELAY_MS = 800;
const GROWTH = 1.5;
const MAX_DELAY_MS = 5000;

/**
 * How long to wait before poll number `attempt` (0-based). Quick jobs answer within a second or two,
 * so the first polls come fast; long ones settle at one request every 5 s instead of hammering VIKTOR.
 */
export function nextPollDelay(attempt: number): number {
  return Math.min(MAX_DELAY_MS, Math.round(FIRST_DELAY_MS * GROWTH ** Math.max(0, attempt)));
}
