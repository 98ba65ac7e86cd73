import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import type { EntityRevision } from '../../api/revisions/schemas';

const URL_BASE = '/workspaces/1/entities/11/revisions';
const SAVES = 25;

/** 25 saves, one a day; ids 1001…1025, kept newest first as the mock expects. */
function longHistory(): EntityRevision[] {
  return Array.from({ length: SAVES }, (_, index) => ({
    id: 1001 + index,
    created_date: new Date(Date.UTC(2026, 0, 1 + index, 9)).toISOString().replace('Z', '123Z'),
    properties: { step: index + 1, length: 18 + index / 10 },
  })).reverse();
}

const revisionRequests = () =>
  mockState.requests.filter((url) => url.pathname.endsWith('/entities/11/revisions/'));

/** Pages of the list, asked for without params; each revision's params are read on their own. */
const listOffsets = () =>
  revisionRequests()
    .filter((url) => url.searchParams.get('properties') === 'false')
    .map((url) => Number(url.searchParams.get('offset')));

describe.each([
  { order: 'newest-first', cap: 25 },
  { order: 'oldest-first', cap: 25 },
  { order: 'oldest-first', cap: 4 },
] as const)('a long history listed $order, at most $cap a page', ({ order, cap }) => {
  beforeEach(() => {
    mockState.revisions[11] = longHistory();
    mockState.revisionOrder = order;
    mockState.revisionPageCap = cap;
  });

  it('compares the two newest by default, newest first, without loading every page', async () => {
    renderApp(URL_BASE);
    expect(await screen.findByRole('heading', { name: 'Revision #1024 → #1025' })).toBeVisible();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('#1025latest');
    expect(rows[1]).toHaveTextContent('#1024');
    expect(rows.at(-1)).toHaveTextContent('#1016');
    expect(screen.getByText(`${SAVES} revisions`)).toBeVisible();
    // Restore is offered on older revisions, never on the newest.
    expect(screen.queryByRole('button', { name: 'Restore revision 1025' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore revision 1024' })).toBeEnabled();
    // The oldest page (the first an oldest-first server sends) is read once, for its count and order.
    const deepest = order === 'oldest-first' ? SAVES - 10 : 10;
    expect(listOffsets().filter((offset) => offset > 0 && offset < deepest - 1)).toEqual([]);
  });

  it('lists the history without params and reads each compared document on its own', async () => {
    renderApp(URL_BASE);
    expect(await screen.findByRole('heading', { name: 'Revision #1024 → #1025' })).toBeVisible();
    const counts = await screen.findByLabelText('Change counts');
    expect(counts).toHaveTextContent('0 added · 0 removed · 2 changed');
    const withParams = revisionRequests().filter((url) => url.searchParams.get('properties') !== 'false');
    expect(withParams.length).toBeGreaterThanOrEqual(2);
    expect(withParams.map((url) => url.searchParams.get('limit'))).toEqual(withParams.map(() => '1'));
  });

  it('pages back in time: the next page holds the ten before, and the first revision is marked first', async () => {
    const { user } = renderApp(URL_BASE);
    await screen.findByRole('heading', { name: 'Revision #1024 → #1025' });
    for (let loaded = 10; loaded < SAVES; loaded += 10) {
      await user.click(screen.getByRole('button', { name: `Load older revisions (${loaded} of ${SAVES})` }));
      await screen.findByRole('radio', {
        name: `Compare to revision ${1025 - Math.min(loaded + 10, SAVES) + 1}`,
      });
    }
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const ids = rows.map((row) => within(row).getAllByRole('radio')[1]?.getAttribute('aria-label'));
    expect(ids).toEqual(Array.from({ length: SAVES }, (_, index) => `Compare to revision ${1025 - index}`));
    expect(rows.at(-1)).toHaveTextContent('first');
    expect(rows.at(-2)).not.toHaveTextContent('first');
  });
});
