import { uuidv7 } from 'uuidv7';
import type { Actor } from '../core/auth/actor.ts';
import type { Db } from '../db/connect.ts';
import { type BulkColumn, insertRows } from '../db/insert-rows.ts';
import type { OutboxAttachment } from '../db/schema/index.ts';

/** One message to send, as a feature asks for it. */
export interface QueuedMessage {
  clientId: string | null;
  toAddress: string;
  toName?: string | null;
  subject: string;
  bodyText: string;
  attachments?: OutboxAttachment[];
  /** What asked for it, e.g. 'disruption_outreach', and that thing's id. */
  sourceKind: string;
  sourceId: string | null;
}

/**
 * Puts messages in the outbox inside the caller's transaction, so a message exists exactly
 * when the change that asked for it commits. The sender delivers them later.
 */
export async function queueMessages(
  tx: Db,
  actor: Actor,
  messages: QueuedMessage[],
  now: Date,
): Promise<void> {
  if (messages.length === 0) return;
  await insertRows(tx, 'outbox_messages', OUTBOX_COLUMNS(actor, now), messages);
}

const OUTBOX_COLUMNS = (actor: Actor, now: Date): BulkColumn<QueuedMessage>[] => [
  { name: 'workspace_id', type: 'uuid', value: () => actor.workspaceId },
  { name: 'id', type: 'uuid', value: () => uuidv7() },
  { name: 'client_id', type: 'uuid', value: (m) => m.clientId },
  { name: 'to_address', type: 'text', value: (m) => m.toAddress },
  { name: 'to_name', type: 'text', value: (m) => m.toName ?? null },
  { name: 'subject', type: 'text', value: (m) => m.subject },
  { name: 'body_text', type: 'text', value: (m) => m.bodyText },
  { name: 'attachments', type: 'jsonb', value: (m) => JSON.stringify(m.attachments ?? []) },
  { name: 'source_kind', type: 'text', value: (m) => m.sourceKind },
  { name: 'source_id', type: 'uuid', value: (m) => m.sourceId },
  { name: 'next_attempt_at', type: 'timestamptz', value: () => now.toISOString() },
  { name: 'created_by_user_id', type: 'uuid', value: () => actor.userId },
  { name: 'created_at', type: 'timestamptz', value: () => now.toISOString() },
];
