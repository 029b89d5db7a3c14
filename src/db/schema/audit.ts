import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { id, instant, workspaceId } from './columns.ts';

/** Every change: who, what, when, before and after. Rows are only ever inserted. */
export const auditLog = pgTable(
  'audit_log',
  {
    workspaceId: workspaceId(),
    id: id(),
    actorUserId: uuid('actor_user_id'),
    /** A readable actor for rows written by the CLI or the system, where no user acted. */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('audit_log_recent').on(t.workspaceId, t.at, t.id),
    index('audit_log_entity').on(t.workspaceId, t.entityType, t.entityId),
    index('audit_log_actor').on(t.workspaceId, t.actorUserId, t.at),
  ],
);
