import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { parseJson, stringifyJson } from '../../lib/exact-json';
import { EDIT, openAndEditLength } from './edit-page.test-utils';

const DRAFT_KEY = 'viktor-dashboard:draft:1:11';
// Beyond 2^53: a double would read it as 12345678901234567000.
const EXT_ID = 12345678901234567890n;

const quayWall = () => {
  const entity = mockState.entities.find((candidate) => candidate.id === 11);
  if (!entity) throw new Error('no quay wall');
  return entity;
};

/** A reply as a server writes it: integers beyond 2^53 as their digits (HttpResponse.json cannot). */
const exactJson = (value: unknown) =>
  new HttpResponse(stringifyJson(value), { headers: { 'content-type': 'application/json' } });

/** The quay wall's params hold an external id beyond 2^53; every PUT body is kept as sent. */
function serveExactQuayWall() {
  const sent: string[] = [];
  quayWall().properties = { ...quayWall().properties, ext_id: EXT_ID };
  const newest = mockState.revisions[11]?.[0];
  if (newest) newest.properties = { ...newest.properties, ext_id: EXT_ID };
  mockServer.use(
    http.get('*/api/workspaces/:ws/entities/11/', ({ request }) => {
      const { properties, ...rest } = quayWall();
      const withParams = new URL(request.url).searchParams.get('properties') === 'true';
      return exactJson(withParams ? { ...rest, properties } : rest);
    }),
    http.put('*/api/workspaces/:ws/entities/11/', async ({ request }) => {
      const text = await request.text();
      sent.push(text);
      const body = parseJson(text) as { name: string; properties: Record<string, unknown>; message?: string };
      const now = new Date().toISOString();
      Object.assign(quayWall(), { name: body.name, properties: body.properties, updated_at: now });
      const history = mockState.revisions[11] ?? [];
      const id = Math.max(0, ...history.map((revision) => revision.id)) + 1;
      history.unshift({ id, created_date: now, properties: body.properties, message: body.message ?? null });
      mockState.revisions[11] = history;
      return exactJson(quayWall());
    }),
    http.get('*/api/workspaces/:ws/entities/11/revisions/', ({ request }) => {
      const url = new URL(request.url);
      const history = mockState.revisions[11] ?? [];
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 25);
      return exactJson({ count: history.length, results: history.slice(offset, offset + limit) });
    }),
  );
  return sent;
}

let sent: string[];
beforeEach(() => {
  sent = serveExactQuayWall();
});
afterEach(() => sessionStorage.clear());

describe('params with integers beyond 2^53', () => {
  it('shows them exactly on the details page', async () => {
    renderApp('/workspaces/1/entities/11');
    const params = within(await screen.findByRole('region', { name: 'Parameters' }));
    expect(await params.findByRole('treeitem', { name: 'ext_id: 12345678901234567890' })).toBeInTheDocument();
  });

  it('saves an edit of another field with the big integer unchanged in the PUT body', async () => {
    const { user } = await openAndEditLength('20');
    expect(screen.getByLabelText('ext_id')).toHaveValue('12345678901234567890');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('"ext_id":12345678901234567890');
    expect(sent[0]).toContain('"length":20');
    expect(screen.getByRole('heading', { name: 'No unsaved changes' })).toBeVisible();
    expect(screen.getByLabelText('ext_id')).toHaveValue('12345678901234567890');
  });

  it('keeps them exact in the draft across a reload, and saves the restored draft exactly', async () => {
    await openAndEditLength('25');
    await waitFor(() => expect(sessionStorage.getItem(DRAFT_KEY)).toContain('"length":25'));
    expect(sessionStorage.getItem(DRAFT_KEY)).toContain('"ext_id":12345678901234567890');
    cleanup(); // the tab reloads
    const { user } = renderApp(EDIT);
    const offer = await screen.findByRole('region', { name: 'Unsaved draft' });
    expect(await within(offer).findByRole('listitem', { name: 'length changed' })).toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'Restore draft' }));
    expect(await screen.findByLabelText('length')).toHaveValue('25');
    expect(screen.getByLabelText('ext_id')).toHaveValue('12345678901234567890');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(sent.map((body) => body.includes('"ext_id":12345678901234567890'))).toEqual([true]);
  });
});
