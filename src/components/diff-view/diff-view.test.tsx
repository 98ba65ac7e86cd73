import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeDiff, type WorkerRequest } from '../../lib/json-diff/compute-diff';
import { inlineTextDiff } from '../../lib/json-diff/inline-text-diff';
import { DIFF_ROW_HEIGHT, TEXT_ROW_HEIGHT } from './diff-row-view';
import { DiffView } from './diff-view';

// The real word differ, watched: the test tells where (and when) it runs.
vi.mock('../../lib/json-diff/inline-text-diff', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/json-diff/inline-text-diff')>();
  return { ...actual, inlineTextDiff: vi.fn(actual.inlineTextDiff) };
});

const before = 'Piles Ø 600 mm in the north row, checked for negative skin friction.';
const after = 'Piles Ø 800 mm in the north row, checked for negative skin friction and uplift.';
const rows = () => computeDiff({ note: before, phi: 20 }, { note: after, phi: 22 }, {}, 'changed').rows;

const texts = (elements: HTMLElement[]) => elements.map((element) => element.textContent?.trim());

describe('DiffView: long text changes word by word', () => {
  beforeEach(() => vi.mocked(inlineTextDiff).mockClear());

  it.each(['unified', 'split'] as const)(
    '%s: shows old and new whole at first, then the changed words computed off the render path',
    async (view) => {
      render(<DiffView rows={rows()} view={view} />);
      expect(inlineTextDiff).not.toHaveBeenCalled();
      const row = screen.getByRole('listitem', { name: 'note changed' });
      expect(row).toHaveTextContent('600 mm');
      expect(row).toHaveTextContent('and uplift');
      expect(within(row).queryByRole('deletion')).not.toBeInTheDocument();

      expect(texts(await within(row).findAllByRole('deletion'))).toEqual(['600']);
      expect(texts(within(row).getAllByRole('insertion'))).toEqual(['800', 'and uplift']);
      expect(inlineTextDiff).toHaveBeenCalledTimes(1);
      expect(inlineTextDiff).toHaveBeenCalledWith(before, after);
    },
  );

  it('asks for the word diff only for long texts, once per row, not again when it re-renders', async () => {
    const shared = rows();
    const view = render(<DiffView rows={shared} view="unified" />);
    await screen.findByRole('deletion');
    view.rerender(<DiffView rows={shared} view="split" />);
    expect(screen.getByRole('deletion')).toHaveTextContent('600');
    expect(inlineTextDiff).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('listitem', { name: 'phi changed' })).toHaveTextContent('Δ +2');
  });
});

describe('DiffView: row positions', () => {
  it('places new rows by their own heights, also when there are as many as before', () => {
    const view = render(<DiffView rows={rows()} view="unified" />);
    // The long text first (a taller row), then phi below it.
    expect(screen.getByRole('listitem', { name: 'phi changed' })).toHaveStyle({
      transform: `translateY(${TEXT_ROW_HEIGHT}px)`,
    });
    const swapped = computeDiff({ alpha: 1, note: before }, { alpha: 2, note: after }, {}, 'changed').rows;
    view.rerender(<DiffView rows={swapped} view="unified" />);
    expect(screen.getByRole('listitem', { name: 'note changed' })).toHaveStyle({
      transform: `translateY(${DIFF_ROW_HEIGHT}px)`,
    });
  });
});

/** A stand-in for the diff worker that answers when the test says so. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  inbox: WorkerRequest[] = [];
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.inbox.push(request);
  }
  terminate() {}
}

describe('DiffView with a diff worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.created = [];
  });

  it('sends the row’s texts to the worker and shows the parts it answers', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const fresh = await import('./diff-view');
    render(<fresh.DiffView rows={rows()} view="unified" />);
    const worker = FakeWorker.created[0] as FakeWorker;
    expect(worker.inbox).toEqual([{ id: expect.any(Number), inline: { from: before, to: after } }]);

    const parts = [
      { kind: 'same', text: 'Piles Ø ' },
      { kind: 'removed', text: '600' },
      { kind: 'added', text: '800' },
      { kind: 'same', text: ' mm in the north row…' },
    ];
    worker.onmessage?.({ data: { id: worker.inbox[0]?.id, parts } });
    const row = screen.getByRole('listitem', { name: 'note changed' });
    expect(await within(row).findByRole('deletion')).toHaveTextContent('600');
    expect(within(row).getByRole('insertion')).toHaveTextContent('800');
  });
});
