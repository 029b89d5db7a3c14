import { and, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { saveCases } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { toCaseSummaries } from './save-views.ts';
import type { ListSaveCasesQuery, SaveCaseSummaryView } from './schemas.ts';

/** Save cases the actor may see, latest call first, filtered and cursor-paged. */
export async function listSaveCases(
  db: Db,
  actor: Actor,
  query: ListSaveCasesQuery,
): Promise<{ items: SaveCaseSummaryView[]; nextCursor: string | null }> {
  const where: (SQL | undefined)[] = [
    eq(saveCases.workspaceId, actor.workspaceId),
    visibleClientCondition(actor, sql`${saveCases.clientId}`),
  ];
  if (query.status) where.push(eq(saveCases.status, query.status));
  if (query.clientId) where.push(eq(saveCases.clientId, query.clientId));
  if (query.reason) where.push(eq(saveCases.reason, query.reason));
  if (query.from) where.push(gte(saveCases.calledAt, query.from));
  if (query.to) where.push(lt(saveCases.calledAt, query.to));
  if (query.cursor) {
    const [calledAt, id] = readCursor(query.cursor, z.tuple([z.iso.datetime(), z.uuid()]));
    const at = new Date(calledAt);
    where.push(or(lt(saveCases.calledAt, at), and(eq(saveCases.calledAt, at), lt(saveCases.id, id))));
  }
  const rows = await db
    .select()
    .from(saveCases)
    .where(and(...where))
    .orderBy(desc(saveCases.calledAt), desc(saveCases.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { reasons } = await loadSavePolicy(db, actor.workspaceId);
  return {
    items: await toCaseSummaries(db, actor.workspaceId, page, reasons),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.calledAt.toISOString(), last.id]) : null,
  };
}
