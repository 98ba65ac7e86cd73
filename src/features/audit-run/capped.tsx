import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { n } from './format';

/** Long lists (100,000 entities changed, thousands of failures) grow in steps, never all at once. */
const FIRST = 50;
const STEP = 1000;

export function useCapped<T>(items: readonly T[], first = FIRST) {
  const [limit, setLimit] = useState(first);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  const remaining = items.length - shown.length;
  return {
    shown,
    remaining,
    total: items.length,
    showMore: () => setLimit((current) => current + STEP),
  };
}

export function ShowMore({ capped, noun }: { capped: ReturnType<typeof useCapped>; noun: string }) {
  if (capped.remaining === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-slate-600">
      <span>
        Showing {n(capped.shown.length)} of {n(capped.total)} {noun}.
      </span>
      <Button variant="link" onClick={capped.showMore}>
        {capped.remaining <= STEP ? `Show all ${n(capped.total)}` : `Show ${n(STEP)} more`}
      </Button>
    </div>
  );
}
