import { useQuery } from '@tanstack/react-query';
import type { EntityDetail } from '../../api/entities/queries';
import { blameQueries } from '../../api/revisions/blame-query';
import { JsonViewer } from '../../components/json-viewer/json-viewer';
import { BlameCell } from '../../components/ui/blame-cell';
import { errorMessage } from '../../components/ui/error-state';
import { identityOf } from '../../lib/json-diff/blame';

type Props = { workspaceId: number; detail: EntityDetail; showBlame: boolean };

export function ParamsContent({ workspaceId, detail, showBlame }: Props) {
  const { entity } = detail;
  const blame = useQuery({ ...blameQueries.forRevision(workspaceId, entity.id), enabled: showBlame });
  if (detail.paramsForbidden) {
    return (
      <p role="note" className="text-sm text-slate-700">
        You can navigate this entity but not read its parameters.
      </p>
    );
  }
  const params = entity.properties;
  if (!params || Object.keys(params).length === 0) {
    return <p className="text-sm text-slate-500">This entity has no saved parameters.</p>;
  }
  const blameData = showBlame ? blame.data : undefined;
  return (
    <div className="flex flex-col gap-2">
      {showBlame && blame.isPending && (
        <p role="status" className="text-xs text-slate-500">
          Reading the revision history for blame…
        </p>
      )}
      {showBlame && blame.isError && (
        <p role="alert" className="text-xs text-red-700">
          Blame unavailable: {errorMessage(blame.error)}
        </p>
      )}
      <JsonViewer
        value={params}
        label={`Parameters of ${entity.name}`}
        renderAside={
          blameData
            ? (path) => (
                <BlameCell
                  source={blameData.byIdentity.get(identityOf(params, path))}
                  incomplete={!blameData.complete}
                />
              )
            : undefined
        }
      />
    </div>
  );
}
