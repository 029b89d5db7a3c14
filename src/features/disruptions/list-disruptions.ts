import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptions } from '../../db/schema/index.ts';
import { calendarDate } from '../shared/fields.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { readableDisruptionCondition } from './disruption-access.ts';
import { countAffected, toSummaryView } from './disruption-views.ts';
import type { DisruptionSummaryView, ListDisruptionsQuery } from './schemas.ts';

// Active first (0), then resolved (1); within each, the latest start first.
const rank = sql<number>`(case when ${disruptions.status} = 'active' then 0 else 1 end)`;
const cursorKey = z.tuple([z.number().int().min(0).max(1), calendarDate, z.uuid()]);

/** The disruptions the actor may read, active first, then by start, newest first; cursor-paged. */
export async function listDisruptions(
  db: Db,
  actor: Actor,
  query: ListDisruptionsQuery,
  now: Date,
): Promise<{ items: DisruptionSummaryView[]; nextCursor: string | null }> {
  const { today } = await workspaceContext(db, actor.workspaceId, now);
  const where: SQL[] = [readableDisruptionCondition(actor)];
  if (query.status) where.push(eq(disruptions.status, query.status));
  if (query.cursor) {
    const [lastRank, startedOn, id] = readCursor(query.cursor, cursorKey);
    where.push(
      sql`(${rank} > ${lastRank} or (${rank} = ${lastRank}
        and (${disruptions.startedOn}, ${disruptions.id}) < (${startedOn}::date, ${id}::uuid)))`,
    );
  }
  const rows = await db
    .select()
    .from(disruptions)
    .where(and(...where))
    .orderBy(rank, desc(disruptions.startedOn), desc(disruptions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const counts = await countAffected(
    db,
    actor,
    page.map((row) => row.id),
    today,
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummaryView(row, counts.get(row.id))),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.status === 'active' ? 0 : 1, last.startedOn, last.id])
        : null,
  };
}
