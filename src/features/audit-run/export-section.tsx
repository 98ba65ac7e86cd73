import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { errorMessage } from '../../components/ui/error-state';
import type { ExportFormat } from './audit-files';
import { ReportSection } from './report-section';

type Props = { csvSha256: string; download: (format: ExportFormat) => Promise<void> };

/** CSV and JSON downloads of the audit, and the CSV's hash so two exports can be compared. */
export function ExportSection({ csvSha256, download }: Props) {
  const [busy, setBusy] = useState<ExportFormat>();
  const [error, setError] = useState<unknown>();

  const save = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      await download(format);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <ReportSection title="Export">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" disabled={busy !== undefined} onClick={() => void save('csv')}>
          Export CSV
        </Button>
        <Button disabled={busy !== undefined} onClick={() => void save('json')}>
          Export JSON
        </Button>
        {busy && (
          <span role="status" className="text-sm text-slate-600">
            Preparing the {busy.toUpperCase()} file…
          </span>
        )}
      </div>
      <dl className="text-sm">
        <dt className="text-xs text-slate-500">CSV SHA-256</dt>
        <dd>
          <code className="break-all text-slate-900">{csvSha256}</code>
        </dd>
      </dl>
      <p className="text-xs text-slate-600">
        One row per entity. The same audit always gives the same CSV, hence the same hash; the JSON export
        carries it in its provenance.
      </p>
      {error !== undefined && (
        <p role="alert" className="text-sm text-red-800">
          The file could not be made: {errorMessage(error)}
        </p>
      )}
    </ReportSection>
  );
}
