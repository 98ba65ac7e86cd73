import type { Workspace } from '../workspaces/schemas';

/**
 * An entity as the audit keeps it: the fields of the server's list item it reports on, timestamps
 * exactly as sent. Absent means the server did not send it (the CSV cell is then empty), never "empty".
 */
export type AuditEntity = {
  id: number;
  /** The parent's id; null for a root entity. */
  parentId: number | null;
  name?: string;
  entityTypeId?: number;
  entityTypeName?: string;
  created_at?: string;
  created_by?: number;
  updated_at?: string;
  last_updated_by?: number;
};

/** One end of an entity's history, as its `limit=1` request answered it. */
export type RevisionEnd = { id: number; at?: string; by?: number };

export type RevisionSummary = {
  count: number;
  /** Absent when the entity has no revision, or the server did not send that end. */
  first?: RevisionEnd;
  last?: RevisionEnd;
};

/** What could not be read, and why: an entity's children or history, or an item in a list. */
export type AuditFailure = {
  /** The entity concerned; absent for an item that did not even carry a readable id. */
  entityId?: number;
  /** Where the failing item was listed (for list items); null for the root list. */
  listedUnder?: number | null;
  step: 'children' | 'revisions' | 'list-item' | 'workspace' | 'entity-types';
  status?: number;
  reason: string;
};

/**
 * The work for one listing: the root list (`entityId: null`) or one entity (its children and its
 * revision summary). Units are what the journal stores. A complete unit is never redone; one whose
 * children or history failed (a 403, retries exhausted) keeps what it got, so the crawl goes on below
 * it, and a resume tries it again.
 */
export type AuditUnit = {
  entityId: number | null;
  complete: boolean;
  children: AuditEntity[];
  /** Absent for the root list, and when the history could not be read. */
  revisions?: RevisionSummary;
  /** What failed: a step of this unit, or items of its lists that could not be read. */
  failures: AuditFailure[];
};

/** Who ran the audit where: the journal key and the export's provenance. Never the token. */
export type AuditScope = { environment: string; user: string; workspaceId: number };

export type AuditProgress = {
  /** Entities known so far (listed by their parent). */
  found: number;
  /** Entities whose children and history are in. */
  done: number;
  requests: number;
  errors: number;
  inFlight: number;
  /** Done per second over the last few seconds of this run; undefined before there is a rate. */
  ratePerSecond?: number;
  etaSeconds?: number;
  /** Set while the server asked us to wait (429 Retry-After): epoch ms when requests resume. */
  waitingUntil?: number;
  /** Entities that were already done in the journal when this run started (a resume). */
  resumed: number;
};

export type AuditOutcome = 'done' | 'partial' | 'cancelled';

/** Everything the report and the exports are made from. */
export type AuditResult = {
  scope: AuditScope;
  outcome: AuditOutcome;
  workspace: Workspace;
  entityTypeNames: ReadonlyMap<number, string>;
  entities: AuditEntity[];
  revisions: ReadonlyMap<number, RevisionSummary>;
  failures: AuditFailure[];
  /** Over every run of this audit (resumes included). */
  requests: number;
  startedAt: string;
  finishedAt: string;
};
