import type { AuditEntity, AuditResult, AuditScope, RevisionSummary } from '../../api/audit/audit-types';
import { type JournalState, unitKey } from '../../api/audit/journal';
import type { Workspace } from '../../api/workspaces/schemas';

/** How far an audit in the journal has come: what the page offers to resume. */
export type SavedProgress = { done: number; found: number; requests: number; startedAt?: string };

export function savedProgress(state: JournalState): SavedProgress {
  const found = new Set<number>();
  let done = 0;
  for (const unit of state.units.values()) {
    for (const child of unit.children) found.add(child.id);
    if (unit.entityId !== null && unit.complete) done++;
  }
  return {
    done,
    found: found.size,
    requests: state.requests,
    ...(state.startedAt === undefined ? {} : { startedAt: state.startedAt }),
  };
}

/**
 * The result of a finished audit, rebuilt from its journal, so the page shows its report on load
 * without crawling again (a resume would redo the entities that failed). The journal keeps units only:
 * the workspace record and the type names are read again, which for an archived workspace are the
 * ones the crawl saw. Mirrors how `runAudit` assembles its result.
 */
export function resultFromJournal(
  state: JournalState,
  context: { scope: AuditScope; workspace: Workspace; entityTypeNames: ReadonlyMap<number, string> },
): AuditResult | undefined {
  if (state.finishedAt === undefined || state.startedAt === undefined) return undefined;
  const entities = new Map<number, AuditEntity>();
  const revisions = new Map<number, RevisionSummary>();
  for (const unit of state.units.values()) {
    for (const child of unit.children) entities.set(child.id, child);
    if (unit.entityId !== null && unit.revisions) revisions.set(unit.entityId, unit.revisions);
  }
  const failures = [...state.units.values()].flatMap((unit) => unit.failures);
  const rootComplete = state.units.get(unitKey(null))?.complete === true;
  return {
    scope: context.scope,
    outcome: failures.length > 0 || !rootComplete ? 'partial' : 'done',
    workspace: context.workspace,
    entityTypeNames: context.entityTypeNames,
    entities: [...entities.values()].sort((a, b) => a.id - b.id),
    revisions,
    failures,
    requests: state.requests,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
  };
}
