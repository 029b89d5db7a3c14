import { sql } from 'drizzle-orm';
import { foreignKey, index, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { CHANNELS, DIRECTIONS } from '../../core/interactions/channels.ts';
import { clients } from './clients.ts';
import { createdAt, id, instant, workspaceId } from './columns.ts';
import { users } from './users.ts';

export const channelEnum = pgEnum('interaction_channel', CHANNELS);
export const directionEnum = pgEnum('interaction_direction', DIRECTIONS);

export const interactions = pgTable(
  'interactions',
  {
    workspaceId: workspaceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    channel: channelEnum('channel').notNull(),
    direction: directionEnum('direction').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    summary: text('summary').notNull(),
    body: text('body'),
    userId: uuid('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('interactions_client_timeline').on(t.workspaceId, t.clientId, t.occurredAt, t.id),
    index('interactions_recent').on(t.workspaceId, t.occurredAt),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({ columns: [t.workspaceId, t.userId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

/** An inbound request that someone owes an answer to ("return every call ASAP"). */
export const callbacks = pgTable(
  'callbacks',
  {
    workspaceId: workspaceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    requestInteractionId: uuid('request_interaction_id').notNull(),
    openedAt: instant('opened_at').notNull(),
    dueAt: instant('due_at').notNull(),
    answeredAt: instant('answered_at'),
    answerInteractionId: uuid('answer_interaction_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('callbacks_open_due').on(t.workspaceId, t.dueAt).where(sql`answered_at is null`),
    index('callbacks_client').on(t.workspaceId, t.clientId),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
    foreignKey({
      columns: [t.workspaceId, t.requestInteractionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.answerInteractionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }),
  ],
);
