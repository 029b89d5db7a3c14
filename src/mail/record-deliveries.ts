import { sql } from 'drizzle-orm';
import { afterFailure, type RetryPolicy } from '../core/mail/retry-schedule.ts';
import type { Db } from '../db/connect.ts';
import { queryRows } from '../db/query-rows.ts';
import { recordDisruptionContact } from '../features/disruptions/record-contact.ts';
import type { LeasedMessage } from './lease-due-messages.ts';

export interface Delivered {
  message: LeasedMessage;
  smtpMessageId: string | null;
}

export interface Undelivered {
  message: LeasedMessage;
  error: string;
}

/**
 * Writes a batch's outcome in one transaction: sent messages with their time and id (and,
 * for a disruption's messages, the contact that reaching the client counts as); failed
 * tries back in the queue after their backoff, or `failed` once the tries are spent.
 * Only rows still under this sender's lease change: if the lease ran out and another
 * sender took a message over, that sender records it.
 */
export async function recordDeliveries(
  db: Db,
  batch: { delivered: Delivered[]; undelivered: Undelivered[] },
  options: { leaseUntil: Date; now: Date; policy: RetryPolicy },
): Promise<{ sent: number; retrying: number; failed: number }> {
  const lease = options.leaseUntil.toISOString();
  return db.transaction(async (tx) => {
    const sent = await markSent(tx, batch.delivered, lease, options.now);
    await recordContacts(tx, sent, options.now);

    const retried = await scheduleRetries(tx, batch.undelivered, lease, options);
    const failed = retried.filter((row) => row.status === 'failed').length;
    return { sent: sent.length, retrying: retried.length - failed, failed };
  });
}

async function scheduleRetries(
  tx: Db,
  undelivered: Undelivered[],
  lease: string,
  options: { now: Date; policy: RetryPolicy },
): Promise<{ status: string }[]> {
  if (undelivered.length === 0) return [];
  const outcomes = undelivered.map(({ message, error }) => ({
    message,
    error,
    next: afterFailure(message.attempts, options.now, options.policy),
  }));
  return queryRows<{ status: string }>(
    tx,
    sql`
      update outbox_messages o
      set status = u.status::outbox_status, next_attempt_at = coalesce(u.next_at, o.next_attempt_at),
          last_error = u.error, lease_until = null
      from unnest(
        ${sql.param(outcomes.map((o) => o.message.workspaceId))}::uuid[],
        ${sql.param(outcomes.map((o) => o.message.id))}::uuid[],
        ${sql.param(outcomes.map((o) => o.next.status))}::text[],
        ${sql.param(outcomes.map((o) => (o.next.status === 'queued' ? o.next.nextAttemptAt.toISOString() : null)))}::timestamptz[],
        ${sql.param(outcomes.map((o) => o.error))}::text[]
      ) as u(workspace_id, id, status, next_at, error)
      where o.workspace_id = u.workspace_id and o.id = u.id
        and o.status = 'sending' and o.lease_until = ${lease}::timestamptz
      returning o.status`,
  );
}

async function markSent(
  tx: Db,
  delivered: Delivered[],
  lease: string,
  now: Date,
): Promise<{ workspace_id: string; client_id: string | null; source_kind: string }[]> {
  if (delivered.length === 0) return [];
  return queryRows(
    tx,
    sql`
    update outbox_messages o
    set status = 'sent', sent_at = ${now.toISOString()}::timestamptz, smtp_message_id = u.smtp_id,
        lease_until = null
    from unnest(
      ${sql.param(delivered.map((d) => d.message.workspaceId))}::uuid[],
      ${sql.param(delivered.map((d) => d.message.id))}::uuid[],
      ${sql.param(delivered.map((d) => d.smtpMessageId))}::text[]
    ) as u(workspace_id, id, smtp_id)
    where o.workspace_id = u.workspace_id and o.id = u.id
      and o.status = 'sending' and o.lease_until = ${lease}::timestamptz
    returning o.workspace_id, o.client_id, o.source_kind`,
  );
}

/** A message from a disruption reaching its client is the contact steps 1 and 2 wait for. */
async function recordContacts(
  tx: Db,
  sent: { workspace_id: string; client_id: string | null; source_kind: string }[],
  at: Date,
): Promise<void> {
  const clientsByWorkspace = new Map<string, Set<string>>();
  for (const row of sent) {
    if (!row.source_kind.startsWith('disruption') || !row.client_id) continue;
    const set = clientsByWorkspace.get(row.workspace_id) ?? new Set<string>();
    set.add(row.client_id);
    clientsByWorkspace.set(row.workspace_id, set);
  }
  for (const [workspaceId, clientIds] of clientsByWorkspace) {
    await recordDisruptionContact(tx, workspaceId, [...clientIds], at);
  }
}
