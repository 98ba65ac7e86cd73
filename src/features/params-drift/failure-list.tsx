import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { DriftFailure } from '../../api/drift/crawl-type';
import { Button } from '../../components/ui/button';

/** Each thing that could not be read, on its own line, with a retry where a retry can help. */
export function FailureList({
  workspaceId,
  failures,
  onRetryEntity,
  onRetryList,
  canRetryList,
}: {
  workspaceId: number;
  failures: readonly DriftFailure[];
  onRetryEntity: (entityId: number) => Promise<void>;
  onRetryList: (offset: number) => void;
  canRetryList: boolean;
}) {
  if (failures.length === 0) return null;
  return (
    <section aria-labelledby="drift-failures" className="flex flex-col gap-2">
      <h2 id="drift-failures" className="text-base font-semibold text-red-800">
        Could not be read ({failures.length})
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        {failures.map((failure) => (
          <li
            key={`${failure.kind}-${failure.kind === 'list' ? failure.offset : (failure.entityId ?? failure.reason)}`}
            className="flex flex-wrap items-center gap-2"
          >
            <FailureText workspaceId={workspaceId} failure={failure} />
            {failure.kind === 'entity' && <RetryButton onRetry={() => onRetryEntity(failure.entityId)} />}
            {failure.kind === 'list' && canRetryList && (
              <Button size="sm" onClick={() => onRetryList(failure.offset)}>
                Retry the list from entity {failure.offset + 1}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FailureText({ workspaceId, failure }: { workspaceId: number; failure: DriftFailure }) {
  const status = 'status' in failure && failure.status ? ` (${failure.status})` : '';
  if (failure.kind === 'list') {
    return (
      <span>
        The list of entities from entity {failure.offset + 1} on: {failure.reason}
        {status}
      </span>
    );
  }
  const name =
    failure.kind === 'entity' && failure.name ? failure.name : `Entity ${failure.entityId ?? '(no id)'}`;
  return (
    <span>
      {failure.entityId === undefined ? (
        name
      ) : (
        <Link
          to="/workspaces/$workspaceId/entities/$entityId"
          params={{ workspaceId, entityId: failure.entityId }}
          className="text-blue-800 underline"
        >
          {name}
        </Link>
      )}
      : {failure.kind === 'item' ? 'its list item could not be read: ' : ''}
      {failure.reason}
      {status}
    </span>
  );
}

function RetryButton({ onRetry }: { onRetry: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="sm"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void onRetry().finally(() => setBusy(false));
      }}
    >
      {busy ? 'Retrying…' : 'Retry'}
    </Button>
  );
}
