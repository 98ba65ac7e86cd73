import { z } from 'zod/mini';

/**
 * Zod probes for `new Function` once, to decide whether to compile its object parsers; under the
 * dashboard's CSP (no 'unsafe-eval') that probe is a policy violation. Interpreted parsing is what
 * we want anyway. Imported first in main.tsx, so it runs before any module parses anything.
 */
z.config({ jitless: true });
