import { useQuery } from '@tanstack/react-query';
import { userQueries } from './queries';
import { nameOf } from './schemas';

type UserRef = { id?: unknown };

/**
 * The API gives user ids only and has no user lookup: the current user, and users it embedded
 * elsewhere (`known`, e.g. a lock's holder), are the ones we can name; anyone else is "user #id".
 */
export function useUserName(known: unknown[] = []) {
  const { data: me } = useQuery(userQueries.current());
  return (id: number | null | undefined): string => {
    if (id === null || id === undefined) return 'unknown';
    if (me?.id === id) return `${nameOf(me)} (you)`;
    const embedded = known.find((user) => (user as UserRef | null)?.id === id);
    return embedded ? nameOf(embedded) : `user #${id}`;
  };
}
