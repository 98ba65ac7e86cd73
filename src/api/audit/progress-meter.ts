/**
 * Done count, rate and ETA for the progress bar. The rate is taken over the last few seconds, so a
 * pause for a 429 or a slow stretch shows at once instead of being averaged away.
 */
const WINDOW_MS = 5000;
const REPORT_EVERY_MS = 100;

export function createProgressMeter(now: () => number = Date.now) {
  const samples: { at: number; done: number }[] = [];
  let lastReport = 0;
  return {
    done: 0,
    waitingUntil: undefined as number | undefined,
    shouldReport(): boolean {
      const at = now();
      if (at - lastReport < REPORT_EVERY_MS) return false;
      lastReport = at;
      return true;
    },
    rate(found: number): { ratePerSecond?: number; etaSeconds?: number } {
      const at = now();
      samples.push({ at, done: this.done });
      while (samples.length > 2 && (samples[0]?.at ?? at) < at - WINDOW_MS) samples.shift();
      const oldest = samples[0];
      if (!oldest || at - oldest.at < 500) return {};
      const ratePerSecond = ((this.done - oldest.done) * 1000) / (at - oldest.at);
      if (ratePerSecond <= 0) return { ratePerSecond: 0 };
      return { ratePerSecond, etaSeconds: Math.max(0, found - this.done) / ratePerSecond };
    },
  };
}
