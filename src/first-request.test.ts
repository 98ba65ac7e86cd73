import { HttpResponse, http, type JsonBodyType } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockServer, workspaceListOffsets } from '../tests/fixtures/mock-server';

// The module keeps what it sent: a fresh copy per test, with the API client and queries it feeds.
async function load() {
  vi.resetModules();
  const firstRequest = await import('./first-request');
  const { configureBrowserApi } = await import('./lib/api-client');
  const { appUrl } = await import('./lib/app-base');
  const { createQueryClient } = await import('./lib/query-client');
  const { workspaceQueries } = await import('./api/workspaces/queries');
  configureBrowserApi(appUrl('api/'), { fetch: firstRequestFetchOf(firstRequest) });
  const listFirstPage = () => createQueryClient().fetchInfiniteQuery(workspaceQueries.list({}));
  return { ...firstRequest, listFirstPage };
}
const firstRequestFetchOf = (module: typeof import('./first-request')) => module.firstRequestFetch;

const workspaceRequests = (fetchSpy: { mock: { calls: unknown[][] } }) =>
  fetchSpy.mock.calls.filter(([input]) =>
    String(input instanceof Request ? input.url : input).includes('/api/workspaces/'),
  ).length;

const config = (body: JsonBodyType) => http.get('*/runtime-config.json', () => HttpResponse.json(body));

describe('the first request, sent before the app has loaded', () => {
  beforeEach(() => mockServer.use(config({ environmentName: 'Test', apiPath: 'api/' })));

  it('is the one the workspace list asks for: its answer is used and nothing is asked twice', async () => {
    const { sendFirstRequest, listFirstPage } = await load();
    sendFirstRequest({ pathname: '/workspaces', search: '' }, '/');
    const data = await listFirstPage();
    expect(data.pages[0]?.results.length).toBeGreaterThan(0);
    expect(workspaceListOffsets()).toEqual([0]);
  });

  it('says once its answer is in, so the app can render the list with its rows at once', async () => {
    const { sendFirstRequest, firstAnswerIsIn, listFirstPage } = await load();
    expect(firstAnswerIsIn()).toBe(false);
    sendFirstRequest({ pathname: '/workspaces', search: '' }, '/');
    expect(firstAnswerIsIn()).toBe(false);
    await listFirstPage();
    expect(firstAnswerIsIn()).toBe(true);
  });

  it('is sent for / too, which redirects to the list', async () => {
    const { sendFirstRequest, listFirstPage } = await load();
    sendFirstRequest({ pathname: '/', search: '' }, '/');
    await listFirstPage();
    expect(workspaceListOffsets()).toEqual([0]);
  });

  it('is answered once: a second load of the list goes to the network', async () => {
    const { sendFirstRequest, listFirstPage } = await load();
    sendFirstRequest({ pathname: '/workspaces', search: '' }, '/');
    await listFirstPage();
    await listFirstPage();
    expect(workspaceListOffsets()).toEqual([0, 0]);
  });

  it('is not sent from another page: the app asks for what it needs itself', async () => {
    const { sendFirstRequest, runtimeConfigBody, listFirstPage } = await load();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    sendFirstRequest({ pathname: '/workspaces/1', search: '' }, '/');
    await runtimeConfigBody();
    expect(workspaceRequests(fetchSpy)).toBe(0);
    await listFirstPage();
    expect(workspaceListOffsets()).toEqual([0]);
  });

  it('is not sent when the runtime config puts the API elsewhere: never to an address it did not choose', async () => {
    mockServer.use(config({ apiPath: '/viktor/api/' }));
    const { sendFirstRequest, runtimeConfigBody } = await load();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    sendFirstRequest({ pathname: '/workspaces', search: '' }, '/');
    // The request goes out as soon as the config is read, before anyone else hears of the config.
    expect(await runtimeConfigBody()).toEqual({ apiPath: '/viktor/api/' });
    expect(workspaceRequests(fetchSpy)).toBe(0);
  });
});

describe('which pages send it', () => {
  it.each([
    ['/', '', '/', true],
    ['/workspaces', '', '/', true],
    ['/workspaces/', '', '/', true],
    ['/tools/viktor', '', '/tools/viktor', true],
    ['/tools/viktor/workspaces', '', '/tools/viktor', true],
    ['/workspaces', '?q=dike', '/', false],
    ['/workspaces/1', '', '/', false],
    ['/audit', '', '/', false],
    ['/tools/viktorx/workspaces', '', '/tools/viktor', false],
  ])('%s%s under %s: %s', async (pathname, search, basePath, sends) => {
    const { landsOnWorkspaceList } = await import('./first-request');
    expect(landsOnWorkspaceList({ pathname, search }, basePath)).toBe(sends);
  });

  it.each([
    [null, true],
    [{}, true],
    [{ apiPath: 'api/' }, true],
    [{ apiPath: 'api' }, false],
    [{ apiPath: '/viktor/api/' }, false],
    [{ apiPath: 42 }, false],
  ])('runtime config %j keeps the default API: %s', async (body, isDefault) => {
    const { usesDefaultApiPath } = await import('./first-request');
    expect(usesDefaultApiPath(body)).toBe(isDefault);
  });
});
