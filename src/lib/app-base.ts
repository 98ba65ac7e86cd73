/**
 * Where the dashboard is served from, e.g. `https://tools.example.com/tools/viktor/`: the folder
 * holding `index.html`, `runtime-config.json` and `assets/`. One build serves any such folder, so it
 * is read at run time, from where the code itself was loaded: the built modules live in
 * `<base>assets/`. The dev server always serves from `/`.
 */
export function appBaseFrom(moduleUrl: string, dev: boolean, origin: string): string {
  if (dev) return `${origin}/`;
  const assets = moduleUrl.lastIndexOf('/assets/');
  return assets === -1 ? `${origin}/` : moduleUrl.slice(0, assets + 1);
}

const origin = globalThis.location?.origin ?? 'http://localhost';

// `import.meta.env` is Vite's: absent when Node runs this module (the audit CLI).
export const APP_BASE_URL = appBaseFrom(import.meta.url, import.meta.env?.DEV ?? false, origin);

/** The router's basepath: the path of {@link APP_BASE_URL}, without its trailing slash (`/` stays). */
export const APP_BASE_PATH = new URL(APP_BASE_URL).pathname.replace(/(.)\/$/, '$1');

/** An address inside the app folder, for a path relative to it (`runtime-config.json`, `api/`). */
export function appUrl(relative: string): string {
  return new URL(relative, APP_BASE_URL).href;
}
