import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AuditScope } from '../../api/audit/audit-types';
import { userQueries } from '../../api/users/queries';
import { runtimeConfigQuery } from '../../lib/runtime-config';

/**
 * Who audits where: the environment's name and the current user's id key the journal, so two users
 * or two environments on one browser never resume each other's audits. Never the token.
 */
export function useAuditScope(workspaceId: number) {
  const config = useQuery(runtimeConfigQuery());
  const user = useQuery(userQueries.current());
  const environment = config.data?.environmentName;
  const userId = user.data?.id;
  const scope = useMemo<AuditScope | undefined>(
    () =>
      environment === undefined || userId === undefined
        ? undefined
        : { environment, user: String(userId), workspaceId },
    [environment, userId, workspaceId],
  );
  return {
    scope,
    error: config.error ?? user.error,
    retry: () => void Promise.all([config.refetch(), user.refetch()]),
  };
}
