import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden } from '../../core/errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { auditLog, users } from '../../db/schema/index.ts';
import type { AuditEntryView, ListAuditQuery } from './schemas.ts';

// Postgres keeps microseconds, a JS Date only milliseconds: the cursor carries the exact
// instant as epoch microseconds so rows in the same millisecond are neither lost nor repeated.
const atMicros = sql<string>`(extract(epoch from ${auditLog.at}) * 1000000)::bigint::text`;
const cursorKey = z.tuple([z.string().regex(/^\d{1,18}$/), z.uuid()]);

/** The workspace's audit log, newest first, for the owner only. */
export async function listAudit(
  db: Db,
  actor: Actor,
  query: ListAuditQuery,
): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
  if (!policies.readAudit(actor)) throw forbidden('Only the owner can read the audit log');
  const where: (SQL | undefined)[] = [eq(auditLog.workspaceId, actor.workspaceId)];
  if (query.entityType) where.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  if (query.actorUserId) where.push(eq(auditLog.actorUserId, query.actorUserId));
  if (query.cursor) {
    const [micros, id] = readCursor(query.cursor);
    where.push(
      sql`(${auditLog.at}, ${auditLog.id}) < (timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond', ${id}::uuid)`,
    );
  }

  const rows = await db
    .select({ entry: auditLog, atMicros, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, and(eq(users.workspaceId, auditLog.workspaceId), eq(users.id, auditLog.actorUserId)))
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ entry, actorName }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actor: entry.actorUserId && actorName !== null ? { id: entry.actorUserId, name: actorName } : null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.atMicros, last.entry.id]) : null,
  };
}

function readCursor(cursor: string): [string, string] {
  const key = cursorKey.safeParse(decodeCursor(cursor, 2));
  if (key.success) return key.data;
  throw new AppError('invalid_input', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}
