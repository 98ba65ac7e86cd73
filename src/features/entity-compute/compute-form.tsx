import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { parseParamsText, prettyJson } from '../../lib/json-text';
import type { JobRequest } from './use-job-runner';

/** The demo app's controller methods; any other name may be typed. */
const SUGGESTED_METHODS = ['calculate_total_weight', 'check_design', 'run_slow_analysis'];
const MAX_TIMEOUT_S = 86_400;

function checkTimeout(text: string): number | undefined {
  const seconds = Number(text);
  return /^\d+$/.test(text.trim()) && seconds >= 1 && seconds <= MAX_TIMEOUT_S ? seconds : undefined;
}

const fieldClass =
  'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm disabled:bg-slate-100 aria-[invalid=true]:border-red-500';

type Props = {
  entityParams: Record<string, unknown> | undefined;
  readOnlyReason?: string;
  busy: boolean;
  onRun: (request: JobRequest) => void;
  onCancel: () => void;
};

export function ComputeForm({ entityParams, readOnlyReason, busy, onRun, onCancel }: Props) {
  const id = useId();
  const [methodName, setMethodName] = useState('');
  // Null until edited: the entity's params may arrive after the panel does, and should fill it then.
  const [paramsDraft, setParamsDraft] = useState<string | null>(null);
  const [timeoutText, setTimeoutText] = useState('60');

  const paramsText = paramsDraft ?? prettyJson(entityParams ?? {});
  const params = parseParamsText(paramsText);
  const timeout = checkTimeout(timeoutText);
  const method = methodName.trim();
  const canRun = !readOnlyReason && !busy && method !== '' && params.ok && timeout !== undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (canRun && params.ok && timeout !== undefined)
      onRun({ method_name: method, params: params.value, timeout });
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      {readOnlyReason && (
        <p id={`${id}-readonly`} className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          {readOnlyReason}
        </p>
      )}
      <fieldset
        disabled={Boolean(readOnlyReason)}
        aria-describedby={readOnlyReason ? `${id}-readonly` : undefined}
      >
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
          <label className="block text-sm font-medium">
            Method name
            <input
              value={methodName}
              onChange={(event) => setMethodName(event.target.value)}
              list={`${id}-methods`}
              required
              autoComplete="off"
              spellCheck={false}
              className={`${fieldClass} font-mono`}
            />
          </label>
          <datalist id={`${id}-methods`}>
            {SUGGESTED_METHODS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <label className="block text-sm font-medium">
            Timeout (s)
            <input
              type="number"
              min={1}
              max={MAX_TIMEOUT_S}
              step={1}
              value={timeoutText}
              onChange={(event) => setTimeoutText(event.target.value)}
              aria-invalid={timeout === undefined}
              aria-describedby={timeout === undefined ? `${id}-timeout-error` : undefined}
              className={fieldClass}
            />
          </label>
        </div>
        {timeout === undefined && (
          <p id={`${id}-timeout-error`} className="mt-1 text-sm text-red-700">
            The timeout must be a whole number of seconds from 1 to {MAX_TIMEOUT_S}.
          </p>
        )}
        <label className="mt-3 block text-sm font-medium">
          Params (JSON)
          <textarea
            value={paramsText}
            onChange={(event) => setParamsDraft(event.target.value)}
            rows={10}
            spellCheck={false}
            aria-invalid={!params.ok}
            aria-describedby={params.ok ? undefined : `${id}-params-error`}
            className={`${fieldClass} font-mono`}
          />
        </label>
        {!params.ok && (
          <p id={`${id}-params-error`} className="mt-1 text-sm text-red-700">
            {params.message}
          </p>
        )}
        <div className="mt-3 flex gap-2">
          <Button
            type="submit"
            variant="primary"
            disabled={!canRun}
            // The disabled button itself says why, not only the fieldset around it.
            aria-describedby={readOnlyReason ? `${id}-readonly` : undefined}
          >
            Run
          </Button>
          {paramsDraft !== null && (
            <Button onClick={() => setParamsDraft(null)}>Reset params to the entity’s</Button>
          )}
        </div>
      </fieldset>
      {/* Outside the fieldset, so stopping is always possible. */}
      {busy && (
        <Button variant="danger-outline" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </form>
  );
}
