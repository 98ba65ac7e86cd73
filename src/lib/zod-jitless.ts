import { z } from 'zod/mini';

/**
 * Zod can compile object parsers with `new Function`, probing once whether it may; under the
 * dashboard's CSP (no 'unsafe-eval') that probe would be a policy violation. zod/mini does not
 * compile today, so this changes nothing now; it keeps a future zod, or a switch to the classic
 * API, from bringing an eval probe in under the CSP. Imported first in main.tsx, so it runs before
 * any module parses anything.
 */
z.config({ jitless: true });
