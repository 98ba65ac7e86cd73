import { screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { expect } from 'vitest';
import { makeWorkspace } from '../../../tests/fixtures/builders';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import type { AuditScope } from '../../api/audit/audit-types';
import { createIdbJournal } from '../../api/audit/idb-journal';
import { replayJournal } from '../../api/audit/journal';

/** The archived workspace the audit tests crawl: the mock's tree of 259 entities. */
export const WORKSPACE_ID = 3;
export const ENTITY_COUNT = 259;
export const SCOPE: AuditScope = { environment: 'Test environment', user: '1', workspaceId: WORKSPACE_ID };

export function useArchivedWorkspace(overrides: Parameters<typeof makeWorkspace>[0] = {}) {
  mockState.workspaces = [
    makeWorkspace({ id: WORKSPACE_ID, name: 'Afsluitdijk assessment', is_archived: true, ...overrides }),
  ];
}

/** A fresh IndexedDB per test: no test resumes another's audit. */
export function freshIndexedDb() {
  globalThis.indexedDB = new IDBFactory();
}

/** Every request's method, from msw's event stream; call the returned function to stop listening. */
export function recordMethods() {
  const methods: string[] = [];
  const listener = ({ request }: { request: Request }) => void methods.push(request.method);
  mockServer.events.on('request:start', listener);
  return { methods, stop: () => mockServer.events.removeListener('request:start', listener) };
}

/** The entities whose unit the journal holds as complete: work a resume must not redo. */
export async function completeInJournal(): Promise<number[]> {
  const state = replayJournal(await createIdbJournal(SCOPE).read());
  return [...state.units.values()]
    .filter((unit) => unit.complete && unit.entityId !== null)
    .map((unit) => unit.entityId as number);
}

/** The entity whose children or revisions an API path asks for (`null`: the root list). */
export function entityOfRequest(url: URL): number | null | undefined {
  const match = /\/api\/workspaces\/\d+\/entities\/(?:(\d+)\/(entities|revisions)\/)?$/.exec(url.pathname);
  if (!match) return undefined;
  return match[1] === undefined ? null : Number(match[1]);
}

export async function waitForReport() {
  return screen.findByRole('region', { name: 'Summary' }, { timeout: 25_000 });
}

export async function progressValue(): Promise<number> {
  const bar = await screen.findByRole('progressbar', { name: 'Audit progress' });
  return (bar as HTMLProgressElement).value;
}

/** Waits until the progress bar says at least `done` entities are done. */
export async function waitForDone(done: number) {
  await waitFor(async () => expect(await progressValue()).toBeGreaterThanOrEqual(done), { timeout: 20_000 });
}
