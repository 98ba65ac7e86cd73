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

export type FirstRowTiming = {
  /** When a row holding the expected name was first in the DOM (page clock: 0 is navigation start). */
  domAt: number;
  /** After the animation frame that follows: the frame that paints it has been produced. */
  paintAt: number;
  /** The first-page request: when the page asked for it, and when its answer was in. */
  requestedAt: number;
  responseEnd: number;
  /** When the last script (and stylesheet) the page loaded before the row was in. */
  scriptsEnd: number;
};

type FirstRowWindow = Window & { __benchFirstRow?: Promise<{ domAt: number; paintAt: number }> };

/**
 * Installed as an init script on the dashboard and on the zero-framework page alike: the first `li`
 * of the list named "Workspaces" whose text holds `name`, then the frame that paints it.
 */
export function installFirstRowProbe(name: string) {
  const probeWindow = window as FirstRowWindow;
  performance.setResourceTimingBufferSize(10_000);
  probeWindow.__benchFirstRow = new Promise((resolve) => {
    const found = () =>
      [...document.querySelectorAll('[aria-label="Workspaces"] > li')].some((row) =>
        row.textContent?.includes(name),
      );
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      const domAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ domAt, paintAt: performance.now() }), 0));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

export async function readFirstRowTiming(): Promise<FirstRowTiming> {
  const probe = (window as FirstRowWindow).__benchFirstRow;
  if (!probe) throw new Error('no first-row probe installed');
  const { domAt, paintAt } = await probe;
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const request = entries.find((entry) => new URL(entry.name).pathname === '/api/workspaces/');
  if (!request) throw new Error('no resource timing for /api/workspaces/');
  const scripts = entries.filter(
    (entry) => /\.(js|css)$/.test(new URL(entry.name).pathname) && entry.responseEnd <= domAt,
  );
  return {
    domAt,
    paintAt,
    requestedAt: request.startTime,
    responseEnd: request.responseEnd,
    scriptsEnd: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
  };
}

export type Vitals = {
  /** Largest contentful paint: the last candidate before the first input (page clock). */
  lcp: number;
  /** What it painted. */
  lcpElement: string;
  /** Cumulative layout shift: the worst session window (shifts < 1 s apart, at most 5 s long). */
  cls: number;
  /** Interaction to next paint: the longest interaction (few interactions: no percentile). */
  inp: number;
  /** The interactions seen, the longest first: event type and duration. */
  interactions: { type: string; duration: number }[];
};

type VitalsWindow = Window & {
  __benchVitals?: {
    lcp: number;
    lcpElement: string;
    shifts: { time: number; value: number }[];
    events: { id: number; type: string; duration: number }[];
  };
};

/**
 * Installed as an init script: PerformanceObserver for LCP, layout shifts and event timing (every
 * event over 16 ms, the smallest threshold allowed; a shorter interaction counts as 0).
 */
export function installVitalsProbe() {
  const vitals: NonNullable<VitalsWindow['__benchVitals']> = {
    lcp: 0,
    lcpElement: '',
    shifts: [],
    events: [],
  };
  (window as VitalsWindow).__benchVitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      vitals.lcp = entry.startTime;
      const element = entry.element;
      vitals.lcpElement = element
        ? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`
        : '(removed)';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) vitals.shifts.push({ time: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[])
      if (entry.interactionId)
        vitals.events.push({ id: entry.interactionId, type: entry.name, duration: entry.duration });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

/** After the interactions: two frames and a moment, since event entries arrive after their paint. */
export async function readVitals(): Promise<Vitals> {
  const vitals = (window as VitalsWindow).__benchVitals;
  if (!vitals) throw new Error('no vitals probe installed');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  let cls = 0;
  let window_ = 0;
  let first = 0;
  let last = 0;
  for (const shift of vitals.shifts) {
    if (window_ > 0 && shift.time - last < 1000 && shift.time - first < 5000) window_ += shift.value;
    else {
      window_ = shift.value;
      first = shift.time;
    }
    last = shift.time;
    cls = Math.max(cls, window_);
  }
  const byInteraction = new Map<number, { type: string; duration: number }>();
  for (const event of vitals.events) {
    const seen = byInteraction.get(event.id);
    if (!seen || event.duration > seen.duration)
      byInteraction.set(event.id, { type: event.type, duration: event.duration });
  }
  const interactions = [...byInteraction.values()].sort((a, b) => b.duration - a.duration);
  return {
    lcp: vitals.lcp,
    lcpElement: vitals.lcpElement,
    cls,
    inp: interactions[0]?.duration ?? 0,
    interactions,
  };
}
