/**
 * The demo organisation's people. Three of them have personal access tokens (one per permission
 * level the dashboard must handle); the rest only appear as authors of entities and revisions.
 */
export type Role = 'admin' | 'engineer' | 'viewer';

export type DemoUser = {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  job_title: string;
  role: Role;
  date_joined: string;
};

/**
 * Fixed tokens shaped like real PATs (`vktrpat_` + 14 + `_` + 26 alphanumerics). They are public
 * on purpose: this is a local demo, and tests and scripts need to know them without reading stdout.
 */
export const DEMO_TOKENS = {
  admin: 'vktrpat_ddAdbK46HoJiwT_5jZfmEvwnamkhWStp9cUGzU9nU',
  engineer: 'vktrpat_6x0vdCcEcTEXyQ_0TXKAH9jVqNR17ZgAXsH3AsoIE',
  viewer: 'vktrpat_pUg4qXtZkfoHX6_3yDlFfVFVn9HcN0Ujx6icRWgPr',
} as const satisfies Record<Role, string>;

export const DEMO_USER_IDS = { admin: 1, engineer: 2, viewer: 3 } as const satisfies Record<Role, number>;

/** Someone other than the three token holders, used for edits made "behind the dashboard's back". */
export const OTHER_EDITOR_ID = 4;

const people: [string, string, string, Role][] = [
  ['Ada', 'Lovelace', 'Engineering manager', 'admin'],
  ['Karl', 'Terzaghi', 'Geotechnical engineer', 'engineer'],
  ['Grace', 'Hopper', 'Project controller', 'viewer'],
  ['Isambard Kingdom', 'Brunel', 'Structural engineer', 'engineer'],
  ['Emily', 'Roebling', 'Bridge engineer', 'engineer'],
  ['Cornelis', 'Lely', 'Hydraulic engineer', 'engineer'],
  ['Arnold', 'Verruijt', 'Geotechnical specialist', 'engineer'],
  ['Fazlur Rahman', 'Khan', 'Structural engineer', 'engineer'],
  ['Gustave', 'Eiffel', 'Steel specialist', 'engineer'],
  ['Hilda', 'Lyon', 'Computational engineer', 'engineer'],
  ['Johan', 'van Veen', 'Coastal engineer', 'engineer'],
];

export const DEMO_USERS: DemoUser[] = people.map(([first, last, jobTitle, role], index) => ({
  id: index + 1,
  first_name: first,
  last_name: last,
  email: `${first.split(' ')[0]}.${last.replace(/\s+/g, '')}@delta-engineering.example`.toLowerCase(),
  job_title: jobTitle,
  role,
  date_joined: `2023-${String((index % 12) + 1).padStart(2, '0')}-0${1 + (index % 8)}T09:00:00.000000Z`,
}));

/** Users who may author seeded edits: everyone except the read-only viewer. */
export const AUTHOR_IDS = DEMO_USERS.filter((user) => user.role !== 'viewer').map((user) => user.id);

export function displayName(user: { first_name: string; last_name: string }): string {
  return `${user.first_name} ${user.last_name}`;
}
