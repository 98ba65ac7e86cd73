import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from './use-settled';

type Edit = { version: number; properties: Record<string, unknown> };

/** The edit page's call: a fresh `{ version, properties }` object on every render. */
function renderSettled(initial: Edit) {
  let renders = 0;
  const view = renderHook(
    ({ version, properties }: Edit) => {
      renders += 1;
      return useSettled({ version, properties }, 250);
    },
    { initialProps: initial },
  );
  return { ...view, renders: () => renders };
}

describe('useSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles once typing pauses, then stays quiet however long the page stays open', () => {
    const start = { version: 0, properties: { length: 20 } };
    const view = renderSettled(start);
    const typed = { version: 1, properties: { length: 21 } };
    view.rerender(typed);
    expect(view.result.current).toMatchObject({ version: 0 });

    act(() => vi.advanceTimersByTime(250));
    expect(view.result.current).toEqual(typed);
    const rendersWhenSettled = view.renders();

    act(() => vi.advanceTimersByTime(60_000));
    expect(view.renders()).toBe(rendersWhenSettled);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('restarts the wait on each change and settles on the last one only', () => {
    const view = renderSettled({ version: 0, properties: { a: 1 } });
    view.rerender({ version: 1, properties: { a: 2 } });
    act(() => vi.advanceTimersByTime(200));
    const last = { version: 2, properties: { a: 3 } };
    view.rerender(last);
    act(() => vi.advanceTimersByTime(200));
    expect(view.result.current).toMatchObject({ version: 0 });
    act(() => vi.advanceTimersByTime(50));
    expect(view.result.current).toEqual(last);
  });

  it('does not wait on re-renders that change nothing', () => {
    const properties = { a: 1 };
    const view = renderSettled({ version: 0, properties });
    view.rerender({ version: 0, properties });
    view.rerender({ version: 0, properties });
    expect(vi.getTimerCount()).toBe(0);
  });
});
