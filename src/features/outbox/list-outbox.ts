import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { OUTBOX_STATUSES } from '../../core/mail/outbox-status.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages as m } from '../../db/schema/index.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { selectOutboxSummaries } from './outbox-views.ts';
import { requireOutboxRights } from './require-outbox-message.ts';
import type { ListOutboxQuery, OutboxCounts, OutboxPage } from './schemas.ts';

/**
 * The workspace's messages, newest first, a page at a time, with how many are in each
 * status under the same filters (so the page can say "3 failed" whatever tab is open).
 */
export async function listOutbox(
  db: Db,
  actor: Actor,
  query: ListOutboxQuery,
  mailConfigured: boolean,
): Promise<OutboxPage> {
  requireOutboxRights(actor);
  const filters: (SQL | undefined)[] = [eq(m.workspaceId, actor.workspaceId)];
  if (query.clientId) filters.push(eq(m.clientId, query.clientId));
  if (query.sourceKind) filters.push(eq(m.sourceKind, query.sourceKind));
  if (query.sourceId) filters.push(eq(m.sourceId, query.sourceId));

  const where = [...filters];
  if (query.status) where.push(eq(m.status, query.status));
  if (query.cursor) {
    const [createdAt, id] = readCursor(query.cursor, z.tuple([z.iso.datetime(), z.uuid()]));
    const at = new Date(createdAt);
    where.push(or(lt(m.createdAt, at), and(eq(m.createdAt, at), lt(m.id, id))));
  }
  const rows = await selectOutboxSummaries(
    db,
    and(...where),
    [desc(m.createdAt), desc(m.id)],
    query.limit + 1,
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
    counts: await countByStatus(db, and(...filters)),
    mailConfigured,
  };
}

async function countByStatus(db: Db, where: SQL | undefined): Promise<OutboxCounts> {
  const rows = await db
    .select({ status: m.status, count: sql<number>`count(*)`.mapWith(Number) })
    .from(m)
    .where(where)
    .groupBy(m.status);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as OutboxCounts;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}
