import type { z } from 'zod/mini';

/** `results[3].app.name`: where in the data the problem is, as a developer would write it. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * What zod found wrong, in words: which field and what was wrong with it ("name is missing",
 * "id should be number, not string"). Readable without zod's locale bundle, which zod/mini leaves out
 * to stay small. `subject` names the whole of `input` when an issue is about it rather than a field.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  { max = 3, subject = 'the response' } = {},
): string {
  const lines = issues.slice(0, max).map((issue) => {
    const where = formatPath(issue.path) || subject;
    if (issue.code === 'invalid_type') {
      const value = valueAt(input, issue.path);
      return value === undefined
        ? `${where} is missing`
        : `${where} should be ${issue.expected}, not ${value === null ? 'null' : typeof value}`;
    }
    if (issue.code === 'invalid_value') return `${where} should be one of ${issue.values.join(', ')}`;
    if (issue.code === 'invalid_format') return `${where} is not a valid ${issue.format}`;
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return lines.join('; ') + more;
}
