import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import {
  completeInJournal,
  ENTITY_COUNT,
  entityOfRequest,
  freshIndexedDb,
  recordMethods,
  useArchivedWorkspace,
  WORKSPACE_ID,
  waitForDone,
  waitForReport,
} from './audit-test-utils';

const REVISIONS = '*/api/workspaces/:ws/entities/:id/revisions/';

beforeEach(() => {
  freshIndexedDb();
  useArchivedWorkspace();
});

async function start(path = `/audit/${WORKSPACE_ID}`) {
  const view = renderApp(path);
  await view.user.click(await screen.findByRole('button', { name: 'Start audit' }));
  return view;
}

describe('audit run', () => {
  it('crawls the whole tree with GET requests only and shows the report', async () => {
    const recorded = recordMethods();
    await start();
    await waitForReport();
    recorded.stop();

    expect(screen.getByText(/Audit complete: 259 entities/)).toBeVisible();
    const perType = within(screen.getByRole('region', { name: 'Entities per type' }));
    expect(perType.getByRole('row', { name: 'Structure 252' })).toBeVisible();
    expect(perType.getByRole('row', { name: 'Project 3' })).toBeVisible();
    expect(perType.getByRole('row', { name: 'Pile 4' })).toBeVisible();
    expect(recorded.methods.length).toBeGreaterThan(ENTITY_COUNT);
    expect(new Set(recorded.methods)).toEqual(new Set(['GET']));
  });

  it('cancels midway, and after a reload resumes without asking again for finished work', async () => {
    // Structures from id 200 on (and the deep pile under one) answer only once released.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    mockServer.use(
      http.get(REVISIONS, async ({ params }) => {
        if (Number(params.id) >= 200) await released;
        return undefined;
      }),
    );
    const first = await start();
    await waitForDone(20);
    await first.user.click(screen.getByRole('button', { name: 'Cancel' }));
    const cancelled = await screen.findByText(/Audit cancelled:/);
    expect(cancelled).toHaveTextContent(/\d+ of \d+ entities found are done/);

    // A reload: the page reads the journal and offers to resume.
    first.unmount();
    const done = await completeInJournal();
    expect(done.length).toBeGreaterThanOrEqual(20);
    const second = renderApp(`/audit/${WORKSPACE_ID}`);
    const offer = await screen.findByText(/An earlier audit of this workspace was not finished/);
    expect(offer).toHaveTextContent(`${done.length} of`);
    release();
    const mark = mockState.requests.length;
    await second.user.click(screen.getByRole('button', { name: 'Resume' }));
    await waitForReport();

    const asked = mockState.requests.slice(mark).map(entityOfRequest);
    expect(asked, 'the root list is not read again').not.toContain(null);
    expect(
      asked.filter((id) => typeof id === 'number' && done.includes(id)),
      'entities done before the cancel are not read again',
    ).toEqual([]);
    expect(screen.getByText(/Audit complete: 259 entities/)).toBeVisible();
  });

  it('lists an entity whose history is forbidden, with the reason, and retries only that', async () => {
    let forbidden = true;
    mockServer.use(
      http.get(REVISIONS, ({ params }) =>
        Number(params.id) === 12 && forbidden
          ? HttpResponse.json({ detail: 'Specified path is not allowed' }, { status: 403 })
          : undefined,
      ),
    );
    const { user } = await start();
    await waitForReport();

    expect(screen.getByText(/Audit finished with problems/)).toBeVisible();
    const problems = within(screen.getByRole('list', { name: 'Problems' }));
    const item = problems.getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Alpha project / Jetty' })).toHaveAttribute(
      'href',
      `/workspaces/${WORKSPACE_ID}/entities/12`,
    );
    expect(item).toHaveTextContent('its revisions could not be read (403)');
    expect(item).toHaveTextContent('Specified path is not allowed');

    forbidden = false;
    const mark = mockState.requests.length;
    await user.click(screen.getByRole('button', { name: 'Retry what could not be read' }));
    await screen.findByText(/Audit complete: 259 entities/, {}, { timeout: 20_000 });
    const asked = mockState.requests.slice(mark).map(entityOfRequest);
    // Jetty's unit again (its children and its history), nothing else.
    expect(new Set(asked.filter((id) => id !== undefined))).toEqual(new Set([12]));
    expect(await screen.findByText('Everything was read: no entity, list or history failed.')).toBeVisible();
  });

  it('waits when the server answers 429 with Retry-After, says so, then finishes', async () => {
    let limited = false;
    mockServer.use(
      http.get(REVISIONS, () => {
        if (limited) return undefined;
        limited = true;
        return HttpResponse.json(
          { detail: 'Request was throttled.' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    await start();
    expect(await screen.findByText(/Server asked us to wait… resuming in \d s/)).toBeVisible();
    await waitForReport();
    expect(screen.queryByText(/Server asked us to wait/)).not.toBeInTheDocument();
    expect(screen.getByText(/Audit complete: 259 entities/)).toBeVisible();
  });

  it('says when the session ended (401) and resumes from there', async () => {
    let expired = false;
    mockServer.use(
      http.get(REVISIONS, ({ params }) => {
        if (expired || Number(params.id) !== 240) return undefined;
        expired = true;
        return HttpResponse.json(
          { detail: 'No authentication found or authentication is not correct.' },
          { status: 401 },
        );
      }),
    );
    const { user } = await start();
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent('Your VIKTOR session or token has ended');
    expect(alert).toHaveTextContent(/\d+ of \d+ entities found are done, and that work is kept/);
    const done = await completeInJournal();

    const mark = mockState.requests.length;
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await waitForReport();
    const asked = mockState.requests.slice(mark).map(entityOfRequest);
    expect(asked.filter((id) => typeof id === 'number' && done.includes(id))).toEqual([]);
    expect(screen.getByText(/Audit complete: 259 entities/)).toBeVisible();
  });

  it('shows a finished audit on load without crawling, and "Run again" starts afresh', async () => {
    const first = await start();
    await waitForReport();
    first.unmount();

    const mark = mockState.requests.length;
    const { user } = renderApp(`/audit/${WORKSPACE_ID}`);
    await waitForReport();
    expect(screen.getByText(/Audit complete: 259 entities/)).toBeVisible();
    expect(
      mockState.requests
        .slice(mark)
        .map(entityOfRequest)
        .filter((id) => id !== undefined),
    ).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument());
    await waitForReport();
    expect(mockState.requests.slice(mark).map(entityOfRequest)).toContain(null);
  });

  it('offers the requests-at-once choice from 1 to 6, 4 by default, and says when a workspace is not archived', async () => {
    useArchivedWorkspace({ is_archived: false });
    const { user } = renderApp(`/audit/${WORKSPACE_ID}`);
    expect(await screen.findByText(/This workspace is not archived/)).toBeVisible();
    const select = await screen.findByRole('combobox', { name: 'Requests at once' });
    expect(select).toHaveValue('4');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['1', '2', '3', '4', '5', '6']);
    let inFlight = 0;
    let most = 0;
    mockServer.use(
      http.get('*/api/workspaces/:ws/entities/*', async () => {
        most = Math.max(most, ++inFlight);
        // Long enough for a second request to arrive, were more than one allowed in flight.
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
        return undefined;
      }),
    );
    await user.selectOptions(select, '1');
    await user.click(screen.getByRole('button', { name: 'Start audit' }));
    await waitForReport();
    expect(most).toBe(1);
  });

  it('says why a workspace the server does not know cannot be audited', async () => {
    renderApp('/audit/77');
    expect(await screen.findByRole('heading', { name: 'This workspace cannot be audited' })).toBeVisible();
    expect(screen.getByText(/only organisation admins can see archived workspaces/)).toBeVisible();
  });

  it('still audits in a browser without IndexedDB, saying a reload would start over', async () => {
    Reflect.deleteProperty(globalThis, 'indexedDB');
    await start();
    expect(screen.getByText(/IndexedDB is not available/)).toBeVisible();
    await waitForReport();
    expect(screen.getByText(/Audit complete: 259 entities/)).toBeVisible();
  });
});
