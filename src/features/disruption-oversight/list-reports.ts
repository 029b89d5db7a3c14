import { eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionReports } from '../../db/schema/index.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { selectReports } from './report-rows.ts';
import type { ListReportsQuery, ReportView } from './schemas.ts';

const cursorKey = z.tuple([z.iso.datetime(), z.uuid()]);

/**
 * A disruption's reports, newest first, a page at a time. A stand-in sees only their own,
 * whatever the filters say.
 */
export async function listReports(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: ListReportsQuery,
): Promise<{ items: ReportView[]; nextCursor: string | null }> {
  await requireReadableDisruption(db, actor, disruptionId);
  const where: SQL[] = [eq(disruptionReports.disruptionId, disruptionId)];
  if (!policies.seesAllClients(actor)) where.push(sql`${disruptionReports.authorUserId} = ${actor.userId}`);
  if (query.status) where.push(eq(disruptionReports.status, query.status));
  if (query.clientId) where.push(eq(disruptionReports.clientId, query.clientId));
  if (query.authorUserId) where.push(eq(disruptionReports.authorUserId, query.authorUserId));
  if (query.cursor) {
    const [createdAt, id] = readCursor(query.cursor, cursorKey);
    where.push(
      sql`(${disruptionReports.createdAt}, ${disruptionReports.id}) < (${createdAt}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await selectReports(db, actor, where, query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}
