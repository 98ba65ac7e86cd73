import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { productionBuild } from '../built-app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The build every figure is compared with: main after the deployment work, before any performance
 * change. `npm run bench -- --baseline <git ref>` compares with another one.
 */
export const DEFAULT_BASELINE_REF = '23fe3aa';

export type Baseline = { ref: string; sha: string; distDir: string };

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/**
 * Builds `ref` with its own sources and its own vite.config.ts, in a temporary git worktree that
 * shares this checkout's node_modules. The build is kept per commit under .e2e-artifacts, so a
 * second run reuses it; the worktree is removed again at once.
 */
export async function buildBaseline(ref: string, log: (line: string) => void): Promise<Baseline> {
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const distDir = join(ROOT, '.e2e-artifacts', 'bench-baseline', sha);
  const done = join(distDir, '.built');
  if (existsSync(done)) {
    log(`baseline ${ref} (${sha.slice(0, 10)}): reusing its build`);
    return { ref, sha, distDir };
  }
  const started = performance.now();
  const worktree = mkdtempSync(join(tmpdir(), 'viktor-bench-baseline-'));
  rmSync(worktree, { recursive: true });
  git('worktree', 'add', '--detach', worktree, sha);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'), 'dir');
    await productionBuild(distDir, { root: worktree });
    writeFileSync(done, `${sha}\n`);
  } finally {
    git('worktree', 'remove', '--force', worktree);
  }
  log(
    `baseline ${ref} (${sha.slice(0, 10)}) built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { ref, sha, distDir };
}

/**
 * Whether the baseline's sources hold `path` (a route file): a page added after the baseline has
 * nothing there to compare with, and its case would wait for a page that never comes.
 */
export function baselineHas(baseline: Baseline, path: string): boolean {
  try {
    git('cat-file', '-e', `${baseline.sha}:${path}`);
    return true;
  } catch {
    return false;
  }
}
