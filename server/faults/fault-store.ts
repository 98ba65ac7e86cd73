/**
 * Scripted failures for tests of the dashboard's error handling: "the next N requests to this path
 * fail like so". Rules are consumed in the order they were added.
 */
export const FAULT_KINDS = ['500', '429', 'malformed', 'delay', '401'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type FaultRule = {
  id: number;
  path: string;
  method?: string;
  kind: FaultKind;
  remaining: number;
  retryAfter?: number;
  delayMs?: number;
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
