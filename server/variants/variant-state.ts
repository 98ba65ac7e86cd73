import { type ContractKnobs, knobsFor, type Reshape, reshapersFor } from './definitions';
import { type ContractVariant, normaliseVariants } from './names';

export type VariantState = ReturnType<typeof createVariantState>;

/** The variants one server runs with; switchable at run time (`PUT /__control/variants`). */
export function createVariantState(initial: readonly ContractVariant[] = []) {
  let active: ContractVariant[] = [];
  let knobs: ContractKnobs = knobsFor([]);
  let reshapers: Reshape[] = [];

  function set(variants: readonly ContractVariant[]): void {
    active = normaliseVariants(variants);
    knobs = knobsFor(active);
    reshapers = reshapersFor(active);
  }
  set(initial);

  return {
    list: (): ContractVariant[] => [...active],
    set,
    knobs: () => knobs,
    reshapers: () => reshapers,
  };
}
