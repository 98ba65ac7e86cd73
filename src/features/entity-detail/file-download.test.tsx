import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { FileDownload } from './file-download';

function serveDownloadUrl(url: string) {
  mockServer.use(
    http.get('*/api/workspaces/:ws/entities/:id/download/', () =>
      HttpResponse.json({ temporary_download_url: url }),
    ),
  );
}

function serveRuntimeConfig(config: { demo: boolean; upstreamHost: string }) {
  mockServer.use(
    http.get('*/runtime-config.json', () => HttpResponse.json({ environmentName: 'Test', ...config })),
  );
}

/** Every way the page could leave for the URL: a link clicked, window.open, location. */
function watchNavigation() {
  const opened: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    opened.push(this.href);
  });
  const windowOpen = vi.spyOn(window, 'open').mockImplementation(() => null);
  const startedAt = window.location.href;
  return { opened, windowOpen, startedAt };
}

function renderDownload() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <FileDownload workspaceId={1} entityId={11} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('file download', () => {
  it('opens an https: download URL', async () => {
    serveDownloadUrl('https://files.example.com/cpt/11.gef?X-Amz-Signature=abc');
    const navigation = watchNavigation();
    const user = renderDownload();
    await user.click(screen.getByRole('button', { name: 'Download file' }));
    await vi.waitFor(() =>
      expect(navigation.opened).toEqual(['https://files.example.com/cpt/11.gef?X-Amz-Signature=abc']),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(document.domain)', /javascript: address/],
    ['a javascript: URL with spaces and odd case', '  JavaScript:alert(1)', /javascript: address/],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>', /data: address/],
    ['a vbscript: URL', 'vbscript:msgbox(1)', /vbscript: address/],
    ['a file: URL', 'file:///etc/passwd', /file: address/],
    ['a relative path', '../../logout', /not send a complete web address/],
    [
      'an http: URL of another host',
      'http://files.example.com/11.gef',
      /unencrypted \(http:\).*files\.example\.com/,
    ],
  ])('refuses %s with a message and opens nothing', async (_name, url, reason) => {
    serveDownloadUrl(url);
    const navigation = watchNavigation();
    const user = renderDownload();
    await user.click(screen.getByRole('button', { name: 'Download file' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Download refused: /);
    expect(alert).toHaveTextContent(reason);
    expect(navigation.opened).toEqual([]);
    expect(navigation.windowOpen).not.toHaveBeenCalled();
    expect(window.location.href).toBe(navigation.startedAt);
    expect(screen.getByRole('button', { name: 'Download file' })).toBeEnabled();
  });

  it('opens an http: URL of the demo environment it is connected to', async () => {
    serveRuntimeConfig({ demo: true, upstreamHost: '127.0.0.1:8787' });
    serveDownloadUrl('http://127.0.0.1:8787/files/11/1900000000/abc/CPT-01.gef');
    const navigation = watchNavigation();
    const user = renderDownload();
    await user.click(screen.getByRole('button', { name: 'Download file' }));
    await vi.waitFor(() =>
      expect(navigation.opened).toEqual(['http://127.0.0.1:8787/files/11/1900000000/abc/CPT-01.gef']),
    );
  });

  it('refuses an http: URL of another host even in the demo', async () => {
    serveRuntimeConfig({ demo: true, upstreamHost: '127.0.0.1:8787' });
    serveDownloadUrl('http://127.0.0.1:9999/files/11.gef');
    const navigation = watchNavigation();
    const user = renderDownload();
    await user.click(screen.getByRole('button', { name: 'Download file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Download refused: .*127\.0\.0\.1:9999/);
    expect(navigation.opened).toEqual([]);
  });
});
