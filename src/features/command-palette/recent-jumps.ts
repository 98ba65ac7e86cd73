import { z } from 'zod/mini';

/**
 * The palette's last jumps, newest first, in localStorage: one list per environment, so jumps made
 * against Production never show up (by id) in the demo. Only kinds, ids and the labels the user saw:
 * nothing secret, nothing read with a token beyond a name.
 */
const recentJumpSchema = z.object({
  kind: z.enum(['workspace', 'entity']),
  id: z.number().check(z.int(), z.positive()),
  label: z.string().check(z.maxLength(500)),
  workspaceId: z.number().check(z.int(), z.positive()),
});
export type RecentJump = z.infer<typeof recentJumpSchema>;

export const MAX_RECENT_JUMPS = 8;

export const recentJumpsKey = (environmentName: string) =>
  `viktor-dashboard:palette-recent:${environmentName}`;

const sameJump = (a: RecentJump, b: RecentJump) =>
  a.kind === b.kind && a.id === b.id && a.workspaceId === b.workspaceId;

/** What was stored; anything unreadable (storage disabled, another version's shape) is left out. */
export function loadRecentJumps(environmentName: string): RecentJump[] {
  try {
    const raw = localStorage.getItem(recentJumpsKey(environmentName));
    if (!raw) return [];
    const list = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list
      .flatMap((item) => {
        const parsed = recentJumpSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      })
      .slice(0, MAX_RECENT_JUMPS);
  } catch {
    return [];
  }
}

/** Puts `jump` first (once), keeps the newest eight; a browser that refuses to store is ignored. */
export function rememberJump(environmentName: string, jump: RecentJump): RecentJump[] {
  const next = [jump, ...loadRecentJumps(environmentName).filter((other) => !sameJump(other, jump))].slice(
    0,
    MAX_RECENT_JUMPS,
  );
  try {
    localStorage.setItem(recentJumpsKey(environmentName), JSON.stringify(next));
  } catch {
    // Full or disabled storage: the jump still happens, it is just not remembered.
  }
  return next;
}
