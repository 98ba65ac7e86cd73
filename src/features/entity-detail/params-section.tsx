import type { EntityDetail } from '../../api/entities/queries';
import { JsonViewer } from '../../components/json-viewer/json-viewer';

export function ParamsContent({ detail }: { detail: EntityDetail }) {
  if (detail.paramsForbidden) {
    return (
      <p role="note" className="text-sm text-slate-700">
        You can navigate this entity but not read its parameters.
      </p>
    );
  }
  const params = detail.entity.properties;
  if (!params || Object.keys(params).length === 0) {
    return <p className="text-sm text-slate-500">This entity has no saved parameters.</p>;
  }
  return <JsonViewer value={params} label={`Parameters of ${detail.entity.name}`} />;
}
