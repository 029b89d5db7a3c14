import { type SQL, sql } from 'drizzle-orm';
import { date, foreignKey, index, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

/** The trigram index behind fuzzy search; the import merges its pending list. */
export const CLIENT_SEARCH_INDEX = 'clients_search_trgm';

export const clientKindEnum = pgEnum('client_kind', ['person', 'business']);
export const clientStatusEnum = pgEnum('client_status', ['prospect', 'active', 'paused', 'cancelled']);

export const clients = pgTable(
  'clients',
  {
    workspaceId: workspaceId().references(() => workspaces.id),
    id: id(),
    kind: clientKindEnum('kind').notNull().default('person'),
    name: text('name').notNull(),
    company: text('company'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    website: text('website'),
    status: clientStatusEnum('status').notNull().default('active'),
    ownerUserId: uuid('owner_user_id'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** What the client's own business sells; used later for barter matching. */
    sells: text('sells'),
    sellsTags: text('sells_tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** The calendar date the relationship began (tenure counts from here). */
    since: date('since', { mode: 'string' }).notNull(),
    archivedAt: instant('archived_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Lower-cased haystack for prefix and trigram (fuzzy) search. */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`lower(${clients.name} || ' ' || coalesce(${clients.company}, '') || ' ' || coalesce(${clients.email}, ''))`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.ownerUserId], foreignColumns: [users.workspaceId, users.id] }),
    index('clients_name_order').on(t.workspaceId, sql`lower(${t.name})`, t.id),
    // Search's "name starts with": a prefix is a range here whatever the server's collation.
    index('clients_name_prefix').on(t.workspaceId, sql`(lower(${t.name}) collate "C")`, t.id),
    index('clients_status').on(t.workspaceId, t.status),
    // New rows wait in the index's pending list, which every search reads through until a
    // vacuum merges it; PGlite has no autovacuum, so the list is kept small (in kB).
    index(CLIENT_SEARCH_INDEX)
      .using('gin', t.searchText.op('gin_trgm_ops'))
      .with({ gin_pending_list_limit: 256 }),
    index('clients_tags').using('gin', t.tags),
  ],
);

/**
 * Which users may see a client beyond the owner and staff. A stand-in sees exactly the
 * clients assigned to them here and nothing else.
 */
export const clientAssignments = pgTable(
  'client_assignments',
  {
    workspaceId: workspaceId(),
    clientId: uuid('client_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** Set when a disruption made the assignment; it ends with the disruption. */
    disruptionId: uuid('disruption_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.clientId, t.userId] }),
    index('client_assignments_user').on(t.workspaceId, t.userId),
    foreignKey({
      columns: [t.workspaceId, t.clientId],
      foreignColumns: [clients.workspaceId, clients.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete('cascade'),
  ],
);
