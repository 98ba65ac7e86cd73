import { elementScroll, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

/**
 * useVirtualizer options that never make the browser lay out the page while the list mounts. By
 * default the virtualizer, in a layout effect, reads its scroll element's size (clientHeight) and
 * scrolls it to its initial offset (scrollTo): each forces a layout of the freshly rendered list there
 * and then, before the frame's own layout. A cold load's profile had that at 20-30 ms.
 */
export function layoutFreeVirtualizerOptions(): Pick<
  VirtualizerOptions<HTMLDivElement, Element>,
  'initialRect' | 'observeElementRect' | 'scrollToFn'
> {
  return { initialRect: startingViewport, observeElementRect, scrollToFn };
}

/**
 * The window's size when the app started: the list's first render assumes its scroll element is that
 * big (a few rows more than fit, never fewer). Read once, while the page is still empty, so reading
 * it costs no layout of a rendered page.
 */
const startingViewport: Rect =
  typeof window === 'undefined'
    ? { width: 1024, height: 800 }
    : { width: window.innerWidth, height: window.innerHeight };

/** The size from a ResizeObserver, which reports it after the frame's layout; until then `initialRect`. */
function observeElementRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const { width, height } = entry.contentRect;
    onRect({ width: Math.round(width), height: Math.round(height) });
  });
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}

const scrolledBefore = new WeakSet<Element>();

/**
 * On mount the virtualizer scrolls its element to the initial offset, 0, where a new element is
 * already: that first write is skipped. Every later one (scrollToIndex, keeping rows in place) is made.
 */
const scrollToFn: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !scrolledBefore.has(element)) {
    scrolledBefore.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
