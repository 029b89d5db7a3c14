import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound } from '../../core/errors/app-error.ts';
import { handActionsFor } from '../../core/mail/hand-actions.ts';
import type { OutboxStatus } from '../../core/mail/outbox-status.ts';
import type { Db } from '../../db/connect.ts';
import { clients, outboxMessages, users } from '../../db/schema/index.ts';
import type { OutboxMessageSummary, OutboxMessageView } from './schemas.ts';

const m = outboxMessages;

/** The list's columns: everything but the body and the files, which only the preview needs. */
const summaryColumns = {
  id: m.id,
  status: m.status,
  toAddress: m.toAddress,
  toName: m.toName,
  clientId: m.clientId,
  clientName: clients.name,
  subject: m.subject,
  sourceKind: m.sourceKind,
  sourceId: m.sourceId,
  attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt,
  lastError: m.lastError,
  sentAt: m.sentAt,
  sentByHandUserId: m.sentByHandUserId,
  attachmentCount: sql<number>`jsonb_array_length(${m.attachments})`.mapWith(Number),
  createdAt: m.createdAt,
};

interface SummaryRow {
  id: string;
  status: OutboxStatus;
  toAddress: string;
  toName: string | null;
  clientId: string | null;
  clientName: string | null;
  subject: string;
  sourceKind: string;
  sourceId: string | null;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  sentByHandUserId: string | null;
  attachmentCount: number;
  createdAt: Date;
}

const withClient = and(eq(clients.workspaceId, m.workspaceId), eq(clients.id, m.clientId));

/** Outbox messages as list rows, in the order given. */
export async function selectOutboxSummaries(
  db: Db,
  where: SQL | undefined,
  order: SQL[],
  limit: number,
): Promise<OutboxMessageSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(m)
    .leftJoin(clients, withClient)
    .where(where)
    .orderBy(...order)
    .limit(limit);
  return rows.map(toSummary);
}

function toSummary(row: SummaryRow): OutboxMessageSummary {
  return {
    id: row.id,
    status: row.status,
    toAddress: row.toAddress,
    toName: row.toName,
    clientId: row.clientId,
    clientName: row.clientName,
    subject: row.subject,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'queued' ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    sentByHand: row.sentByHandUserId !== null,
    attachmentCount: row.attachmentCount,
    createdAt: row.createdAt.toISOString(),
    actions: handActionsFor(row.status),
  };
}

const sentBy = alias(users, 'sent_by');
const createdBy = alias(users, 'created_by');

/** One message in full, for the preview: body, files (names and sizes), who did what. */
export async function loadOutboxMessageView(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<OutboxMessageView> {
  const [row] = await db
    .select({
      ...summaryColumns,
      bodyText: m.bodyText,
      attachments: m.attachments,
      smtpMessageId: m.smtpMessageId,
      sentByName: sentBy.name,
      createdById: m.createdByUserId,
      createdByName: createdBy.name,
    })
    .from(m)
    .leftJoin(clients, withClient)
    .leftJoin(sentBy, and(eq(sentBy.workspaceId, m.workspaceId), eq(sentBy.id, m.sentByHandUserId)))
    .leftJoin(createdBy, and(eq(createdBy.workspaceId, m.workspaceId), eq(createdBy.id, m.createdByUserId)))
    .where(and(eq(m.workspaceId, workspaceId), eq(m.id, id)))
    .limit(1);
  if (!row) throw notFound('Message');
  return {
    ...toSummary(row),
    bodyText: row.bodyText,
    attachments: row.attachments.map((file, index) => ({
      index,
      filename: file.filename,
      contentType: file.contentType,
      size: Buffer.byteLength(file.content, 'utf8'),
    })),
    smtpMessageId: row.smtpMessageId,
    sentByHandUser:
      row.sentByHandUserId && row.sentByName !== null
        ? { id: row.sentByHandUserId, name: row.sentByName }
        : null,
    createdBy:
      row.createdById && row.createdByName !== null ? { id: row.createdById, name: row.createdByName } : null,
  };
}
