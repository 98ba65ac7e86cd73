import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { EntityDetail } from '../../api/entities/queries';
import { entityQueries } from '../../api/entities/queries';
import { entityTypeQueries } from '../../api/entity-types/queries';
import type { Workspace } from '../../api/workspaces/schemas';
import { JsonViewer } from '../../components/json-viewer/json-viewer';
import { Button } from '../../components/ui/button';
import { formatEntityRef } from '../../lib/entity-ref';
import { Breadcrumbs } from './breadcrumbs';
import { ChildTypeRules } from './child-type-rules';
import { EntityFacts } from './entity-facts';
import { ChildrenList, SiblingsList } from './entity-list';
import { FileDownload } from './file-download';
import { ParamsContent } from './params-section';
import { Section } from './section';

type Props = {
  workspace: Workspace;
  detail: EntityDetail;
  /** The compute panel, composed by the route (features do not import each other). */
  computePanel?: React.ReactNode;
  /** Rename / add child / delete, composed by the route; gets the parent id once known. */
  renderActions?: (parentId: number | null | undefined) => React.ReactNode;
};

export function EntityDetailPage({ workspace, detail, computePanel, renderActions }: Props) {
  const { entity } = detail;
  const workspaceId = workspace.id;
  const ancestors = useQuery(entityQueries.ancestors(workspaceId, entity.id));
  const parentId = (entity.path?.filter((id) => id !== entity.id) ?? ancestors.data)?.at(-1);
  const type = useQuery(entityTypeQueries.detail(workspaceId, entity.entity_type));
  const [showBlame, setShowBlame] = useState(false);

  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
      <Breadcrumbs
        workspaceId={workspaceId}
        workspaceName={workspace.name}
        entityId={entity.id}
        entityName={entity.name}
      />
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-xl font-semibold">{entity.name}</h2>
        {renderActions?.(ancestors.isSuccess || entity.path ? (parentId ?? null) : undefined)}
        <Link
          to="/compare"
          search={{ a: formatEntityRef({ workspaceId, entityId: entity.id }) }}
          className="text-sm font-medium text-blue-700 hover:underline"
        >
          Compare with…
        </Link>
      </div>
      <Section title="Details">
        <EntityFacts workspaceId={workspaceId} entity={entity} parentId={parentId} />
      </Section>
      <Section
        title="Parameters"
        actions={
          !detail.paramsForbidden && (
            <Button
              variant="link"
              size="sm"
              aria-pressed={showBlame}
              onClick={() => setShowBlame((on) => !on)}
            >
              {showBlame ? 'Hide blame' : 'Show blame'}
            </Button>
          )
        }
      >
        <ParamsContent workspaceId={workspaceId} detail={detail} showBlame={showBlame} />
      </Section>
      {entity.summary !== undefined && entity.summary !== null && (
        <Section title="Summary">
          <JsonViewer value={entity.summary} label={`Summary of ${entity.name}`} />
        </Section>
      )}
      {type.data?.is_file && (
        <Section title="File">
          <FileDownload workspaceId={workspaceId} entityId={entity.id} />
        </Section>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Section title="Children">
          <ChildrenList workspaceId={workspaceId} entityId={entity.id} />
        </Section>
        <Section title="Siblings">
          <SiblingsList workspaceId={workspaceId} entityId={entity.id} />
        </Section>
      </div>
      <Section title="Allowed child types">
        <ChildTypeRules workspaceId={workspaceId} entityTypeId={entity.entity_type} />
      </Section>
      {computePanel && <Section title="Run a controller method">{computePanel}</Section>}
    </article>
  );
}
