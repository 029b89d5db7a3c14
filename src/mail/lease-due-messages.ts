import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { queryRows } from '../db/query-rows.ts';
import type { OutboxAttachment } from '../db/schema/index.ts';
import type { OutgoingRow } from './mail-transport.ts';

/** A message this sender now holds until `leaseUntil`. */
export interface LeasedMessage extends OutgoingRow {
  workspaceId: string;
  clientId: string | null;
  sourceKind: string;
  /** Tries so far, this one included. */
  attempts: number;
}

export interface LeaseOptions {
  now: Date;
  leaseUntil: Date;
  batchSize: number;
  maxAttempts: number;
}

/**
 * Takes up to `batchSize` due messages across all workspaces — queued ones whose time has
 * come, and ones a sender died holding (lease run out) — and marks them `sending` until
 * `leaseUntil`, counting the try. SKIP LOCKED lets several senders share the queue on
 * PostgreSQL without waiting on each other. The statement commits on its own, before
 * any mail goes out, so a crash never leaves a message locked. A message whose lease ran
 * out on its last allowed try is left for `failAbandonedMessages`.
 */
export async function leaseDueMessages(db: Db, options: LeaseOptions): Promise<LeasedMessage[]> {
  const now = options.now.toISOString();
  const rows = await queryRows<LeasedRow>(
    db,
    sql`
    with due as (
      select workspace_id, id from outbox_messages
      where status in ('queued', 'sending') and next_attempt_at <= ${now}::timestamptz
        and (status = 'queued' or (lease_until <= ${now}::timestamptz and attempts < ${options.maxAttempts}))
      order by next_attempt_at, id
      limit ${options.batchSize}
      for update skip locked
    )
    update outbox_messages o
    set status = 'sending', lease_until = ${options.leaseUntil.toISOString()}::timestamptz,
        attempts = o.attempts + 1
    from due
    where o.workspace_id = due.workspace_id and o.id = due.id
    returning o.workspace_id, o.id, o.client_id, o.to_address, o.to_name, o.subject, o.body_text,
      o.attachments, o.source_kind, o.attempts`,
  );
  return rows.map((row) => ({
    workspaceId: row.workspace_id,
    id: row.id,
    clientId: row.client_id,
    toAddress: row.to_address,
    toName: row.to_name,
    subject: row.subject,
    bodyText: row.body_text,
    attachments: typeof row.attachments === 'string' ? JSON.parse(row.attachments) : row.attachments,
    sourceKind: row.source_kind,
    attempts: Number(row.attempts),
  }));
}

interface LeasedRow {
  workspace_id: string;
  id: string;
  client_id: string | null;
  to_address: string;
  to_name: string | null;
  subject: string;
  body_text: string;
  attachments: OutboxAttachment[] | string;
  source_kind: string;
  attempts: number;
}

/**
 * Messages whose sender died during their last allowed try: no tries are left, so they
 * become `failed` for a person to look at (they may have gone out; nobody knows).
 * Once per delivery run is enough: until then the lease query leaves them alone.
 */
export async function failAbandonedMessages(db: Db, now: Date, maxAttempts: number): Promise<void> {
  await db.execute(sql`
    update outbox_messages
    set status = 'failed', lease_until = null,
        last_error = 'The sender stopped during the last try (its lease ran out); it may or may not have gone out'
    where status = 'sending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      and lease_until <= ${now.toISOString()}::timestamptz and attempts >= ${maxAttempts}`);
}
