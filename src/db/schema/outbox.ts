import { sql } from 'drizzle-orm';
import {
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
import { OUTBOX_STATUSES } from '../../core/mail/outbox-status.ts';
import { clients } from './clients.ts';
import { createdAt, id, instant, workspaceId } from './columns.ts';

export const outboxStatusEnum = pgEnum('outbox_status', OUTBOX_STATUSES);

/** A file sent with a message, e.g. a meeting's .ics invite. Text only: invites and notes. */
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * Every message Rapport sends goes through here first (DESIGN.md, Mail). The sender
 * leases due rows, delivers by SMTP when configured and records the outcome; without
 * SMTP the rows stay queued for preview and copying in the app.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    workspaceId: workspaceId(),
    id: id(),
    clientId: uuid('client_id'),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    /** What asked for it, e.g. 'disruption_outreach' with the disruption's id. */
    sourceKind: text('source_kind').notNull(),
    sourceId: uuid('source_id'),
    status: outboxStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** When the sender may next try (backoff after a failure). */
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    /** While `sending`: the lease; a sender that died leaves it to expire and be retried. */
    leaseUntil: instant('lease_until'),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    /** The SMTP server's message id, or null when marked sent by hand. */
    smtpMessageId: text('smtp_message_id'),
    sentByHandUserId: uuid('sent_by_hand_user_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('outbox_recent').on(t.workspaceId, t.createdAt, t.id),
    index('outbox_source').on(t.workspaceId, t.sourceKind, t.sourceId),
    index('outbox_client').on(t.workspaceId, t.clientId),
    // The sender's scan crosses workspaces: one deployment, one queue.
    index('outbox_due').on(t.nextAttemptAt).where(sql`status in ('queued', 'sending')`),
    foreignKey({ columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }),
  ],
);
