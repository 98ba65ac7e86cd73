import { formatExact, formatRelative } from '../../lib/format-date';

/** "3 days ago", with the exact local date and time on hover. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span className="text-slate-400">—</span>;
  return (
    <time dateTime={iso} title={formatExact(iso)}>
      {formatRelative(iso)}
    </time>
  );
}
