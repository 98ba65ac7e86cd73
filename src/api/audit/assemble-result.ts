import type { Workspace } from '../workspaces/schemas';
import type {
  AuditEntity,
  AuditFailure,
  AuditResult,
  AuditScope,
  AuditUnit,
  RevisionSummary,
} from './audit-types';
import { unitKey } from './journal';

export type ResultContext = {
  scope: AuditScope;
  workspace: Workspace;
  entityTypeNames: ReadonlyMap<number, string>;
  /** Failures outside any unit (the entity types could not be listed). */
  runFailures?: AuditFailure[];
  cancelled?: boolean;
  requests: number;
  startedAt: string;
  finishedAt: string;
};

/**
 * An audit's result from its units: what a crawl returns when it ends, and what the page rebuilds from
 * a finished journal on load. One place, so both say the same entities, failures and outcome.
 */
export function assembleAuditResult(
  units: ReadonlyMap<string, AuditUnit>,
  context: ResultContext,
): AuditResult {
  const entities = new Map<number, AuditEntity>();
  const revisions = new Map<number, RevisionSummary>();
  const failures = [...(context.runFailures ?? [])];
  for (const unit of units.values()) {
    for (const child of unit.children) entities.set(child.id, child);
    if (unit.entityId !== null && unit.revisions) revisions.set(unit.entityId, unit.revisions);
    failures.push(...unit.failures);
  }
  const rootComplete = units.get(unitKey(null))?.complete === true;
  return {
    scope: context.scope,
    outcome: context.cancelled ? 'cancelled' : failures.length > 0 || !rootComplete ? 'partial' : 'done',
    workspace: context.workspace,
    entityTypeNames: context.entityTypeNames,
    entities: [...entities.values()].sort((a, b) => a.id - b.id),
    revisions,
    failures,
    requests: context.requests,
    startedAt: context.startedAt,
    finishedAt: context.finishedAt,
  };
}
