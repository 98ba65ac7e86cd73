import type { BlameSource } from '../../lib/json-diff/blame';
import { RelativeTime } from './relative-time';

/** "#104 · 3 days ago": which revision last changed a value, beside that value. */
export function BlameCell({ source, incomplete }: { source: BlameSource | undefined; incomplete?: boolean }) {
  if (!source) {
    return <span className="text-xs text-slate-600">{incomplete ? 'older' : '—'}</span>;
  }
  return (
    <span
      className="whitespace-nowrap text-xs text-slate-500"
      title={source.author != null ? `Saved by user #${source.author}` : undefined}
    >
      #{source.revisionId} · <RelativeTime iso={source.date} />
    </span>
  );
}
