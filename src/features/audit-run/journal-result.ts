import { assembleAuditResult } from '../../api/audit/assemble-result';
import type { AuditResult, AuditScope } from '../../api/audit/audit-types';
import type { JournalState } from '../../api/audit/journal';
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
 * ones the crawl saw.
 */
export function resultFromJournal(
  state: JournalState,
  context: { scope: AuditScope; workspace: Workspace; entityTypeNames: ReadonlyMap<number, string> },
): AuditResult | undefined {
  if (state.finishedAt === undefined || state.startedAt === undefined) return undefined;
  return assembleAuditResult(state.units, {
    ...context,
    requests: state.requests,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
  });
}
