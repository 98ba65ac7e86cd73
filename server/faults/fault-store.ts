/**
 * Scripted failures for tests of the dashboard's error handling: "the next N requests to this path
 * fail like so". Rules are consumed in the order they were added.
 */
export const FAULT_KINDS = [
  '500',
  '429',
  'malformed',
  'delay',
  '401',
  '403',
  '404',
  '400',
  'network',
  'html',
  'redirect',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type FaultRule = {
  id: number;
  path: string;
  method?: string;
  kind: FaultKind;
  remaining: number;
  /** 429: seconds for `Retry-After` (default 1); `null` sends no `Retry-After` at all. */
  retryAfter?: number | null;
  delayMs?: number;
  /** 403/404/400: the body to answer with (default a DRF `{"detail": ...}` for the status). */
  body?: Record<string, unknown>;
};

export type FaultStore = ReturnType<typeof createFaultStore>;

export function createFaultStore() {
  let rules: FaultRule[] = [];
  let nextId = 1;

  return {
    add(rule: Omit<FaultRule, 'id'>): FaultRule {
      const added = { ...rule, id: nextId++ };
      rules.push(added);
      return added;
    },
    list: () => rules.map((rule) => ({ ...rule })),
    clear: () => {
      rules = [];
    },
    /** Finds the first rule matching this request and uses up one of its occurrences. */
    take(method: string, pathname: string): FaultRule | undefined {
      const rule = rules.find(
        (candidate) =>
          pathname.startsWith(candidate.path) && (!candidate.method || candidate.method === method),
      );
      if (!rule) return undefined;
      rule.remaining--;
      if (rule.remaining <= 0) rules = rules.filter((candidate) => candidate !== rule);
      return rule;
    },
  };
}
