import { afterAll, beforeAll } from 'vitest';
import { CONTRACT_VARIANTS, type ContractVariant, setDemoVariants } from './demo-api';

/**
 * Every answer the contract leaves open, one run each: the default demo, then each variant alone.
 * A `describe.each(VARIANT_RUNS)` runs its tests against each (e2e files run one at a time).
 */
export const VARIANT_RUNS: readonly (ContractVariant | 'default')[] = ['default', ...CONTRACT_VARIANTS];

/** Switches the dashboard's demo server to `variant` for the enclosing describe block. */
export function runUnderVariant(variant: ContractVariant | 'default') {
  beforeAll(async () => {
    await setDemoVariants(variant === 'default' ? [] : [variant]);
  });
  afterAll(async () => {
    await setDemoVariants([]);
  });
}
