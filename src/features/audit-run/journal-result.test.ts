import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { runAudit } from '../../api/audit/crawl';
import { auditCsvSha256 } from '../../api/audit/exports';
import { createMemoryJournal, replayJournal } from '../../api/audit/journal';
import { auditRows } from '../../api/audit/rows';
import { browserApiClient } from '../../lib/api-client';
import { analyseAudit } from './audit-files';
import { SCOPE, useArchivedWorkspace } from './audit-test-utils';
import { readEntityTypeNames } from './entity-type-names';
import { resultFromJournal, savedProgress } from './journal-result';

beforeEach(() => useArchivedWorkspace());

async function auditWithJournal() {
  const journal = createMemoryJournal();
  const result = await runAudit({ client: browserApiClient(), scope: SCOPE, journal });
  return { journal, result };
}

describe('a finished audit rebuilt from its journal', () => {
  it('is the result the crawl returned', async () => {
    const { journal, result } = await auditWithJournal();
    const rebuilt = resultFromJournal(replayJournal(journal.entries), {
      scope: SCOPE,
      workspace: result.workspace,
      entityTypeNames: await readEntityTypeNames(SCOPE.workspaceId),
    });
    expect(rebuilt).toEqual(result);
  });

  it('is partial, with the failures, when an entity could not be read', async () => {
    mockServer.use(
      http.get('*/api/workspaces/:ws/entities/12/revisions/', () =>
        HttpResponse.json({ detail: 'Specified path is not allowed' }, { status: 403 }),
      ),
    );
    const { journal, result } = await auditWithJournal();
    const rebuilt = resultFromJournal(replayJournal(journal.entries), {
      scope: SCOPE,
      workspace: result.workspace,
      entityTypeNames: result.entityTypeNames,
    });
    expect(result.outcome).toBe('partial');
    expect(rebuilt).toEqual(result);
  });

  it('is not there while the audit is unfinished, whose progress is counted instead', async () => {
    const { journal } = await auditWithJournal();
    const cut = journal.entries.filter((entry) => entry.kind !== 'finished');
    const state = replayJournal(cut);
    expect(
      resultFromJournal(state, { scope: SCOPE, workspace: {} as never, entityTypeNames: new Map() }),
    ).toBeUndefined();
    expect(savedProgress(state)).toMatchObject({ done: 259, found: 259 });
  });
});

describe('the analysis', () => {
  it('hashes the CSV as the core does, and names the entities its failures are about', async () => {
    mockServer.use(
      http.get('*/api/workspaces/:ws/entities/12/revisions/', () =>
        HttpResponse.json({ detail: 'Specified path is not allowed' }, { status: 403 }),
      ),
    );
    const { result } = await auditWithJournal();
    const { analysis } = await analyseAudit(result, async () => {});
    expect(analysis.csvSha256).toBe(auditCsvSha256(auditRows(result)));
    expect(analysis.paths).toEqual({ 12: 'Alpha project / Jetty' });
  });
});
