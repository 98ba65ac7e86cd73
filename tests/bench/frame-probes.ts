/**
 * What the page-level bench cases watch in the browser. Each probe is given to
 * `context.addInitScript` on its own, which sends the function's source: it must refer to nothing
 * outside itself.
 */

/** A main-thread frame (a long animation frame, else a long task) and what ran longest in it. */
export type Frame = { start: number; duration: number; scripts: string[] };

export type ProbeWindow = Window & { __frames?: Frame[]; __firstChange?: Promise<number> };

/** Before the app starts: every long frame, with when it began and its scripts over 20 ms. */
export function installLongFrameProbe() {
  const probeWindow = window as ProbeWindow;
  probeWindow.__frames = [];
  const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? 'long-animation-frame'
    : 'longtask';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      type Script = { invoker?: string; sourceFunctionName?: string; duration: number };
      const scripts = ((entry as PerformanceEntry & { scripts?: Script[] }).scripts ?? [])
        .filter((script) => script.duration > 20)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map(
          (script) =>
            `${script.invoker ?? '?'} (${script.sourceFunctionName || 'anonymous'}) ${Math.round(script.duration)} ms`,
        );
      probeWindow.__frames?.push({ start: entry.startTime, duration: entry.duration, scripts });
    }
  }).observe({ type, buffered: true });
}

/** Before the app starts: `__firstChange` resolves in the frame after a diff's first change row shows. */
export function installFirstChangeProbe() {
  const probeWindow = window as ProbeWindow;
  probeWindow.__firstChange = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[aria-label="Changes"] li[aria-label]')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** In the page: the long frames so far. Entries arrive after their frame: two frames and a moment first. */
export async function settledFrames(): Promise<Frame[]> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (window as ProbeWindow).__frames ?? [];
}
