import { z } from 'zod/mini';

export const userSchema = z.looseObject({
  id: z.number(),
  first_name: z._default(z.string(), ''),
  last_name: z._default(z.string(), ''),
  email: z._default(z.string(), ''),
  job_title: z.nullish(z.string()),
});
export type User = z.infer<typeof userSchema>;

export function userDisplayName(user: Pick<User, 'first_name' | 'last_name' | 'email'>): string {
  const full = `${user.first_name} ${user.last_name}`.trim();
  return full || user.email || 'Unknown user';
}
