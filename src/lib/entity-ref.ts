/**
 * An entity anywhere: `<workspace id>:<entity id>`, the form `/compare?a=…&b=…` carries in its URL
 * (short, readable, and safe in a query string without escaping).
 */
export type EntityRef = { workspaceId: number; entityId: number };

const REF = /^([1-9]\d{0,15}):([1-9]\d{0,15})$/;

/** The ref in `text`, or undefined when it is not exactly `<positive int>:<positive int>`. */
export function parseEntityRef(text: unknown): EntityRef | undefined {
  if (typeof text !== 'string') return undefined;
  const match = REF.exec(text.trim());
  if (!match) return undefined;
  const workspaceId = Number(match[1]);
  const entityId = Number(match[2]);
  if (!Number.isSafeInteger(workspaceId) || !Number.isSafeInteger(entityId)) return undefined;
  return { workspaceId, entityId };
}

export function formatEntityRef({ workspaceId, entityId }: EntityRef): string {
  return `${workspaceId}:${entityId}`;
}
