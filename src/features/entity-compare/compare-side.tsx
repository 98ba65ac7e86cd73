import { Link } from '@tanstack/react-router';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { isApiError } from '../../lib/api-error';
import { formatEntityRef } from '../../lib/entity-ref';
import { RevisionSelect } from './revision-select';
import type { CompareSide } from './use-compare-side';

type Props = {
  label: 'A' | 'B';
  side: CompareSide;
  revisionId: number | undefined;
  onRevisionChange: (revisionId: number | undefined) => void;
  /** Clears this side, to pick another entity in its place. */
  onChangeEntity?: () => void;
};

/** One side's header: where the entity lives, what it is, and which of its revisions is compared. */
export function CompareSideHeader({ label, side, revisionId, onRevisionChange, onChangeEntity }: Props) {
  const { ref, workspace, detail } = side;
  const { workspaceId, entityId } = ref;
  return (
    <section
      aria-label={`Side ${label}`}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-xs font-semibold tracking-wide text-slate-500">{label}</span>
        {onChangeEntity && (
          <Button variant="link" size="sm" onClick={onChangeEntity}>
            Pick another entity
          </Button>
        )}
      </div>
      <p className="truncate text-sm text-slate-600">
        <Link to="/workspaces/$workspaceId" params={{ workspaceId }} className="hover:underline">
          {workspace.data?.name ?? `Workspace ${workspaceId}`}
        </Link>
      </p>
      {detail.isPending && <p className="text-sm text-slate-500">Loading entity {formatEntityRef(ref)}…</p>}
      {detail.isError && (
        <ErrorState
          title={
            isApiError(detail.error) && detail.error.isNotFound
              ? `Entity ${formatEntityRef(ref)} does not exist`
              : `Could not read entity ${formatEntityRef(ref)}`
          }
          error={detail.error}
          onRetry={() => void detail.refetch()}
        />
      )}
      {detail.data && (
        <>
          <h3 className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
            <Link
              to="/workspaces/$workspaceId/entities/$entityId"
              params={{ workspaceId, entityId }}
              className="text-blue-700 hover:underline"
            >
              {detail.data.entity.name}
            </Link>
            {detail.data.entity.entity_type_name && (
              <span className="text-sm font-normal text-slate-500">
                {detail.data.entity.entity_type_name}
              </span>
            )}
          </h3>
          <RevisionSelect side={side} value={revisionId} onChange={onRevisionChange} />
        </>
      )}
    </section>
  );
}
