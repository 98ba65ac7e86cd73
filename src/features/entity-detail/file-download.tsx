import { useMutation } from '@tanstack/react-query';
import { getEntityDownload } from '../../api/entities/endpoints';
import { errorMessage } from '../../components/ui/error-state';

/**
 * The download URL is temporary, so it is asked for on click rather than prefetched; the browser
 * then fetches the file directly from that URL (it carries its own short-lived authorisation).
 */
export function FileDownload({ workspaceId, entityId }: { workspaceId: number; entityId: number }) {
  const download = useMutation({
    mutationFn: () => getEntityDownload(workspaceId, entityId),
    onSuccess: ({ temporary_download_url: url }) => {
      const link = document.createElement('a');
      link.href = url;
      link.rel = 'noopener';
      link.download = '';
      link.click();
    },
  });
  return (
    <div className="flex items-center gap-3 text-sm">
      <button
        type="button"
        className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? 'Preparing download…' : 'Download file'}
      </button>
      {download.isError && (
        <span role="alert" className="text-red-700">
          Download failed: {errorMessage(download.error)}
        </span>
      )}
    </div>
  );
}
