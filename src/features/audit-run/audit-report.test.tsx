import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { renderApp } from '../../../tests/fixtures/render-app';
import { AUDIT_COLUMNS } from '../../api/audit/rows';
import { sha256Hex } from '../../lib/sha256';
import { freshIndexedDb, useArchivedWorkspace, WORKSPACE_ID, waitForReport } from './audit-test-utils';

/** Files the page hands to the browser: the Blob given to `URL.createObjectURL`, and the link's name. */
const saved: { file: Blob; name: string }[] = [];
let pendingFiles: Blob[] = [];
const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
const captureDownload = (event: MouseEvent) => {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || !link.download) return;
  // jsdom cannot navigate to an object URL: the download is the Blob we captured.
  event.preventDefault();
  const file = pendingFiles.shift();
  if (file) saved.push({ file, name: link.download });
};

beforeEach(() => {
  freshIndexedDb();
  // Every entity (updated 2026-09-01) was changed after the workspace's own record.
  useArchivedWorkspace({ updated_at: '2026-08-01T00:00:00.000001Z' });
  saved.length = 0;
  pendingFiles = [];
  URL.createObjectURL = (file: Blob | MediaSource) => {
    pendingFiles.push(file as Blob);
    return `blob:audit-${saved.length + pendingFiles.length}`;
  };
  URL.revokeObjectURL = () => {};
  document.addEventListener('click', captureDownload);
});

afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
  document.removeEventListener('click', captureDownload);
});

async function finishedAudit() {
  const view = renderApp(`/audit/${WORKSPACE_ID}`);
  await view.user.click(await screen.findByRole('button', { name: 'Start audit' }));
  await waitForReport();
  return view;
}

const region = (name: string) => within(screen.getByRole('region', { name }));

describe('audit report', () => {
  it('shows depth, revisions, the timeline with its table, who saved last and what changed after', async () => {
    const { user } = await finishedAudit();

    const depth = region('Depth');
    expect(depth.getByRole('row', { name: 'Level 1 3' })).toBeVisible();
    expect(depth.getByRole('row', { name: 'Level 2 252' })).toBeVisible();
    expect(depth.getByRole('row', { name: 'Level 3 4' })).toBeVisible();

    // Quay wall has the only history: four revisions, December 2025 to June 2026.
    const revisions = region('Revisions per entity');
    expect(revisions.getByText(/4 revisions in all; median 0 per entity; most:/)).toBeVisible();
    expect(revisions.getByRole('link', { name: 'Alpha project / Quay wall' })).toHaveAttribute(
      'href',
      `/workspaces/${WORKSPACE_ID}/entities/11`,
    );
    expect(revisions.getByRole('row', { name: /^0 258 / })).toBeVisible();
    expect(revisions.getByRole('row', { name: /^2–5 1 / })).toBeVisible();

    const timeline = region('Activity timeline');
    expect(
      timeline.getByRole('img', { name: /^Dated revisions per month from Dec 2025 to Jun 2026: 2 in all/ }),
    ).toBeVisible();
    expect(
      timeline.getByText(/2 revisions in between are counted in the totals but not in this chart/),
    ).toBeVisible();
    await user.click(timeline.getByText('Show as table'));
    const table = timeline.getByRole('table', { name: 'Dated revisions per month' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 7);
    expect(within(table).getByRole('row', { name: 'Dec 2025 1 0 1' })).toBeVisible();
    expect(within(table).getByRole('row', { name: 'Jun 2026 0 1 1' })).toBeVisible();

    expect(region('Who saved last').getByRole('row', { name: 'Ada Lovelace (you) 259' })).toBeVisible();

    const topLevel = region('Last activity per top-level entity');
    expect(topLevel.getByRole('row', { name: /^Beta project 252 / })).toBeVisible();

    // 259 changed entities: a first part, then all of them on request.
    const changed = region('Changed after the workspace was last updated');
    expect(changed.getByText(/259 entities have a revision or an update after that/)).toBeVisible();
    const list = changed.getByRole('list', { name: 'Entities changed after the workspace' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(changed.getByText('Showing 50 of 259 entities.')).toBeVisible();
    await user.click(changed.getByRole('button', { name: 'Show all 259' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(259);
    expect(
      within(list).getByRole('link', { name: 'Beta project / Structure 140 / Deep pile' }),
    ).toHaveAttribute('href', `/workspaces/${WORKSPACE_ID}/entities/999`);
  });

  it('exports a CSV with exactly the columns and one row per entity, and a JSON carrying its hash', async () => {
    const { user } = await finishedAudit();
    const exports = region('Export');
    const shown = exports.getByText(/^[0-9a-f]{64}$/).textContent;

    await user.click(exports.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const csv = saved[0] as { file: Blob; name: string };
    expect(csv.name).toBe(`audit-workspace-${WORKSPACE_ID}.csv`);
    expect(csv.file.type).toBe('text/csv;charset=utf-8');
    const text = await csv.file.text();
    const lines = text.split('\r\n');
    expect(lines.at(-1), 'the last record ends in CRLF').toBe('');
    expect(lines[0]).toBe(AUDIT_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'id,path,entity_type,name,created_at,created_by,updated_at,last_updated_by,revision_count,first_revision_at,last_revision_at',
    );
    expect(lines).toHaveLength(1 + 259 + 1);
    expect(lines).toContain(
      '11,Alpha project / Quay wall,Structure,Quay wall,2025-02-01T09:00:00.000001Z,1,2026-09-01T09:00:00.000001Z,1,4,2025-12-01T10:00:00.000001Z,2026-06-01T10:00:00.000001Z',
    );
    const ids = lines.slice(1, -1).map((line) => Number(line.split(',')[0]));
    expect(ids, 'sorted by id').toEqual([...ids].sort((a, b) => a - b));
    expect(shown).toBe(sha256Hex(text));

    await user.click(exports.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const json = saved[1] as { file: Blob; name: string };
    expect(json.name).toBe(`audit-workspace-${WORKSPACE_ID}.json`);
    const document = JSON.parse(await json.file.text());
    expect(document.rows).toHaveLength(259);
    expect(document.workspace.id).toBe(WORKSPACE_ID);
    expect(document.provenance).toMatchObject({
      environment: 'Test environment',
      user: '1',
      workspace_id: WORKSPACE_ID,
      outcome: 'done',
      tool: 'viktor-workspace-dashboard',
      tool_version: version,
      counts: { entities: 259, revisions: 4, failures: 0 },
      csv_sha256: sha256Hex(text),
    });
  });

  it('says what cannot be told when the workspace record has no updated_at', async () => {
    useArchivedWorkspace({ updated_at: undefined });
    await finishedAudit();
    expect(
      region('Changed after the workspace was last updated').getByText(
        /The server did not send the workspace’s/,
      ),
    ).toBeVisible();
  });
});
