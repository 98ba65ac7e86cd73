import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getEntityDownload } from '../../api/entities/endpoints';
import { Button } from '../../components/ui/button';
import { errorMessage } from '../../components/ui/error-state';
import { checkDownloadUrl } from '../../lib/download-url';
import { runtimeConfigQuery } from '../../lib/runtime-config';

/**
 * The download URL is temporary, so it is asked for on click rather than prefetched; the browser
 * then fetches the file directly from that URL (it carries its own short-lived authorisation).
 * It is opened only when `checkDownloadUrl` accepts it: the API's answer picks the URL.
 */
export function FileDownload({ workspaceId, entityId }: { workspaceId: number; entityId: number }) {
  const client = useQueryClient();
  const download = useMutation({
    mutationFn: async () => {
      const [{ temporary_download_url: url }, config] = await Promise.all([
        getEntityDownload(workspaceId, entityId),
        client.query(runtimeConfigQuery()),
      ]);
      return checkDownloadUrl(url, {
        ownOrigin: globalThis.location.origin,
        demo: config.demo,
        upstreamHost: config.upstreamHost,
      });
    },
    onSuccess: (target) => {
      if (!target.ok) return;
      const link = document.createElement('a');
      link.href = target.url;
      link.rel = 'noopener';
      link.download = '';
      link.click();
    },
  });
  const refused = download.data?.ok === false ? download.data.reason : null;
  return (
    <div className="flex items-center gap-3 text-sm">
      <Button variant="primary" disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? 'Preparing download…' : 'Download file'}
      </Button>
      {download.isError && (
        <span role="alert" className="text-red-700">
          Download failed: {errorMessage(download.error)}
        </span>
      )}
      {refused && (
        <span role="alert" className="text-red-700">
          Download refused: {refused}
        </span>
      )}
    </div>
  );
}
