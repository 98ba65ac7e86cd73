import { PENDING_DELAY_MS, useDelayedFlag } from './delayed-pending';

/**
 * Placeholder rows while something loads. They appear only after `delayMs`, so a fast answer replaces
 * an empty region instead of flashing grey bars; the region is a busy live region from the start.
 */
export function SkeletonRows({
  rows = 8,
  label,
  delayMs = PENDING_DELAY_MS,
}: {
  rows?: number;
  label: string;
  /** 0 when whoever shows this already waited (the router's pendingMs). */
  delayMs?: number;
}) {
  const visible = useDelayedFlag(true, { delayMs });
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="space-y-2 p-2">
      {visible && (
        <>
          <span className="sr-only">{label}</span>
          {Array.from({ length: rows }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={index} className="h-14 animate-pulse rounded-md bg-slate-200/70" />
          ))}
        </>
      )}
    </div>
  );
}
