import { formatExact, formatRelative } from '../../lib/format-date';
import { NotSent } from './unreadable';

/** "3 days ago", with the exact local date and time on hover; "unknown" when the date was not sent. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <NotSent />;
  return (
    <time dateTime={iso} title={formatExact(iso)}>
      {formatRelative(iso)}
    </time>
  );
}
