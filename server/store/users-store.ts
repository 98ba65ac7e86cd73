import type Database from 'better-sqlite3';
import type { DemoUser } from '../seed/users';

/** A users row is exactly what the seed writes. */
export type UserRow = DemoUser;

export type UserRef = Pick<UserRow, 'id' | 'first_name' | 'last_name' | 'email'>;

export type UsersStore = ReturnType<typeof createUsersStore>;

/** Users never change at runtime, so everything but the token lookup is served from memory. */
export function createUsersStore(db: Database.Database) {
  const columns = 'id, first_name, last_name, email, job_title, role, date_joined';
  const byToken = db.prepare(`SELECT ${columns} FROM users WHERE token = ?`);
  const all = db.prepare(`SELECT ${columns} FROM users ORDER BY id`).all() as UserRow[];
  const byId = new Map(all.map((user) => [user.id, user]));

  return {
    all: () => all,
    byToken: (token: string) => byToken.get(token) as UserRow | undefined,
    byId: (id: number) => byId.get(id),
    ref(id: number | null): UserRef | null {
      const user = id === null ? undefined : byId.get(id);
      return user
        ? { id: user.id, first_name: user.first_name, last_name: user.last_name, email: user.email }
        : null;
    },
    json: (user: UserRow) => ({
      id: user.id,
      first_name: user.first_name,
      last_name: user.last_name,
      email: user.email,
      job_title: user.job_title,
      date_joined: user.date_joined,
    }),
  };
}

export const isAdmin = (user: UserRow) => user.role === 'admin';
/** Read-basic users see the tree but not params, and cannot change anything. */
export const canReadParams = (user: UserRow) => user.role !== 'viewer';
export const canWrite = (user: UserRow) => user.role !== 'viewer';

export const displayNameOf = (user: Pick<UserRow, 'first_name' | 'last_name'>) =>
  `${user.first_name} ${user.last_name}`;
