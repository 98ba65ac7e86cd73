import { formatExact } from '../../lib/format-date';

/** A timestamp in an audit: the exact local date and time, the server's text on hover. */
export function AuditTime({ at }: { at: string }) {
  return (
    <time dateTime={at} title={at}>
      {formatExact(at)}
    </time>
  );
}
