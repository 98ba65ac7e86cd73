import { z } from 'zod/mini';

export const userSchema = z.looseObject({
  id: z.number(),
  first_name: z._default(z.string(), ''),
  last_name: z._default(z.string(), ''),
  email: z._default(z.string(), ''),
  job_title: z.nullish(z.string()),
});
export type User = z.infer<typeof userSchema>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** "Karl Terzaghi", else the e-mail, else `fallback`: for users and the partial ones the API embeds. */
export function nameOf(user: unknown, fallback = 'another user'): string {
  if (!user || typeof user !== 'object') return fallback;
  const { first_name: first, last_name: last, email } = user as Record<string, unknown>;
  return `${text(first)} ${text(last)}`.trim() || text(email) || fallback;
}

export function userDisplayName(user: Pick<User, 'first_name' | 'last_name' | 'email'>): string {
  return nameOf(user, 'Unknown user');
}
