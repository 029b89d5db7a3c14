import { and, asc, eq } from 'drizzle-orm';
import { systemActor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { type QueuedMessage, queueMessages } from '../../mail/queue-messages.ts';

export const FROM = 'Harbor Studio <hello@harbor.example>';

export const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Rapport//Test//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:meeting-1@rapport',
  'DTSTART:20261126T100000Z',
  'SUMMARY:Our plan, face to face',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

let sequence = 0;

/** Test aid: a message as a feature would queue it; fields override the made-up ones. */
export function testMessage(overrides: Partial<QueuedMessage> = {}): QueuedMessage {
  const n = ++sequence;
  return {
    clientId: null,
    toAddress: `client${n}@example.com`,
    toName: `Client ${n}`,
    subject: `Message ${n}`,
    bodyText: `Hello Client ${n},\n\nThis is message ${n}.\n`,
    sourceKind: 'test',
    sourceId: null,
    ...overrides,
  };
}

/** Test aid: queues messages in a workspace as of `now`; returns their rows, oldest first. */
export async function queueTestMessages(db: Db, workspaceId: string, messages: QueuedMessage[], now: Date) {
  const before = new Set((await outboxRows(db, workspaceId)).map((row) => row.id));
  await queueMessages(db, systemActor(workspaceId), messages, now);
  return (await outboxRows(db, workspaceId)).filter((row) => !before.has(row.id));
}

/** Test aid: every outbox row of a workspace, oldest first. */
export function outboxRows(db: Db, workspaceId: string) {
  return db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.workspaceId, workspaceId))
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id));
}

/** Test aid: one outbox row by id. */
export async function outboxRow(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.workspaceId, workspaceId), eq(outboxMessages.id, id)));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}
