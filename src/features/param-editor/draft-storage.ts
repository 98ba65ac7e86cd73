import { z } from 'zod/mini';
import { parseJson, stringifyJson } from '../../lib/exact-json';
import { paramsSchema } from '../../lib/schema-helpers';

/**
 * Unsaved edits, per workspace/entity, in sessionStorage: they survive a reload, an expired token
 * (401) and a failed save, and stay in this tab. Only params and names go here, never credentials.
 */
const draftSchema = z.object({
  version: z.literal(1),
  base: z.object({ name: z.string(), properties: paramsSchema, updatedAt: z.optional(z.string()) }),
  name: z.string(),
  properties: paramsSchema,
  savedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

const keyFor = (workspaceId: number, entityId: number) => `viktor-dashboard:draft:${workspaceId}:${entityId}`;

export function loadDraft(workspaceId: number, entityId: number): Draft | null {
  try {
    const raw = sessionStorage.getItem(keyFor(workspaceId, entityId));
    if (!raw) return null;
    const parsed = draftSchema.safeParse(parseJson(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or disabled): the caller tells the user. */
export function saveDraft(
  workspaceId: number,
  entityId: number,
  draft: Omit<Draft, 'version' | 'savedAt'>,
): boolean {
  try {
    const value: Draft = { version: 1, savedAt: new Date().toISOString(), ...draft };
    // Integers beyond 2^53 (bigint) keep their digits, and read back as bigint.
    sessionStorage.setItem(keyFor(workspaceId, entityId), stringifyJson(value));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(workspaceId: number, entityId: number) {
  try {
    sessionStorage.removeItem(keyFor(workspaceId, entityId));
  } catch {
    // Nothing to do: storage is unavailable, so there was no draft either.
  }
}
