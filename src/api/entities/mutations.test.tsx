import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { useRenameEntityMutation, useSaveEntityMutation } from './mutations';
import { entityQueries, getEntityDetail } from './queries';

function setup() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => ({ save: useSaveEntityMutation(1, 11), rename: useRenameEntityMutation(1, 11) }),
    { wrapper },
  );
  return { queryClient, result };
}

describe('entity mutations', () => {
  it('run in order: a rename during a pending params save keeps the saved params', async () => {
    let first = true;
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', async () => {
        if (first) {
          first = false;
          await delay(50); // the params save is slow
        }
        return undefined;
      }),
    );
    const { result } = setup();
    const { entity } = await getEntityDetail(1, 11);
    const base = { name: entity.name, properties: entity.properties ?? {}, updatedAt: entity.updated_at };

    result.current.save.mutate({ base, name: entity.name, properties: { ...base.properties, length: 99 } });
    result.current.rename.mutate('Quay wall north');

    await waitFor(() => expect(mockState.puts).toHaveLength(2));
    expect(mockState.puts[1]).toEqual(
      expect.objectContaining({
        name: 'Quay wall north',
        properties: expect.objectContaining({ length: 99 }),
      }),
    );
  });

  it('show a save at once, and roll it back when it fails', async () => {
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', async () => {
        await delay(400);
        return HttpResponse.json({ detail: 'Nope' }, { status: 500 });
      }),
    );
    const { result, queryClient } = setup();
    const key = entityQueries.detail(1, 11).queryKey;
    const before = await queryClient.query(entityQueries.detail(1, 11));
    const base = {
      name: before.entity.name,
      properties: before.entity.properties ?? {},
      updatedAt: before.entity.updated_at,
    };

    result.current.save.mutate({ base, name: base.name, properties: { ...base.properties, length: 55 } });
    await waitFor(() => expect(queryClient.getQueryData(key)?.entity.properties?.length).toBe(55));
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    expect(queryClient.getQueryData(key)?.entity.properties?.length).toBe(19);
  });
});
