import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ErrorState } from './error-state';
import { MainUnlessNested } from './main-unless-nested';

/** The router's last line of defence: the page failed, the header and navigation stay. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();
  return (
    <MainUnlessNested className="p-4">
      <ErrorState
        title="This page could not be shown"
        error={error}
        onRetry={() => {
          queryErrorReset.reset();
          reset();
          void router.invalidate();
        }}
      />
    </MainUnlessNested>
  );
}
