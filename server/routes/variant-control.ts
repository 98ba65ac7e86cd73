import { Hono } from 'hono';
import type { DemoContext } from '../context';
import { readJsonObject } from '../http/body';
import { fieldErrors } from '../http/errors';
import { CONTRACT_VARIANTS, type ContractVariant, unknownVariants } from '../variants/names';

/**
 * `GET/PUT /__control/variants`: which contract variants the server answers with. PUT replaces the
 * whole set; `[]` is the default behaviour again. No auth, like the other test hooks.
 */
export function variantControlRoutes(ctx: DemoContext): Hono {
  const app = new Hono();
  const state = () => ({ variants: ctx.variants.list(), available: [...CONTRACT_VARIANTS] });
  const paths = ['/__control/variants', '/__control/variants/'];

  app.on('GET', paths, (c) => c.json(state()));
  app.on('PUT', paths, async (c) => {
    const { variants } = await readJsonObject(c);
    if (!Array.isArray(variants)) {
      throw fieldErrors({
        variants: [variants === undefined ? 'This field is required.' : 'Expected a list of items.'],
      });
    }
    const unknown = unknownVariants(variants);
    if (unknown.length > 0) {
      throw fieldErrors({
        variants: unknown.map(
          (name) => `"${name}" is not a valid choice. Choose from: ${CONTRACT_VARIANTS.join(', ')}.`,
        ),
      });
    }
    ctx.variants.set(variants as ContractVariant[]);
    return c.json(state());
  });
  return app;
}
