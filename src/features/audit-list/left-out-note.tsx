import { UnreadableText } from '../../components/ui/unreadable';
import type { UnreadableItem } from '../../lib/schema-helpers';

/** Unreadable workspaces named one by one, up to this many; the rest are counted. */
const NAMED_UNREADABLE = 5;

const workspaces = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'workspace' : 'workspaces'}`;

/**
 * Workspaces that may be archived but cannot be shown as such: the server did not say, or sent them
 * in a shape we cannot read. They are left out of the list, never silently.
 */
export function LeftOutNote({ notSaid, unreadable }: { notSaid: number; unreadable: UnreadableItem[] }) {
  if (notSaid === 0 && unreadable.length === 0) return null;
  const more = unreadable.length - NAMED_UNREADABLE;
  return (
    <div
      role="note"
      className="mx-4 mb-2 flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {notSaid > 0 && (
        <p>
          {workspaces(notSaid)} left out: the server did not say whether{' '}
          {notSaid === 1 ? 'it is' : 'they are'} archived.
        </p>
      )}
      {unreadable.length > 0 && (
        <>
          <p>
            {workspaces(unreadable.length)} left out: {unreadable.length === 1 ? 'it' : 'they'} could not be
            read, so whether {unreadable.length === 1 ? 'it is' : 'they are'} archived is not known.
          </p>
          <ul className="flex flex-col">
            {unreadable.slice(0, NAMED_UNREADABLE).map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an unreadable item may have no id
              <li key={index} className="flex min-w-0">
                <UnreadableText noun="workspace" item={item} />
              </li>
            ))}
            {more > 0 && <li>and {more.toLocaleString()} more</li>}
          </ul>
        </>
      )}
    </div>
  );
}
