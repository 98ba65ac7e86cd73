import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { userSchema } from './schemas';

export function getCurrentUser(options: RequestOptions = {}) {
  return apiRequest('get', 'users/current/', userSchema, options);
}

export const userQueries = {
  all: () => ['users'] as const,
  // The token's user does not change while the dashboard runs.
  current: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => getCurrentUser({ signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** 401 when the token is bad; used to tell "expired token" apart from a missing permission. */
export function verifyToken(options: RequestOptions = {}) {
  return apiRequest('get', 'verify/', z.unknown(), options);
}
