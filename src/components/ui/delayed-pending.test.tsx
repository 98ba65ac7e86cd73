import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DelayedPending } from './delayed-pending';
import { SkeletonRows } from './skeleton';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function Page({ pending }: { pending: boolean }) {
  return (
    <DelayedPending pending={pending} fallback={<p>Loading workspaces…</p>}>
      <h1>Workspaces</h1>
    </DelayedPending>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DelayedPending', () => {
  it('never shows the placeholder for a fast answer', () => {
    const { rerender } = render(<Page pending />);
    expect(screen.queryByText('Loading workspaces…')).not.toBeInTheDocument();
    advance(200);
    expect(screen.queryByText('Loading workspaces…')).not.toBeInTheDocument();
    rerender(<Page pending={false} />);
    expect(screen.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
    advance(1000);
    expect(screen.queryByText('Loading workspaces…')).not.toBeInTheDocument();
  });

  it('shows it once the wait is felt, and keeps it its minimum time when the answer comes just after', () => {
    const { rerender } = render(<Page pending />);
    advance(250);
    expect(screen.getByText('Loading workspaces…')).toBeVisible();
    advance(50);
    rerender(<Page pending={false} />);
    // Not a blink: the placeholder stays, the content waits for it.
    expect(screen.getByText('Loading workspaces…')).toBeVisible();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    advance(450);
    expect(screen.queryByText('Loading workspaces…')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
  });

  it('goes as soon as the answer comes when it has been shown long enough', () => {
    const { rerender } = render(<Page pending />);
    advance(2000);
    rerender(<Page pending={false} />);
    advance(0);
    expect(screen.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
  });
});

describe('SkeletonRows', () => {
  it('is a busy live region at once, its rows and label only after the delay', () => {
    render(<SkeletonRows label="Loading workspaces…" />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(region).toBeEmptyDOMElement();
    advance(250);
    expect(screen.getByRole('status')).toHaveTextContent('Loading workspaces…');
  });

  it('appears at once when asked to (the router already waited)', () => {
    render(<SkeletonRows label="Loading…" delayMs={0} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});
