import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api-error';
import { Button } from './button';

type Props = {
  title: string;
  error?: unknown;
  /** Shown instead of the error's own message. */
  message?: ReactNode;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ReactNode;
};

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** A failure shown where it happened, with the way out next to it. */
export function ErrorState({ title, error, message, onRetry, retryLabel = 'Try again', children }: Props) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words">{message ?? errorMessage(error)}</p>
      {(onRetry || children) && (
        <div className="mt-3 flex flex-wrap gap-2">
          {onRetry && (
            <Button variant="danger" onClick={onRetry}>
              {retryLabel}
            </Button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}
