import { type InfiniteData, type UseInfiniteQueryResult, useQuery } from '@tanstack/react-query';
import { type ListedRevision, type RevisionPage, revisionQueries } from '../../api/revisions/queries';
import { revisionDate } from '../../api/revisions/schemas';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { RelativeTime } from '../../components/ui/relative-time';
import { UnreadableText } from '../../components/ui/unreadable';
import { ChangeSize } from './change-size';

type Props = {
  workspaceId: number;
  entityId: number;
  /** The change sizes wait until the compared pair is on the screen. */
  changeSizesEnabled: boolean;
  query: UseInfiniteQueryResult<InfiniteData<RevisionPage, unknown>>;
  /** Newest first. */
  revisions: ListedRevision[];
  unreadable: RevisionPage['unreadable'];
  total: number;
  fromId: number | undefined;
  toId: number | undefined;
  onPick: (side: 'from' | 'to', revisionId: number) => void;
  onRestore: (revision: ListedRevision) => void;
  restoreDisabledReason: string | undefined;
  userName: (id: number | null | undefined) => string;
};

/** Newest first. Pick any two: "From" and "To" radios, kept in the URL by the page. */
export function RevisionList(props: Props) {
  const { query, revisions, total, fromId, toId } = props;
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-800">
          {total.toLocaleString()} revisions
        </caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th className="px-2 py-1 font-semibold" title="Compare from / to">
              From · To
            </th>
            <th className="px-2 py-1 font-semibold">Revision</th>
            <th className="px-2 py-1 font-semibold">Saved</th>
            <th className="px-2 py-1 font-semibold">Change</th>
            <th className="px-2 py-1 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision, index) => (
            <tr key={revision.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-2 py-1.5">
                <input
                  type="radio"
                  name="from"
                  aria-label={`Compare from revision ${revision.id}`}
                  checked={revision.id === fromId}
                  onChange={() => props.onPick('from', revision.id)}
                />{' '}
                <input
                  type="radio"
                  name="to"
                  aria-label={`Compare to revision ${revision.id}`}
                  checked={revision.id === toId}
                  onChange={() => props.onPick('to', revision.id)}
                />
              </td>
              <td className="px-2 py-1.5">
                <span className="font-mono">#{revision.id}</span>
                {index === 0 && <span className="ml-1 text-xs text-green-700">latest</span>}
                {revision.message && (
                  <p className="max-w-56 truncate text-slate-600" title={revision.message}>
                    {revision.message}
                  </p>
                )}
              </td>
              <td className="whitespace-nowrap px-2 py-1.5 text-slate-600">
                <RelativeTime iso={revisionDate(revision)} />
                {revision.created_by != null && (
                  <p className="text-xs">{props.userName(revision.created_by)}</p>
                )}
              </td>
              <td className="px-2 py-1.5">
                <ChangeSize
                  workspaceId={props.workspaceId}
                  entityId={props.entityId}
                  enabled={props.changeSizesEnabled}
                  revision={revision}
                  previous={revisions[index + 1]}
                  isFirst={index === total - 1}
                />
              </td>
              <td className="px-2 py-1.5 text-right">
                {index > 0 && (
                  <RestoreButton
                    workspaceId={props.workspaceId}
                    entityId={props.entityId}
                    revision={revision}
                    disabledReason={props.restoreDisabledReason}
                    onRestore={props.onRestore}
                  />
                )}
              </td>
            </tr>
          ))}
          <UnreadableRevisionRows items={props.unreadable} />
        </tbody>
      </table>
      {query.isFetchNextPageError && (
        <div className="p-2">
          <ErrorState
            title="Could not load more revisions"
            error={query.error}
            onRetry={() => query.fetchNextPage()}
          />
        </div>
      )}
      {query.hasNextPage && !query.isFetchNextPageError && (
        <button
          type="button"
          className="w-full border-t border-slate-100 py-2 text-sm font-medium text-blue-700 hover:bg-slate-50"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage
            ? 'Loading…'
            : `Load older revisions (${revisions.length} of ${total.toLocaleString()})`}
        </button>
      )}
    </div>
  );
}

type RestoreProps = {
  workspaceId: number;
  entityId: number;
  revision: ListedRevision;
  disabledReason: string | undefined;
  onRestore: (revision: ListedRevision) => void;
};

/** Disabled once the revision's params are known to be missing (read for a diff, never for this). */
function RestoreButton({ workspaceId, entityId, revision, disabledReason, onRestore }: RestoreProps) {
  const params = useQuery({ ...revisionQueries.params(workspaceId, entityId, revision), enabled: false });
  return (
    <Button
      variant="link"
      size="sm"
      disabled={Boolean(disabledReason) || params.data === null}
      title={disabledReason}
      aria-label={`Restore revision ${revision.id}`}
      onClick={() => onRestore(revision)}
    >
      Restore
    </Button>
  );
}

/**
 * Revisions the server sent in a shape we cannot read: listed (with their id and why) so the history
 * does not look shorter than it is, but they cannot be picked, diffed or restored. Without a readable
 * date they have no place in the chronology, so they come last.
 */
function UnreadableRevisionRows({ items }: { items: RevisionPage['unreadable'] }) {
  return items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: an unreadable revision may have no id
    <tr key={`unreadable:${index}`} className="border-t border-slate-100 align-top">
      <td className="px-2 py-1.5 text-xs text-slate-600">cannot be compared</td>
      <td colSpan={4} className="px-2 py-1.5">
        <UnreadableText noun="revision" item={item} />
      </td>
    </tr>
  ));
}
