import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';

/**
 * Which VIKTOR environment the dashboard is connected to, served by the proxy in front of it
 * (`/runtime-config.json`). It never carries the token. A deployment without it still works; the
 * header then says the environment is unknown.
 */
export const runtimeConfigSchema = z.looseObject({
  environmentName: z.catch(z.string(), 'unknown environment'),
  upstreamHost: z.nullish(z.string()),
  demo: z.catch(z.boolean(), false),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

const UNKNOWN: RuntimeConfig = { environmentName: 'unknown environment', upstreamHost: null, demo: false };

export async function fetchRuntimeConfig(signal?: AbortSignal): Promise<RuntimeConfig> {
  const response = await fetch(`${globalThis.location.origin}/runtime-config.json`, { signal });
  if (!response.ok) return UNKNOWN;
  const parsed = runtimeConfigSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data : UNKNOWN;
}

export const runtimeConfigQuery = () =>
  queryOptions({
    queryKey: ['runtime-config'] as const,
    queryFn: ({ signal }) => fetchRuntimeConfig(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
