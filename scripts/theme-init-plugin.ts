import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { applyStoredTheme, THEME_STORAGE_KEY } from '../src/lib/theme-init.ts';

/** The classic script that puts a remembered theme on <html> before the first paint. */
export const THEME_INIT_SCRIPT = `(${applyStoredTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)});\n`;

/**
 * index.html's first element in <head>: src/lib/theme-init.ts as a blocking classic script, so a
 * remembered Light or Dark is on <html> before anything is painted (the app's module scripts run
 * only after the document is parsed).
 *
 * A file, not inline: the CSP (script-src 'self') forbids inline scripts, and a hash of this one in
 * the policy would have to be carried by every place that sends it (preview, nginx). The file costs
 * one request, asked for first and alongside the stylesheet that holds the first paint anyway; its
 * name carries its hash, so it sits under assets/ (immutable there, and nginx serves nothing else
 * outside index.html) and a returning visitor's browser never asks again. Relative (`./assets/…`)
 * like every other link, so serving under a sub-path rewrites it too (scripts/index-html.ts).
 *
 * The dev server sends no CSP (its hot reload is inline): there it is inline.
 */
export function themeInit(): Plugin {
  let assetsDir = 'assets';
  let command: 'build' | 'serve' = 'build';
  const fileName = () => {
    const hash = createHash('sha256').update(THEME_INIT_SCRIPT).digest('hex').slice(0, 10);
    return `${assetsDir}/theme-init-${hash}.js`;
  };
  return {
    name: 'theme-init',
    configResolved(config) {
      assetsDir = config.build.assetsDir;
      command = config.command;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: fileName(), source: THEME_INIT_SCRIPT });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        command === 'build'
          ? { tag: 'script', attrs: { src: `./${fileName()}` }, injectTo: 'head-prepend' }
          : { tag: 'script', children: THEME_INIT_SCRIPT, injectTo: 'head-prepend' },
      ],
    },
  };
}
