import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ErrorState } from './error-state';

/** The router's last line of defence: the page failed, the header and navigation stay. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();
  return (
    <main className="p-4">
      <ErrorState
        title="This page could not be shown"
        error={error}
        onRetry={() => {
          queryErrorReset.reset();
          reset();
          void router.invalidate();
        }}
      />
    </main>
  );
}
