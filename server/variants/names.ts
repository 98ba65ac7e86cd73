/**
 * The demo's contract variants: answers the contract (viktor-api.md, "Where the contract is
 * silent") leaves open, which the demo can give the other way so clients get tested against both.
 * This module has no dependencies so tests and scripts can import the list cheaply.
 */
export const CONTRACT_VARIANTS = [
  'revisions-oldest-first',
  'put-without-params',
  'reordered-keys',
  'revisions-without-params',
  'halved-page-caps',
  'missing-inferred-fields',
] as const;

export type ContractVariant = (typeof CONTRACT_VARIANTS)[number];

export function isContractVariant(name: unknown): name is ContractVariant {
  return CONTRACT_VARIANTS.includes(name as ContractVariant);
}

/** Names that are not variants, for one error message listing every mistake. */
export function unknownVariants(names: readonly unknown[]): string[] {
  return names.filter((name) => !isContractVariant(name)).map(String);
}

/** Deduplicated, in the order of CONTRACT_VARIANTS, so equal sets always read the same. */
export function normaliseVariants(names: readonly ContractVariant[]): ContractVariant[] {
  return CONTRACT_VARIANTS.filter((variant) => names.includes(variant));
}

/** `DEMO_VARIANT=a,b`: comma-separated, blanks ignored; unknown names throw with the list of valid ones. */
export function variantsFromEnv(value: string | undefined): ContractVariant[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = unknownVariants(names);
  if (unknown.length > 0) {
    throw new Error(
      `DEMO_VARIANT: unknown ${unknown.join(', ')} (available: ${CONTRACT_VARIANTS.join(', ')})`,
    );
  }
  return normaliseVariants(names as ContractVariant[]);
}
