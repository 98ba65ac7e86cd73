/**
 * Functions that run inside the page (`page.evaluate`, `addInitScript`): they are serialised, so they
 * may use only their arguments and browser globals, never this module's scope.
 */

export type PaintTiming = {
  /** The matching request's `responseEnd` (PerformanceResourceTiming), page clock. */
  responseEnd: number;
  /** When a matching element was first in the DOM. */
  domAt: number;
  /** After the first animation frame that follows: the frame that paints it has been produced. */
  paintAt: number;
};

type ProbeWindow = Window & { __benchPaint?: Promise<{ domAt: number; paintAt: number }> };

/**
 * Starts watching for the first element matching `selector`. Installed before the action that makes
 * it appear (or as an init script, before the app starts).
 */
export function installPaintProbe(selector: string) {
  const probeWindow = window as ProbeWindow;
  performance.setResourceTimingBufferSize(10_000);
  probeWindow.__benchPaint = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      const domAt = performance.now();
      // rAF runs just before that frame's paint; a task queued from it runs after the paint.
      requestAnimationFrame(() => setTimeout(() => resolve({ domAt, paintAt: performance.now() }), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Waits for the probe, then finds the last request to `pathname` with `offset=0`. */
export async function readPaintTiming(pathname: string): Promise<PaintTiming> {
  const probe = (window as ProbeWindow).__benchPaint;
  if (!probe) throw new Error('no paint probe installed');
  const { domAt, paintAt } = await probe;
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const request = entries.findLast((entry) => {
    const url = new URL(entry.name);
    return url.pathname === pathname && url.searchParams.get('offset') === '0';
  });
  if (!request) throw new Error(`no resource timing for ${pathname}?offset=0`);
  return { responseEnd: request.responseEnd, domAt, paintAt };
}

export type ScrollStats = {
  frameType: string;
  steps: number;
  /** Long animation frames (or long tasks) over 50 ms while scrolling. */
  longFrames: { start: number; duration: number; blocking?: number }[];
  /** The longest interval between two animation frames while scrolling. */
  longestFrameGap: number;
  /** Steps after which the row at the middle of a flat tree was missing (the window had not caught up). */
  blankSteps: number;
  /** The highest `aria-posinset` rendered at the very bottom. */
  lastPosition: number;
  scrollHeight: number;
};

/**
 * Scrolls the tree top to bottom in `steps` steps, then jumps around, one position per animation
 * frame, recording long frames with a PerformanceObserver.
 */
export async function scrollTree({
  tree: selector,
  steps,
}: {
  tree: string;
  steps: number;
}): Promise<ScrollStats> {
  const tree = document.querySelector<HTMLElement>(selector);
  if (!tree) throw new Error('no tree');
  const supported = PerformanceObserver.supportedEntryTypes;
  const frameType = supported.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
  const longFrames: ScrollStats['longFrames'] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const blocking = (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration;
      longFrames.push({ start: entry.startTime, duration: entry.duration, blocking });
    }
  });
  observer.observe({ type: frameType });
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const viewHeight = tree.clientHeight;
  const rowHeight = Number.parseFloat(
    tree.querySelector<HTMLElement>('[role="treeitem"]')?.style.height ?? '',
  );
  // A flat list of roots: the row at an offset has a known aria-posinset. Not elementFromPoint, whose
  // forced layout would add to the very frames being measured.
  const rowAt = (offset: number) =>
    tree.querySelector(`[role="treeitem"][aria-posinset="${Math.floor(offset / rowHeight) + 1}"]`) !== null;

  const max = tree.scrollHeight - tree.clientHeight;
  const positions = Array.from({ length: steps + 1 }, (_, i) => Math.round((max * i) / steps));
  // Big jumps: back to the top, the far end, the middle, a quarter in, three quarters, the end.
  positions.push(0, max, max / 2, max / 4, (max * 3) / 4, max);

  let last = await nextFrame();
  const startedAt = last;
  let longestFrameGap = 0;
  let blankSteps = 0;
  for (const top of positions) {
    tree.scrollTop = top;
    const now = await nextFrame();
    longestFrameGap = Math.max(longestFrameGap, now - last);
    last = now;
    if (!rowAt(Math.min(top, max) + viewHeight / 2)) blankSteps += 1;
  }
  const lastPosition = Math.max(
    ...[...tree.querySelectorAll('[role="treeitem"]')].map((row) =>
      Number(row.getAttribute('aria-posinset')),
    ),
  );
  // Entries are delivered after their frame ends: give the last ones time to arrive.
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  longFrames.push(
    ...observer.takeRecords().map((entry) => ({ start: entry.startTime, duration: entry.duration })),
  );
  observer.disconnect();
  return {
    frameType,
    steps: positions.length,
    longFrames: longFrames.filter((frame) => frame.start >= startedAt - 1 && frame.duration > 50),
    longestFrameGap,
    blankSteps,
    lastPosition,
    scrollHeight: tree.scrollHeight,
  };
}
