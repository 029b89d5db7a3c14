import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { DISRUPTION_STATUSES } from '../../core/disruptions/vocabulary.ts';
import { clients } from './clients.ts';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { channelEnum } from './interactions.ts';
import { tasks } from './tasks.ts';
import { users } from './users.ts';

export const disruptionStatusEnum = pgEnum('disruption_status', DISRUPTION_STATUSES);

/** How the affected clients were chosen, kept so the board can say so and "all active" can be re-applied. */
export type DisruptionAudience =
  | { kind: 'all_active' }
  | { kind: 'filter'; query?: string; tags?: string[]; statuses?: string[] }
  | { kind: 'chosen' };

/**
 * Hard times on our side (DESIGN.md, B): what is going on, in two texts — the private
 * detail, never shown to a client, and the honest client-facing message — with the time
 * frame (estimate + buffer = promise) and the playbook's settings.
 */
export const disruptions = pgTable(
  'disruptions',
  {
    workspaceId: workspaceId(),
    id: id(),
    title: text('title').notNull(),
    privateDetail: text('private_detail').notNull().default(''),
    clientMessage: text('client_message').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    status: disruptionStatusEnum('status').notNull().default('active'),
    audience: jsonb('audience').$type<DisruptionAudience>().notNull(),
    /** Step 2: an update to every affected client at least this often. */
    cadenceDays: integer('cadence_days').notNull().default(7),
    /** Step 2: an inbound contact from an affected client is due back within this. */
    callbackMinutes: integer('callback_minutes').notNull().default(120),
    /** Step 4: our own estimate (never shown), the buffer, and the date told to clients. */
    estimateOn: date('estimate_on', { mode: 'string' }),
    bufferDays: integer('buffer_days').notNull().default(0),
    promisedOn: date('promised_on', { mode: 'string' }),
    /** Step 1's template, with merge fields such as {{client.name}} and {{promise}}. */
    outreachSubject: text('outreach_subject').notNull(),
    outreachBody: text('outreach_body').notNull(),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    resolvedAt: instant('resolved_at'),
    resolutionNote: text('resolution_note'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('disruptions_recent').on(t.workspaceId, t.startedOn, t.id),
    index('disruptions_active').on(t.workspaceId).where(sql`status = 'active'`),
    foreignKey({
      columns: [t.workspaceId, t.createdByUserId],
      foreignColumns: [users.workspaceId, users.id],
    }),
    check(
      'disruptions_settings',
      sql`${t.cadenceDays} between 1 and 365 and ${t.callbackMinutes} between 5 and 10080 and ${t.bufferDays} between 0 and 365`,
    ),
    check('disruptions_resolution', sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null)`),
  ],
);

/**
 * One affected client of a disruption, with the per-client state the board reads:
 * who stands in, when we first reached them, when the next update is due, and which
 * promise they were last told. Removing a client keeps the row (its history stays).
 */
export const disruptionClients = pgTable(
  'disruption_clients',
  {
    workspaceId: workspaceId(),
    disruptionId: uuid('disruption_id').notNull(),
    clientId: uuid('client_id').notNull(),
    /** The channel to reach them by for this disruption (their preference). */
    channel: channelEnum('channel').notNull().default('email'),
    standInUserId: uuid('stand_in_user_id'),
    outreachTaskId: uuid('outreach_task_id'),
    addedAt: instant('added_at').notNull().defaultNow(),
    removedAt: instant('removed_at'),
    /** Step 1 done: the first outbound touch or sent message after they were added. */
    contactedAt: instant('contacted_at'),
    /** Step 2: the last outbound touch, and the day the next update falls due by the cadence. */
    lastUpdateAt: instant('last_update_at'),
    nextUpdateDueOn: date('next_update_due_on', { mode: 'string' }),
    /** Step 4: the promise this client was last told, and when; behind the current one = must be told. */
    toldPromisedOn: date('told_promised_on', { mode: 'string' }),
    toldAt: instant('told_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.disruptionId, t.clientId] }),
    index('disruption_clients_client').on(t.workspaceId, t.clientId).where(sql`removed_at is null`),
    index('disruption_clients_stand_in').on(t.workspaceId, t.standInUserId),
    foreignKey({
      columns: [t.workspaceId, t.disruptionId],
      foreignColumns: [disruptions.workspaceId, disruptions.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({ columns: [t.workspaceId, t.standInUserId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({ columns: [t.workspaceId, t.outreachTaskId], foreignColumns: [tasks.workspaceId, tasks.id] }),
  ],
);

/** Step 4's history: every estimate and promise, so re-promises and kept/broken can be counted. */
export const disruptionPromises = pgTable(
  'disruption_promises',
  {
    workspaceId: workspaceId(),
    id: id(),
    disruptionId: uuid('disruption_id').notNull(),
    estimateOn: date('estimate_on', { mode: 'string' }).notNull(),
    bufferDays: integer('buffer_days').notNull(),
    promisedOn: date('promised_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('disruption_promises_disruption').on(t.workspaceId, t.disruptionId, t.createdAt),
    foreignKey({
      columns: [t.workspaceId, t.disruptionId],
      foreignColumns: [disruptions.workspaceId, disruptions.id],
    }),
  ],
);
