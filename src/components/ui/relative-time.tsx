import { formatExact, formatRelative } from '../../lib/format-date';
import { NotSent } from './unreadable';

/**
 * "3 days ago", with the exact local date and time on hover; "unknown" when the date was not sent.
 * The exact date is written into the title when the pointer comes over it, not as each row renders:
 * formatting it needs a DateTimeFormat, whose first use costs a cold page about 20 ms.
 */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <NotSent />;
  return (
    <time
      dateTime={iso}
      onPointerEnter={(event) => {
        event.currentTarget.title ||= formatExact(iso);
      }}
    >
      {formatRelative(iso)}
    </time>
  );
}
