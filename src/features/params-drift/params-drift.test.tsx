import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../../tests/fixtures/builders';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

const WORKSPACE_ID = 1;
const PILE_TYPE = 3;
const PILES = 60;

/** Piles that share one shape; pile 1007 has no `loads`, pile 1011 answers 403 until retried. */
function pileParams(index: number): Record<string, unknown> {
  return { diameter: 0.5 + (index % 7) / 100, verified: index % 2 === 0, loads: { fz: 900 + (index % 11) } };
}
const pileIds = Array.from({ length: PILES }, (_, i) => 1000 + i);

function serveDriftType({
  gate,
  forbidden = new Set<number>(),
}: {
  gate?: Promise<void>;
  forbidden?: Set<number>;
} = {}) {
  const listed = pileIds.map((id) => makeEntity({ id, name: `Pile P${id}`, entity_type: PILE_TYPE }));
  const params = new Map(pileIds.map((id, i) => [id, pileParams(i)]));
  delete params.get(1007)?.loads;
  const gets: number[] = [];
  mockServer.use(
    http.get('*/api/workspaces/:ws/entity_types/:type/entities/', ({ request }) => {
      const url = new URL(request.url);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      // A cap below what the client asks for, as the contract allows.
      const results = listed.slice(offset, offset + 25).map(({ properties: _left, ...rest }) => rest);
      return HttpResponse.json({ count: listed.length, results });
    }),
    http.get('*/api/workspaces/:ws/entities/:id/', async ({ params: path, request }) => {
      const id = Number(path.id);
      if (!params.has(id) || new URL(request.url).searchParams.get('properties') !== 'true') return undefined;
      gets.push(id);
      if (gate && id >= 1020) await gate;
      if (forbidden.has(id)) {
        forbidden.delete(id);
        return HttpResponse.json(
          { detail: 'You do not have permission to perform this action.' },
          { status: 403 },
        );
      }
      const entity = listed.find((e) => e.id === id);
      return HttpResponse.json({ ...entity, properties: params.get(id) });
    }),
  );
  return { gets };
}

const progressText = () => screen.getByText(/entities read$/).textContent ?? '';

describe('params drift page', () => {
  it('reads every entity of the type, lists the failure with a retry, and the deviating entity with its reason', async () => {
    serveDriftType({ forbidden: new Set([1011]) });
    const { user } = renderApp(`/workspaces/${WORKSPACE_ID}/drift?type=${PILE_TYPE}`);
    await screen.findByText('Finished.', {}, { timeout: 10_000 });
    expect(progressText()).toBe(`${PILES - 1} of ${PILES} entities read`);

    const failures = within(screen.getByRole('region', { name: /Could not be read/ }));
    expect(failures.getByRole('link', { name: 'Pile P1011' })).toBeVisible();
    expect(failures.getByText(/permission.*\(403\)/)).toBeVisible();

    const deviating = within(screen.getByRole('region', { name: /^Deviating entities/ }));
    expect(deviating.getByRole('link', { name: 'Pile P1007' })).toHaveAttribute(
      'href',
      `/workspaces/${WORKSPACE_ID}/entities/1007`,
    );
    expect(deviating.getByRole('list', { name: 'Deviations of Pile P1007' })).toHaveTextContent(
      /Missing loads: most entities have it \(98%\)/,
    );
    const schema = within(screen.getByRole('table', { name: /Params schema/ }));
    expect(schema.getByRole('row', { name: /^loads\.fz number 100% \(58 of 58\) 900 … 910/ })).toBeVisible();

    // The retry reads the forbidden pile again; it now answers and joins the schema.
    await user.click(failures.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Could not be read/ })).toBeNull());
    expect(progressText()).toBe(`${PILES} of ${PILES} entities read`);
    expect(schema.getByRole('row', { name: /^loads\.fz number 100% \(59 of 59\)/ })).toBeVisible();
  });

  it('shows results as they come, and Cancel stops the crawl and keeps them', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { gets } = serveDriftType({ gate });
    const { user } = renderApp(`/workspaces/${WORKSPACE_ID}/drift?type=${PILE_TYPE}`);
    // The first twenty piles are read while the rest wait: their results show before the end.
    await waitFor(() => expect(progressText()).toBe(`20 of ${PILES} entities read`), { timeout: 10_000 });
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Deviations of Pile P1007' })).toHaveTextContent(
        /Missing loads/,
      ),
    );
    expect(screen.getByText('Reading params…')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText(/^Cancelled: the results below are from the entities read so far/);
    release();
    const asked = gets.length;
    expect(progressText()).toBe(`20 of ${PILES} entities read`);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByText(/Learnt from 20 entities/)).toBeVisible();
    // Only the requests under way when it stopped were ever sent: at most 4 at once past the twenty.
    expect(asked).toBeLessThanOrEqual(20 + 4);
    expect(gets.length).toBe(asked);
  });
});
